import Foundation
import Kumppani

/// `kumppani tag list`, `kumppani tag add|remove TAG [ID|Y-TUNNUS|NAME ...] [--search TEXT]`: tags
/// on associations from the command line (the work is in `DirectoryStore`, this is the talk).
/// The associations are named one by one, or are those the directory's search finds, or both.
enum TagCommand {
    enum Action: Equatable {
        case list
        case add(tag: String, associations: [String], search: String?)
        case remove(tag: String, associations: [String], search: String?)
    }

    static func parse(_ p: [String], values: [String: String]) throws -> Action {
        guard p.count >= 2 else { throw UsageError.missingArgument("list | add | remove") }
        switch p[1] {
        case "list":
            if p.count > 2 { throw UsageError.unexpectedArgument(p[2]) }
            return .list
        case "add", "remove":
            guard p.count >= 3 else { throw UsageError.missingArgument("TAG") }
            let refs = Array(p.dropFirst(3))
            guard !refs.isEmpty || values["--search"] != nil else { throw UsageError.missingArgument("ID|Y-TUNNUS|NAME … | --search TEXT") }
            return p[1] == "add" ? .add(tag: p[2], associations: refs, search: values["--search"])
                                 : .remove(tag: p[2], associations: refs, search: values["--search"])
        default:
            throw UsageError.unknownCommand("tag \(p[1])")
        }
    }

    static func run(_ c: CommandContext, _ action: Action) -> Int32 {
        let store: Store
        switch c.openStore(create: false, readOnlyFallback: action == .list) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        let directory = DirectoryStore(store: store)
        do {
            switch action {
            case .list:
                let tags = try directory.tags()
                c.out(tags.isEmpty ? c.l["tags.cli.none"] : tags.map { c.l["tags.cli.list_line", $0.name, $0.count] }.joined(separator: "\n"))
            case .add(let tag, let refs, let search), .remove(let tag, let refs, let search):
                var ids: [Int64] = []
                for ref in refs {
                    switch try directory.resolve(ref) {
                    case .found(let id): ids.append(id)
                    case .notFound: return c.fail(c.l["tags.cli.not_found", ref])
                    case .ambiguous(let n): return c.fail(c.l["tags.cli.ambiguous", ref, n])
                    }
                }
                if let search {
                    let found = try directory.allIDs(matching: DirectoryQuery(search: search))
                    if found.isEmpty { return c.fail(c.l["tags.cli.search_empty", search]) }
                    ids += found
                }
                let unique = Array(Set(ids))
                if case .add = action {
                    let added = try directory.addTag(tag, to: unique)
                    let name = try directory.tag(named: tag)?.name ?? tag
                    c.out(c.l["tags.cli.added", name, added, unique.count - added])
                } else {
                    let name = try directory.tag(named: tag)?.name ?? tag
                    c.out(c.l["tags.cli.removed", name, try directory.removeTag(tag, from: unique)])
                }
            }
            return ExitCode.success
        } catch let problem as TagProblem {
            return c.fail(problem.message(c.language))
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }
}
