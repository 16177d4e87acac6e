import Foundation
import Kumppani

/// Import of a 100,000-row association CSV into an empty database, and `export all`.
enum ExchangeBench {
    static func run(path: String, into report: inout BenchReport) throws {
        // waiting for AssociationExport, AssociationImport and FullExport (Sources/Kumppani/Exchange/)
        throw BenchFailure.waiting("the CSV import and export all")
    }
}
