import Foundation

/// The daily automatic copy: on the first open of a day (Helsinki date), before anything is
/// migrated or written, a consistent copy goes to `<folder>/<file name>-backups/` (mode 0700),
/// named `<file stem>-YYYY-MM-DD.sqlite` (mode 0600); the newest `keep` copies are kept.
///
/// A failed copy never stops the open: the coordinator must still be able to work (and a full
/// disk is the usual reason); the caller shows the problem as a warning.
public enum AutoBackup {
    public static let keep = 7

    /// `/data/kumppani.sqlite` → `/data/kumppani.sqlite-backups`: one folder per database, beside it.
    public static func directory(for databasePath: String) -> String {
        PathText.join(FileProblem.folderOf(databasePath), PathText.name(of: databasePath) + "-backups")
    }

    /// `kumppani.sqlite` on 23.11.2026 → `kumppani-2026-11-23.sqlite`.
    public static func fileName(for databasePath: String, day: CivilDate) -> String {
        stem(databasePath) + "-" + day.iso + ".sqlite"
    }

    /// The automatic copies of the database, oldest first (by the date in the name).
    public static func list(for databasePath: String) -> [String] {
        let dir = directory(for: databasePath)
        let prefix = stem(databasePath) + "-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { name in
            guard name.hasPrefix(prefix), name.hasSuffix(".sqlite") else { return false }
            let date = name.dropFirst(prefix.count).dropLast(".sqlite".count)
            return CivilDate(iso: String(date)) != nil
        }.sorted().map { PathText.join(dir, $0) }
    }

    /// Writes today's copy unless it exists, then removes all but the newest `keep`.
    /// Returns the problem instead of throwing; nil when all went well or nothing was due.
    static func runIfDue(database: Database, path: String, clock: Clock) -> StoreError? {
        let dir = directory(for: path)
        let target = PathText.join(dir, fileName(for: path, day: clock.today()))
        if FileManager.default.fileExists(atPath: target) { return nil }
        do {
            try makePrivateDirectory(dir)
            try Backup.write(from: database, to: target)
        } catch let error as StoreError {
            // Another window made today's copy at the same moment: nothing is missing.
            if FileManager.default.fileExists(atPath: target) { return nil }
            return error
        } catch {
            return .backupFailed(path: target, reason: "\(error)")
        }
        prune(path: path)
        return nil
    }

    /// Deletes the oldest copies so that `keep` remain; only files named like ours are touched.
    static func prune(path: String) {
        let all = list(for: path)
        for old in all.dropLast(keep) { unlink(old) }
    }

    /// The folder, 0700 whatever the umask (and tightened if it was made wider by hand).
    static func makePrivateDirectory(_ dir: String) throws {
        var info = stat()
        if stat(dir, &info) != 0 {
            if mkdir(dir, 0o700) != 0 && errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw FileProblem.isNoSpace(errno) ? StoreError.diskFullWriting(path: dir)
                    : StoreError.cannotCreateDirectory(path: dir, reason: reason)
            }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw StoreError.cannotCreateDirectory(path: dir, reason: String(cString: strerror(ENOTDIR)))
        }
        chmod(dir, 0o700)
    }

    private static func stem(_ databasePath: String) -> String {
        let name = PathText.name(of: databasePath)
        let stem = PathText.stem(of: name)
        return stem.isEmpty ? name : stem
    }
}
