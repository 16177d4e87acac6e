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
        c.writeExport(output: output, describe: { error in
            if let error = error as? GrantsCommandError { return c.l["grants.cli.no_round", error.round] }
            if let error = error as? GrantProblem { return error.message(c.language) }
            return nil
        }, make)
    }
}

enum GrantsCommandError: Error {
    case noRound(String)
    var round: String { if case .noRound(let r) = self { return r }; return "" }
}
