import Foundation
import Kumppani

/// `kumppani demo --db PATH [--associations N] [--seed N]`: writes a demo database, never over real data.
enum DemoCommand {
    static func run(_ c: CommandContext, associations: Int?, seed: UInt64?) -> Int32 {
        let store: Store
        // `demo --db PATH` is one way to say "this empty file is for Kumppani".
        switch c.openStore(create: true, initialise: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            if try !isEmpty(store) { return c.fail(c.l["cli.demo.not_empty", c.databasePath]) }
            let count = associations ?? DemoGenerator.defaultAssociationCount
            var last = -1
            let summary = try DemoGenerator.generate(into: store, associations: count, seed: seed ?? 1) { fraction in
                let percent = Int(fraction * 100)
                if c.showsProgress, percent != last { last = percent; FileHandle.standardError.write(Data("\r\(percent) %".utf8)) }
            }
            if c.showsProgress { FileHandle.standardError.write(Data("\r".utf8)) }
            c.out(c.l["cli.demo.done", c.databasePath, summary.associations, summary.activities, summary.applications, summary.meetings])
            return ExitCode.success
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }

    /// True when the file holds no user data (only the seeded lists).
    static func isEmpty(_ store: Store) throws -> Bool {
        let n = try store.database.scalarInt("""
            SELECT (SELECT count(*) FROM associations) + (SELECT count(*) FROM people) + (SELECT count(*) FROM bodies)
                 + (SELECT count(*) FROM grant_rounds) + (SELECT count(*) FROM meetings)
            """) ?? 0
        return n == 0
    }

    /// For `kumppani --demo`: creates the demo database on first use.
    static func ensureDemoDatabase(_ c: CommandContext) -> Int32 {
        switch c.openStore(create: true) {
        case .failure(let error): return c.fail(error.message(c.language))
        case .success(let store):
            do {
                guard try isEmpty(store) else { return ExitCode.success }
                c.err(c.l["cli.demo.creating", c.databasePath])
                try DemoGenerator.generate(into: store, associations: DemoGenerator.defaultAssociationCount, seed: 1)
                return ExitCode.success
            } catch {
                return c.fail(c.describe(error, store: store))
            }
        }
    }
}
