import Foundation

/// Where an application is in the pipeline. The main line runs received → closed;
/// `withdrawn` and `recovery` stand apart from it.
public enum GrantStage: String, CaseIterable, Sendable, Codable {
    case received, inReview = "in_review", proposed, decided, paid, reported, closed, withdrawn, recovery

    /// The main line in order, as the round board shows it.
    public static let mainLine: [GrantStage] = [.received, .inReview, .proposed, .decided, .paid, .reported, .closed]

    /// The board order: the main line, then the stages apart.
    public static let boardOrder: [GrantStage] = mainLine + [.recovery, .withdrawn]

    /// The next stage on the main line (nil at the end and for the stages apart).
    public var nextOnMainLine: GrantStage? {
        guard let i = Self.mainLine.firstIndex(of: self), i + 1 < Self.mainLine.count else { return nil }
        return Self.mainLine[i + 1]
    }

    public var previousOnMainLine: GrantStage? {
        guard let i = Self.mainLine.firstIndex(of: self), i > 0 else { return nil }
        return Self.mainLine[i - 1]
    }

    /// A decision has been made (or the case has gone past it).
    public var isDecidedOrLater: Bool {
        [.decided, .paid, .reported, .closed, .recovery].contains(self)
    }

    /// The stages whose proposals count against the appropriation before a decision exists.
    public var countsProposal: Bool { self == .proposed }

    public func label(_ language: Language) -> String { L(language)["grants.stage.\(rawValue)"] }
}

public enum DecisionOutcome: String, CaseIterable, Sendable, Codable {
    case granted, partlyGranted = "partly_granted", rejected
    public func label(_ language: Language) -> String { L(language)["grants.outcome.\(rawValue)"] }
}

public enum ReportOutcome: String, CaseIterable, Sendable, Codable {
    case approved, moreInfoRequested = "more_info_requested", notApproved = "not_approved"
    public func label(_ language: Language) -> String { L(language)["grants.report_outcome.\(rawValue)"] }
}

public enum AppealOutcome: String, CaseIterable, Sendable, Codable {
    case pending, upheld, rejected, partlyUpheld = "partly_upheld"
    public func label(_ language: Language) -> String { L(language)["grants.appeal_outcome.\(rawValue)"] }
}
