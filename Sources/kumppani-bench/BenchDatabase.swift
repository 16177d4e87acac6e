import Foundation
import Kumppani

/// The national-scale database the benchmark measures: generated once with the demo generator
/// and reused while a small metadata file beside it records the same generator version, seed,
/// size and schema version.
struct BenchDatabase {
    /// The generator has no version number: a hash of what it writes for a small fixed sample
    /// stands in, so any change to its output makes the cached database stale.
    static let generatorVersion: String = {
        do {
            let day = Date(timeIntervalSince1970: 1_795_435_200)   // 2026-11-23
            let store = try Store.inMemory(clock: FixedClock(day))
            try DemoGenerator.generate(into: store, associations: 40, seed: 7, today: day)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325   // FNV-1a
            let sql = """
                SELECT (SELECT group_concat(id || name || coalesce(business_id, ''), '|') FROM associations)
                    || (SELECT count(*) FROM activities) || (SELECT count(*) FROM people)
                    || (SELECT count(*) FROM grant_applications) || (SELECT count(*) FROM meetings)
                    || (SELECT count(*) FROM agenda_items)
                    -- the schema's text and the index text made in Swift: a change of either (an
                    -- unshipped migration edited, stems cut otherwise) makes the database again
                    || (SELECT group_concat(coalesce(sql, ''), '|') FROM sqlite_schema)
                    || (SELECT group_concat(name || body, '|') FROM association_stem)
                    || (SELECT group_concat(contact, '|') FROM association_contact_fts) AS sample
                """
            for byte in (try store.database.scalarString(sql) ?? "").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return "demo-" + String(hash, radix: 16)
        } catch {
            return "demo-unknown"
        }
    }()

    let path: String
    let associations: Int
    let seed: UInt64
    let options: BenchOptions

    var metadataPath: String { path + ".bench-meta" }

    /// The expected metadata line, e.g. `generator=demo-1 seed=1 associations=100000 schema=4`.
    var fingerprint: String {
        "generator=\(Self.generatorVersion) seed=\(seed) associations=\(associations) schema=\(Migrations.latestVersion)"
    }

    /// `$XDG_CACHE_HOME/kumppani-bench/` or `~/.cache/kumppani-bench/`.
    static func cacheFolder() -> String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/kumppani-bench" }
        let home = env["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/kumppani-bench"
    }

    init(options: BenchOptions) {
        self.options = options
        associations = options.associations
        seed = options.seed
        path = options.databasePath ?? Self.cacheFolder() + "/national-\(options.associations)-seed\(options.seed).sqlite"
    }

    var isCurrent: Bool {
        guard FileManager.default.fileExists(atPath: path),
              let meta = try? String(contentsOfFile: metadataPath, encoding: .utf8) else { return false }
        return meta.trimmingCharacters(in: .whitespacesAndNewlines) == fingerprint
    }

    /// Makes sure the database exists and matches; generates it (minutes at 100,000) when not.
    func prepare() throws {
        if isCurrent {
            BenchLog.say("reusing \(path) (\(fingerprint))")
            return
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: path) && !fm.fileExists(atPath: metadataPath) {
            // Never delete a file the benchmark did not make (a --db pointing at real data).
            throw BenchFailure.message("\(path) exists but was not made by kumppani-bench (no \(metadataPath)); "
                                       + "choose another --db or remove it yourself")
        }
        for suffix in ["", "-wal", "-shm", ".bench-meta"] { try? fm.removeItem(atPath: path + suffix) }
        let folder = PathText.folder(of: path)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // Generate beside the target and rename when complete: an interrupted run leaves no
        // half-made database that a later run would take for a finished one.
        let partial = path + ".partial"
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: partial + suffix) }
        BenchLog.say("generating \(associations) associations into \(path) (\(fingerprint))")
        let watch = Stopwatch()
        try generate(at: partial)
        BenchLog.done("generating", seconds: watch.elapsedSeconds)
        try fm.moveItem(atPath: partial, toPath: path)
        try (fingerprint + "\n").write(toFile: metadataPath, atomically: true, encoding: .utf8)
    }

    /// Generates into `file` and closes it (the WAL folded in), ready to be renamed.
    private func generate(at file: String) throws {
        let store = try Store.open(path: file, options: BenchApp.plainOptions)
        let summary = try DemoGenerator.generate(into: store, associations: associations, seed: seed) { fraction in
            BenchLog.progress("generating", fraction)
        }
        BenchLog.say("")
        BenchLog.say("  \(summary.associations) associations, \(summary.activities) activities, \(summary.people) people, "
                     + "\(summary.applications) grant applications, \(summary.meetings) meetings, "
                     + "\(summary.agendaItems) agenda items")
        try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}

enum BenchFailure: Error, CustomStringConvertible {
    case message(String)
    /// A piece of the app the benchmark needs has not landed yet.
    case waiting(String)

    var description: String {
        switch self {
        case .message(let text): return text
        case .waiting(let piece): return "waiting for \(piece)"
        }
    }
}

extension BenchDatabase {
    /// Runs `prepare` in a child process of this same executable (when generation is needed),
    /// so generating never inflates the measured peak memory.
    func prepareInChildProcess() throws {
        if isCurrent {
            BenchLog.say("reusing \(path) (\(fingerprint))")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = options.childArguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, isCurrent else {
            throw BenchFailure.message("generating the database failed (exit status \(process.terminationStatus))")
        }
    }
}
