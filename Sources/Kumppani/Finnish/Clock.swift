import Foundation

/// Where "now" comes from. Injected everywhere, so tests fix the time and stay deterministic.
///
/// The name shadows the standard library's `Clock` inside this module; other modules that need
/// both write `Kumppani.Clock`.
public protocol Clock: Sendable {
    func now() -> Date
}

extension Clock {
    /// Today's date in Finland.
    public func today() -> CivilDate { HelsinkiTime.civilDate(of: now()) }
}

/// The real clock of the machine.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always says the same time (tests, replays).
public struct FixedClock: Clock {
    public let date: Date
    public init(_ date: Date) { self.date = date }
    public func now() -> Date { date }
}
