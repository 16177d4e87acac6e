import Foundation
import Kumppani

/// `kumppani export associations|all [--format csv|json] [--output FILE]`: stdout unless `--output`.
enum ExportCommand {
    static func run(_ c: CommandContext, output: String?, body: (Database, ExportSink) throws -> Void) -> Int32 {
        let store: Store
        switch c.openStore(create: false, readOnlyFallback: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            let sink = try output.map { try ExportSink.file($0) } ?? ExportSink.standardOutput()
            try body(store.database, sink)
            try sink.commit()
            return ExitCode.success
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }

    static func associations(_ c: CommandContext, format: AssociationExport.Format, output: String?) -> Int32 {
        run(c, output: output) { db, sink in try AssociationExport.write(format, from: db, to: sink) }
    }

    static func all(_ c: CommandContext, output: String?) -> Int32 {
        run(c, output: output) { db, sink in try FullExport.write(from: db, to: sink) }
    }
}
