import Foundation
import Kumppani
import KumppaniTUI

// kumppani-bench: the national-scale benchmark (issue 7). Progress on stderr, the report on stdout.

MallocArenas.useOne()   // as `kumppani` does

// The child process that measures one start (FirstFrameBench).
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == FirstFrameBench.probeFlag {
    do {
        let t = try FirstFrameBench.once(path: CommandLine.arguments[2])
        print(t.total, t.open, t.app, t.render)
        exit(0)
    } catch {
        BenchLog.say("kumppani-bench: \(error)")
        exit(1)
    }
}

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch let problem as BenchOptions.Problem {
    if case .help = problem { print(problem.description); exit(0) }
    FileHandle.standardError.write(Data((problem.description + "\n").utf8))
    exit(2)
}

let database = BenchDatabase(options: options)
if options.prepareOnly {
    // The child process that generates the database, so the generator's memory never counts
    // in the measuring process's peak.
    do { try database.prepare(); exit(0) } catch {
        BenchLog.say("kumppani-bench: \(error)")
        exit(1)
    }
}

do {
    // `--only bigimport` and `ytj` make their own files and need no national database.
    let ownFilesOnly = options.only.map { $0.isSubset(of: ["bigimport", "ytj"]) } ?? false
    if !ownFilesOnly { try database.prepareInChildProcess() }
} catch {
    BenchLog.say("kumppani-bench: cannot prepare the database: \(error)")
    exit(1)
}

var run = BenchRun(database: database, options: options)
let report = run.run()
print(options.json ? report.json() : report.table(), terminator: "")
exit(0)
