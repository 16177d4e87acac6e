import Foundation
import Kumppani
import KumppaniTUI

/// `kumppani county [--name-fi NAME] [--name-sv NAME] [--business-id ID]`: the county every
/// document's header names. Without options it shows them; an option not given keeps its value.
enum CountyCommand {
    static func run(_ c: CommandContext, nameFi: String?, nameSv: String?, businessID: String?) -> Int32 {
        let store: Store
        switch c.openStore(create: nameFi != nil || nameSv != nil || businessID != nil) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            var settings = try store.countySettings()
            if nameFi != nil || nameSv != nil || businessID != nil {
                settings.nameFi = nameFi ?? settings.nameFi
                settings.nameSv = nameSv ?? settings.nameSv
                settings.businessID = businessID ?? settings.businessID
                try store.setCountySettings(settings)
                settings = try store.countySettings()
                c.out(c.l["county.cli.saved"])
            }
            let unset = c.l["county.cli.unset"]
            for (key, value) in [("county.settings.name_fi", settings.nameFi), ("county.settings.name_sv", settings.nameSv),
                                 ("county.settings.business_id", settings.businessID)] {
                c.out(c.l[key] + ": " + TerminalSafe.clean(value.isEmpty ? unset : value))
            }
            return ExitCode.success
        } catch let problem as BusinessIDProblem {
            return c.fail(problem.message(c.language))
        } catch let error as DatabaseError {
            return c.fail(StoreError.other(error.message).message(c.language))
        } catch {
            return c.fail("\(error)")
        }
    }
}
