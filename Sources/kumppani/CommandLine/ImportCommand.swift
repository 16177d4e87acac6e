import Foundation
import Kumppani

/// `kumppani import associations FILE.csv|FILE.json [--dry-run] [--allow-duplicates]`: all or nothing, every problem listed.
enum ImportCommand {
    static func run(_ c: CommandContext, file: String, dryRun: Bool, allowDuplicates: Bool = false) -> Int32 {
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: file)   // mapped, not read: a 1 GB file is not 1 GB of memory
        } catch {
            let reason = FileManager.default.fileExists(atPath: file) ? c.l["cli.cannot_read"] : c.l["cli.no_such_file"]
            return c.fail(c.l["cli.import.cannot_open", file, reason])
        }
        ShortenedFileGuard.install(message: c.l["cli.import.file_shortened", file])
        let store: Store
        switch c.openStore(create: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        store.defersDerivedSearchIndexes = true   // the summary as soon as the rows are in; the rest after it
        return report(c, store: store) {
            // `.json` decides; any other name is read as JSON when it starts with `[` or `{`.
            let format: AssociationExport.Format? = file.lowercased().hasSuffix(".json") ? .json : nil
            return try AssociationImport.run(file: mapped, store: store, format: format, dryRun: dryRun,
                                             allowDuplicates: allowDuplicates) { done, total in
                if c.showsProgress { FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8)) }
            }.message(c.language)
        }
    }

    /// Runs an import and reports it the same way for every kind of file: its summary on standard
    /// output, a full disk as the system's reason, anything else as the import's own message.
    static func report(_ c: CommandContext, store: Store, _ body: () throws -> String) -> Int32 {
        do {
            let message = try body()
            if c.showsProgress { FileHandle.standardError.write(Data("\r".utf8)) }
            c.out(message)
            c.completeSearchIndex(store: store)
            return ExitCode.success
        } catch let failure as ImportFailure {
            if case .database = failure, let problem = StoreError.systemProblem(of: store) { return c.fail(problem.message(c.language)) }
            return c.fail(failure.message(c.language))
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }
}
