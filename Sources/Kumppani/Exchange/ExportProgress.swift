/// Reports an export's progress in 0...1 every few hundred rows, so the UI's bar moves without
/// the callback costing anything measurable per row.
final class ExportProgress {
    private let total: Int
    private let report: ((Double) -> Void)?
    private var done = 0

    init(total: Int, report: ((Double) -> Void)?) {
        self.total = max(1, total)
        self.report = report
    }

    func row() {
        done += 1
        if done % 512 == 0 { report?(min(1, Double(done) / Double(total))) }
    }
}
