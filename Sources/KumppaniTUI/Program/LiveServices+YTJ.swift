import Foundation
import Kumppani

/// `:import` of a file in PRH's YTJ layout (recognised by its shape): the same streamed,
/// all-or-nothing import as `kumppani import ytj`, over the whole country (no region).
extension LiveServices {
    func importYTJ(path: String, dryRun: Bool, progress: (Double) -> Void) throws -> ImportSummary {
        do {
            let summary = try withoutActuallyEscaping(progress) { progress in
                try YTJImport.run(file: path, store: store, region: nil, dryRun: dryRun) { done, total in
                    progress(total > 0 ? Double(done) / Double(total) : 1)
                }
            }
            var result = ImportSummary(inserted: summary.addedCount, updated: summary.reviewEntries, unchanged: summary.unchanged)
            result.report = summary.headline(language())
            return result
        } catch ImportFailure.invalid(let problems) where dryRun {
            return ImportSummary(inserted: 0, problems: problems.map { $0.message(language()) })
        } catch let failure as ImportFailure where dryRun {
            return ImportSummary(inserted: 0, problems: [failure.message(language())])
        }
    }
}
