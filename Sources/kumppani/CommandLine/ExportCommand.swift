import Foundation
import Kumppani

/// `kumppani export associations|all [--format csv|json] [--output FILE]`: stdout unless `--output`.
enum ExportCommand {
    static func run(_ c: CommandContext, output: String?, body: (Store, ExportSink) throws -> Void) -> Int32 {
        let store: Store
        switch c.openStore(create: false, readOnlyFallback: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            let sink = try output.map { try ExportSink.file($0) } ?? ExportSink.standardOutput()
            try body(store, sink)
            try sink.commit()
            return ExitCode.success
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }

    /// With `--search`, only the associations the directory's search finds (every tier), in name order;
    /// with `--tag`, only those carrying the tag (both: those found that carry it).
    static func associations(_ c: CommandContext, format: AssociationExport.Format, output: String?, search: String? = nil,
                             tag: String? = nil) -> Int32 {
        let today = c.clock.today().iso
        return run(c, output: output) { store, sink in
            var ids: [Int64]?
            let directory = DirectoryStore(store: store)
            if let search {
                ids = try directory.allIDs(matching: DirectoryQuery(search: search))
            }
            if let tag {
                let tagged = try directory.ids(taggedWith: tag)
                ids = ids.map { found in let keep = Set(tagged); return found.filter(keep.contains) } ?? tagged
            }
            try AssociationExport.write(format, from: store.database, to: sink, ids: ids, today: today)
        }
    }

    static func all(_ c: CommandContext, output: String?) -> Int32 {
        run(c, output: output) { store, sink in try FullExport.write(from: store.database, to: sink) }
    }
}
