import Foundation

/// `kumppani-bench [--associations N] [--json] [--db PATH] [--seed S]`
struct BenchOptions {
    var associations = 100_000
    var json = false
    /// Where the national database lives; default: the cache folder.
    var databasePath: String?
    var seed: UInt64 = 1
    /// `--only start,search,minutes,exchange`: run just these steps (for profiling); `import` or
    /// `export` runs only that half of `exchange`; `duplicates` and `ytj` (issue 16) are steps too.
    var only: Set<String>?
    /// `--big-import-mb N`: the size of the generated CSV of `import_1gb_peak_rss_mb` (default 1024).
    var bigImportMegabytes = 1024
    /// Internal (`--prepare-only`): generate the database and exit.
    var prepareOnly = false

    static let usage = """
        usage: kumppani-bench [--associations N] [--json] [--db PATH] [--seed S]
          --associations N  size of the generated database (default 100000)
          --json            print one JSON object instead of the table
          --db PATH         the benchmark database (default: $XDG_CACHE_HOME/kumppani-bench/)
          --seed S          demo generator seed (default 1)
          --only STEPS      run only some steps: start,search,referral,minutes,exchange,bigimport (import, export: half of exchange),
                            duplicates (the k view), ytj (a 100,000-company YTJ bulk import)
          --big-import-mb N size of the CSV generated for bigimport (default 1024: import_1gb_peak_rss_mb)
        """

    enum Problem: Error, CustomStringConvertible {
        case help
        case bad(String)
        var description: String {
            switch self {
            case .help: return BenchOptions.usage
            case .bad(let text): return "kumppani-bench: \(text)\n\(BenchOptions.usage)"
            }
        }
    }

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw Problem.bad("\(flag) needs a value") }
            return v
        }
        while let arg = rest.popFirst() {
            switch arg {
            case "--json": options.json = true
            case "--associations":
                let text = try value(arg)
                guard let n = Int(text), n > 0, n <= 10_000_000 else {
                    throw Problem.bad("--associations wants a whole number from 1 to 10000000, not \(text)")
                }
                options.associations = n
            case "--db": options.databasePath = try value(arg)
            case "--seed":
                let text = try value(arg)
                guard let s = UInt64(text) else { throw Problem.bad("--seed wants a whole number, not \(text)") }
                options.seed = s
            case "--only":
                let steps = Set(try value(arg).split(separator: ",").map(String.init))
                let known: Set<String> = ["start", "search", "referral", "minutes", "exchange", "import", "export", "bigimport",
                                            "duplicates", "ytj"]
                guard !steps.isEmpty, steps.isSubset(of: known) else {
                    throw Problem.bad("--only takes a comma-separated list of start, search, referral, minutes, exchange, bigimport, duplicates, ytj (or import, export)")
                }
                options.only = steps
            case "--big-import-mb":
                let text = try value(arg)
                guard let n = Int(text), n > 0, n <= 16_384 else {
                    throw Problem.bad("--big-import-mb wants a whole number from 1 to 16384, not \(text)")
                }
                options.bigImportMegabytes = n
            case Self.prepareOnlyFlag: options.prepareOnly = true
            case "-h", "--help": throw Problem.help
            default: throw Problem.bad("unknown argument \(arg)")
            }
        }
        return options
    }
}

extension BenchOptions {
    /// Internal: the child process that only generates the database.
    static let prepareOnlyFlag = "--prepare-only"

    /// The arguments that make a child process prepare the same database.
    var childArguments: [String] {
        var args = ["--associations", String(associations), "--seed", String(seed), Self.prepareOnlyFlag]
        if let databasePath { args += ["--db", databasePath] }
        return args
    }
}
