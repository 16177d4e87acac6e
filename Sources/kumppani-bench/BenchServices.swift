import Foundation
import Kumppani
import KumppaniTUI

/// The outside world as the benchmark's App sees it: the real database, no files written.
/// (The benchmark calls import and export directly, timing them without the progress overlay.)
final class BenchServices: AppServices {
    let store: Store
    init(store: Store) { self.store = store }

    var databasePath: String { store.path }

    func isDatabaseEmpty() -> Bool {
        ((try? store.database.scalarInt("SELECT EXISTS (SELECT 1 FROM associations)")) ?? 0) == 0
    }

    func loadDemoData(progress: (Double) -> Void) throws { throw BenchFailure.message("not in the benchmark") }
    func importAssociations(path: String, dryRun: Bool) throws -> KumppaniTUI.ImportSummary {
        throw BenchFailure.message("not in the benchmark")
    }
    func exportAssociations(path: String) throws -> Int { throw BenchFailure.message("not in the benchmark") }
    func exportAll(path: String) throws -> Int { throw BenchFailure.message("not in the benchmark") }
    func backup(to path: String) throws { throw BenchFailure.message("not in the benchmark") }
    func availableThemes() -> [String] { ["default"] }
}
