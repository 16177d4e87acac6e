import Foundation
import Kumppani

/// `kumppani export decisions --round ID|NAME --format md|html|csv` (the decision list of one
/// round) and `kumppani export grants --format csv|json` (every application); stdout unless `--output`.
enum GrantsExportCommand {
    static func decisions(_ c: CommandContext, round: String, format: DecisionList.Format, output: String?) -> Int32 {
        write(c, output: output) { store in
            guard let r = try GrantStore(store: store).resolveRound(round) else { throw GrantsCommandError.noRound(round) }
            return try DecisionList.build(store: store, roundID: r.id, language: c.language).rendered(format, c.language)
        }
    }

    static func grants(_ c: CommandContext, format: GrantExport.Format, output: String?) -> Int32 {
        write(c, output: output) { store in try GrantExport.rendered(format, store: store, language: c.language) }
    }

    private static func write(_ c: CommandContext, output: String?, _ make: (Store) throws -> String) -> Int32 {
        let store: Store
        switch c.openStore(create: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            let text = try make(store)
            let sink = try output.map { try ExportSink.file($0) } ?? ExportSink.standardOutput()
            try sink.write(text)
            try sink.commit()
            return ExitCode.success
        } catch let error as GrantsCommandError {
            return c.fail(c.l["grants.cli.no_round", error.round])
        } catch let error as GrantProblem {
            return c.fail(error.message(c.language))
        } catch let error as ExportError {
            return c.fail(error.message(c.language))
        } catch {
            return c.fail("\(error)")
        }
    }
}

enum GrantsCommandError: Error {
    case noRound(String)
    var round: String { if case .noRound(let r) = self { return r }; return "" }
}
