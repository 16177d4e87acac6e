import Foundation
import Kumppani
import KumppaniTUI

/// `kumppani followups [--until DATE]`: the open follow-ups of the whole directory due by the date
/// (today when not given), overdue ones first, one line each.
enum FollowUpsCommand {
    static func run(_ c: CommandContext, until text: String?) -> Int32 {
        let today = c.clock.today()
        var until = today
        if let text {
            switch CivilDate.parse(text, today: today) {
            case .success(let date): until = date
            case .failure(let problem):
                c.err("kumppani: " + c.l["worklist.cli.bad_date", TerminalSafe.clean(text), problem.message(c.language)])
                return ExitCode.usage
            }
        }
        let store: Store
        switch c.openStore(create: false, readOnlyFallback: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            let items = try DirectoryStore(store: store).followUps(until: until.iso)
            if items.isEmpty {
                c.out(c.l["worklist.cli.none", until.formatted(c.language)])
                return ExitCode.success
            }
            // Names and notes come from the file: never let them reach the terminal as controls.
            c.out(items.map { TerminalSafe.clean(FollowUpLine.text($0, today: today, c.language)) }.joined(separator: "\n"))
            return ExitCode.success
        } catch let error as DatabaseError {
            return c.fail(StoreError.other(error.message).message(c.language))
        } catch {
            return c.fail("\(error)")
        }
    }
}
