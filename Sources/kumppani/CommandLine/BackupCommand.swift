import Foundation
import Kumppani

/// `kumppani backup DEST`: a consistent copy (VACUUM INTO), safe while the UI runs.
enum BackupCommand {
    static func run(_ c: CommandContext, destination: String) -> Int32 {
        let store: Store
        switch c.openStore(create: false, migrate: false, readOnlyFallback: true, completesSearchIndex: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            try Backup.write(from: store.database, to: destination)
            c.out(c.l["cli.backup.done", destination])
            return ExitCode.success
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }
}
