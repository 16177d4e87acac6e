import Foundation
import Kumppani

/// `kumppani export decisions --round ID|NAME --format md|html|csv` (the decision list of one
/// round) and `kumppani export grants --format csv|json` (every application); stdout unless `--output`.
enum GrantsExportCommand {
    static func decisions(_ c: CommandContext, round: String, format: DecisionList.Format, output: String?) -> Int32 {
        write(c, output: output) { store in
            guard let r = try GrantStore(store: store).resolveRound(round) else { throw GrantsCommandError.noRound(round) }
            // The body's document language (both for a bilingual body) unless `--lang` says otherwise.
            if c.options.language == nil { return try DecisionList.inBodyLanguage(store: store, roundID: r.id, format: format) }
            return try DecisionList.build(store: store, roundID: r.id, language: c.language).rendered(format, c.language)
        }
    }

    /// `kumppani export letter --application ID`: one applicant's decision letter.
    static func letter(_ c: CommandContext, application: String, format: DecisionLetter.Format, output: String?) -> Int32 {
        write(c, output: output) { store in
            let grants = GrantStore(store: store)
            guard let id = Int64(application.trimmingCharacters(in: .whitespaces)), (try? grants.application(id: id)) != nil else {
                throw GrantsCommandError.noApplication(application)
            }
            // The recipient's language (issue 17) unless `--lang` says otherwise.
            if c.options.language == nil { return try DecisionLetter.inRecipientLanguage(store: store, applicationID: id, format: format) }
            return try DecisionLetter.build(store: store, applicationID: id, language: c.language).rendered(format, c.language)
        }
    }

    /// A document is written in its body's language; `--lang` on the command line overrides it.
    static func documentLanguage(_ c: CommandContext, store: Store, bodyID: Int64?) throws -> Language {
        if c.options.language != nil { return c.language }
        return try bodyID.flatMap { try MeetingStore(store: store).body($0)?.documentLanguage } ?? .fi
    }

    static func grants(_ c: CommandContext, format: GrantExport.Format, output: String?) -> Int32 {
        write(c, output: output) { store in try GrantExport.rendered(format, store: store, language: c.language) }
    }

    private static func write(_ c: CommandContext, output: String?, _ make: (Store) throws -> String) -> Int32 {
        c.writeExport(output: output, describe: { error in
            if let error = error as? GrantsCommandError {
                if case .noApplication(let text) = error { return c.l["decisions.cli.no_application", text] }
                return c.l["grants.cli.no_round", error.round]
            }
            if let error = error as? GrantProblem { return error.message(c.language) }
            return nil
        }, make)
    }
}

enum GrantsCommandError: Error {
    case noRound(String)
    case noApplication(String)
    var round: String { if case .noRound(let r) = self { return r }; return "" }
}
