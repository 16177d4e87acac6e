import Foundation
import Kumppani
import KumppaniTUI

/// `kumppani audit [--since DATE]`: the append-only history of grant decisions, payments,
/// recoveries and approved minutes, one line per change, oldest first.
enum AuditCommand {
    static func run(_ c: CommandContext, since text: String?) -> Int32 {
        var since: CivilDate?
        if let text {
            switch CivilDate.parse(text, today: c.clock.today()) {
            case .success(let date): since = date
            case .failure(let problem):
                c.err("kumppani: " + c.l["audit.cli.bad_date", TerminalSafe.clean(text), problem.message(c.language)])
                return ExitCode.usage
            }
        }
        let store: Store
        switch c.openStore(create: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            let entries = try AuditLog.entries(in: store.database, since: since)
            if entries.isEmpty {
                c.out(since.map { c.l["audit.cli.none_since", $0.formatted(c.language)] } ?? c.l["audit.cli.none"])
                return ExitCode.success
            }
            // Names and values come from the file: never let them reach the terminal as controls.
            c.out(entries.map { TerminalSafe.clean(AuditFormat.line($0, c.language)) }.joined(separator: "\n"))
            return ExitCode.success
        } catch let error as DatabaseError {
            return c.fail(StoreError.other(error.message).message(c.language))
        } catch {
            return c.fail("\(error)")
        }
    }
}
