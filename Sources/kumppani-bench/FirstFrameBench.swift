import Foundation
import Kumppani
import KumppaniTUI

/// Start-up: `Store.open` (pragmas, quick_check, migrations) + the App + the first frame at 120×40.
enum FirstFrameBench {
    struct Result {
        /// The first start in this process (lazy one-time set-up included), in ms.
        var first: Double
        /// Median of the following starts.
        var warmMedian: Double
        var screen: String
    }

    static func run(path: String, repeats: Int = 5) throws -> Result {
        var samples = Samples()
        var screen = ""
        for _ in 0..<repeats {
            let watch = Stopwatch()
            let store = try Store.open(path: path)
            let app = BenchApp.make(store: store)
            let frame = app.render(size: BenchApp.size)
            samples.add(watch.elapsedMilliseconds)
            screen = frame.text
        }
        let first = samples.values.first ?? 0
        var rest = Samples()
        samples.values.dropFirst().forEach { rest.add($0) }
        return Result(first: first, warmMedian: rest.p50, screen: screen)
    }
}
