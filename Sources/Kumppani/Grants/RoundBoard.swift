import Foundation

/// The round board: applications grouped by stage with counts and sums, and the budget.
public struct RoundBoard: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var stage: GrantStage
        public var applications: [ApplicationSummary]
        public var count: Int { applications.count }
        /// The amount that matters at this stage: requested before a proposal, proposed, then granted.
        public var sumCents: Int64 { applications.reduce(0) { $0 + RoundBoard.stageAmount($1) } }
    }

    public var round: GrantRound
    public var columns: [Column]
    public var budget: Budget

    /// Granted once decided, proposed once proposed, requested before.
    public static func stageAmount(_ a: ApplicationSummary) -> Int64 {
        if let g = a.grantedCents { return g }
        if a.stage == .proposed, let p = a.proposedCents { return p }
        return a.requestedCents
    }

    public init(round: GrantRound, applications: [ApplicationSummary]) {
        self.round = round
        self.columns = GrantStage.boardOrder.map { stage in Column(stage: stage, applications: applications.filter { $0.stage == stage }) }
        self.budget = Budget(appropriationCents: round.appropriationCents, applications: applications)
    }
}

/// Appropriation set against what is proposed, granted and paid.
public struct Budget: Sendable, Equatable {
    public var appropriationCents: Int64
    public var proposedCents: Int64
    public var grantedCents: Int64
    public var paidCents: Int64
    public var requestedCents: Int64

    public init(appropriationCents: Int64, applications: [ApplicationSummary]) {
        let live = applications.filter { $0.stage != .withdrawn }
        self.appropriationCents = appropriationCents
        self.proposedCents = live.filter { $0.stage == .proposed && $0.grantedCents == nil }.reduce(0) { $0 + ($1.proposedCents ?? 0) }
        self.grantedCents = live.reduce(0) { $0 + ($1.grantedCents ?? 0) }
        self.paidCents = live.reduce(0) { $0 + $1.paidCents }
        self.requestedCents = live.reduce(0) { $0 + $1.requestedCents }
    }

    /// Proposed and granted together: what the round has promised.
    public var committedCents: Int64 { proposedCents + grantedCents }
    public var freeCents: Int64 { max(0, appropriationCents - committedCents) }
    /// How much the promises exceed the appropriation (0 when within it).
    public var overCommitCents: Int64 { max(0, committedCents - appropriationCents) }
}

extension GrantStore {
    public func board(roundID: Int64) throws -> RoundBoard {
        try perform {
            try db.read { RoundBoard(round: try round(id: roundID), applications: try applications(roundID: roundID)) }
        }
    }
}
