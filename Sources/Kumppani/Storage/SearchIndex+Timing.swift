import Foundation

/// Where the time of a bulk load (rows, each search index, the commit) or of one search (each
/// query of each tier) goes, for the benchmark's log: the cost split decides what to make
/// cheaper next. Off (one nil check) unless a listener is set.
public enum PhaseTiming {
    /// Called with a phase's name and its seconds. Set only by `kumppani-bench`, on the thread
    /// that runs the measured work.
    nonisolated(unsafe) public static var listener: ((_ phase: String, _ seconds: Double) -> Void)?

    /// Runs `body`, telling the listener how long it took.
    public static func measure<T>(_ phase: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        guard let listener else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer { listener(phase(), Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }
}
