import Foundation
import Kumppani

/// `kumppani restore BACKUP [--db PATH]`: checks the backup, keeps the replaced file, puts the
/// backup in place. `kumppani backups [--db PATH]`: lists the automatic daily copies.
enum RestoreCommand {
    static func run(_ c: CommandContext, backup: String) -> Int32 {
        let path = c.databasePath
        do {
            let outcome = try Restore.run(backup: backup, database: path, clock: c.clock)
            if let kept = outcome.keptPath {
                c.out(c.l["reliability.restore.done", backup, path, kept])
            } else {
                c.out(c.l["reliability.restore.done_new", backup, path])
            }
            return ExitCode.success
        } catch let error as RestoreError {
            return c.fail(error.message(c.language))
        } catch {
            return c.fail(c.describe(error, store: nil))
        }
    }

    static func list(_ c: CommandContext) -> Int32 {
        let path = c.databasePath
        let backups = AutoBackup.list(for: path)
        guard !backups.isEmpty else {
            c.out(c.l["reliability.backups.none", path, AutoBackup.directory(for: path)])
            return ExitCode.success
        }
        c.out(c.l["reliability.backups.header", AutoBackup.directory(for: path)])
        for file in backups {
            let size = ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.int64Value ?? 0
            c.out("  \(file)  \((size + 1023) / 1024) KiB")
        }
        return ExitCode.success
    }
}
