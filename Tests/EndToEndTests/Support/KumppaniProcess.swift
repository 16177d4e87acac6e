import Foundation
import XCTest

/// Runs the real `kumppani` binary to its end, output captured in files (never a pipe that could
/// fill up and stall the child), standard input from /dev/null unless told otherwise.
enum KumppaniProcess {
    struct Outcome {
        let status: Int32
        let out: String
        let err: String
    }

    /// `environment` is added to a small fixed one (C.UTF-8 locale, a private HOME), so the tests do not
    /// depend on the developer's own settings.
    static func run(_ arguments: [String], environment: [String: String] = [:], home: URL? = nil) throws -> Outcome {
        try runProgram(try KumppaniBinary.url(), arguments, environment: environment, home: home)
    }

    /// Runs any program (the binary itself, or a shell or `setpriv` that runs it) the same way:
    /// the fixed environment plus `environment`, output in files.
    static func runProgram(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           home: URL? = nil, directory: URL? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outFile = scratch.appendingPathComponent("out"), errFile = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ["LC_ALL": "C.UTF-8", "HOME": (home ?? scratch).path, "PATH": "/usr/bin:/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let out = try FileHandle(forWritingTo: outFile), err = try FileHandle(forWritingTo: errFile)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return Outcome(status: process.terminationStatus,
                       out: (try? String(contentsOf: outFile, encoding: .utf8)) ?? "",
                       err: (try? String(contentsOf: errFile, encoding: .utf8)) ?? "")
    }
}

/// A deterministic demo database made once per test class, and fresh copies of it per test
/// (replays write to the database, so tests must not share one file).
struct DemoDatabase: Sendable {
    let directory: URL
    let file: URL
    /// `kumppani export all` of the untouched database: what the tests compute expectations from.
    let exportAll: Data

    static func make(associations: Int = 200, seed: Int = 7) -> Result<DemoDatabase, Error> {
        Result {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("demo.sqlite")
            let demo = try KumppaniProcess.run(["demo", "--db", file.path, "--associations", String(associations), "--seed", String(seed)])
            guard demo.status == 0 else { throw TmuxSession.Failure(description: "demo failed (\(demo.status)): \(demo.err)") }
            let export = try KumppaniProcess.run(["export", "all", "--db", file.path])
            guard export.status == 0 else { throw TmuxSession.Failure(description: "export all failed: \(export.err)") }
            return DemoDatabase(directory: directory, file: file, exportAll: Data(export.out.utf8))
        }
    }

    /// A copy of the database (with its WAL, if any) at `directory/name`.
    func copy(into directory: URL, name: String = "kumppani.sqlite") throws -> URL {
        let target = directory.appendingPathComponent(name)
        for suffix in ["", "-wal"] {
            let source = URL(fileURLWithPath: file.path + suffix)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: target.path + suffix))
            }
        }
        return target
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The rows of one table of the export.
    func table(_ name: String) throws -> [[String: Any]] {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: exportAll) as? [String: Any])
        return try XCTUnwrap(json[name] as? [[String: Any]], "export all has no table \(name)")
    }
}

/// The headless replay mode of the binary: keys from a file, the screen written as text.
struct Replay {
    let outcome: KumppaniProcess.Outcome
    /// The dump file's text (empty when none was written).
    let dump: String

    /// Screens of the dump: one per `<Dump>`, then the final one.
    var screens: [String] {
        var text = dump
        if text.hasSuffix("\n") { text.removeLast() }
        return text.components(separatedBy: "\n----\n")
    }

    var finalScreen: String { screens.last ?? "" }

    /// Writes `keys` to a file in `directory`, runs `kumppani --db db --replay … --screen-dump …` with
    /// the clock fixed to 23.11.2026 and returns the outcome and the dump.
    static func run(_ keys: String, db: URL, in directory: URL, size: String = "100x30", language: String = "fi",
                    extra: [String] = []) throws -> Replay {
        let id = UUID().uuidString.prefix(8)
        let keysFile = directory.appendingPathComponent("keys-\(id).txt")
        let dumpFile = directory.appendingPathComponent("dump-\(id).txt")
        try keys.write(to: keysFile, atomically: true, encoding: .utf8)
        let outcome = try KumppaniProcess.run(
            ["--db", db.path, "--replay", keysFile.path, "--size", size, "--screen-dump", dumpFile.path, "--lang", language] + extra,
            environment: ["KUMPPANI_NOW": "2026-11-23"], home: directory)
        let dump = (try? String(contentsOf: dumpFile, encoding: .utf8)) ?? ""
        return Replay(outcome: outcome, dump: dump)
    }
}

extension String {
    /// The screen's rows.
    var rows: [String] { components(separatedBy: "\n") }
}
