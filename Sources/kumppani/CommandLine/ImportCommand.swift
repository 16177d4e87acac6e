import Foundation
import Kumppani

/// `kumppani import associations FILE.csv|FILE.json [--dry-run] [--allow-duplicates]`: all or nothing, every problem listed.
enum ImportCommand {
    static func run(_ c: CommandContext, file: String, dryRun: Bool, allowDuplicates: Bool = false) -> Int32 {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            let reason = FileManager.default.fileExists(atPath: file) ? c.l["cli.cannot_read"] : c.l["cli.no_such_file"]
            return c.fail(c.l["cli.import.cannot_open", file, reason])
        }
        let store: Store
        switch c.openStore(create: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            // `.json` decides; any other name is read as JSON when it starts with `[` or `{`.
            let format: AssociationExport.Format? = file.lowercased().hasSuffix(".json") ? .json : nil
            let summary = try AssociationImport.run(data: data, store: store, format: format, dryRun: dryRun,
                                                    allowDuplicates: allowDuplicates) { done, total in
                if c.showsProgress { FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8)) }
            }
            if c.showsProgress { FileHandle.standardError.write(Data("\r".utf8)) }
            c.out(summary.message(c.language))
            return ExitCode.success
        } catch let failure as ImportFailure {
            if case .database = failure, let problem = StoreError.systemProblem(of: store) { return c.fail(problem.message(c.language)) }
            return c.fail(failure.message(c.language))
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }
}
