import Foundation

/// Everything the stage rules need to know about one application, read in one transaction.
/// The rules are pure functions over this value, so every guard can be tested without a database.
public struct ApplicationSnapshot: Sendable, Equatable {
    public var application: GrantApplication
    public var appropriationCents: Int64
    /// Proposed (stage `proposed`) and granted amounts of the round's *other* live applications.
    public var committedByOthersCents: Int64
    /// The decision in force: the latest row that no other row corrects.
    public var decision: GrantDecision?
    /// Sum of payments and their corrections.
    public var netPaidCents: Int64
    public var report: GrantReport?
    public var recoveries: [GrantRecovery]
    /// The stage the application came from when it last moved (restores withdrawn/closed).
    public var cameFrom: GrantStage?
    /// Appeals with no outcome yet (or marked pending).
    public var pendingAppeals: Int = 0
    /// The date of the first payment, if any: reports and recoveries come after it.
    public var firstPaidOn: CivilDate? = nil
    /// The date of the first decision (a correction made later does not move it): payments follow it.
    public var firstDecidedOn: CivilDate? = nil

    public init(application: GrantApplication, appropriationCents: Int64, committedByOthersCents: Int64 = 0,
                decision: GrantDecision? = nil, netPaidCents: Int64 = 0, report: GrantReport? = nil,
                recoveries: [GrantRecovery] = [], cameFrom: GrantStage? = nil, pendingAppeals: Int = 0, firstPaidOn: CivilDate? = nil,
                firstDecidedOn: CivilDate? = nil) {
        self.application = application; self.appropriationCents = appropriationCents
        self.committedByOthersCents = committedByOthersCents; self.decision = decision; self.netPaidCents = netPaidCents
        self.report = report; self.recoveries = recoveries; self.cameFrom = cameFrom
        self.pendingAppeals = pendingAppeals; self.firstPaidOn = firstPaidOn; self.firstDecidedOn = firstDecidedOn
    }

    public var grantedCents: Int64 { decision?.grantedCents ?? 0 }
    public var recoveredCents: Int64 { recoveries.reduce(0) { $0 + $1.amountCents } }
    public var hasSettledRecovery: Bool { recoveries.contains { $0.settledOn != nil } }
    public var allRecoveriesSettled: Bool { !recoveries.isEmpty && recoveries.allSatisfy { $0.settledOn != nil } }

    /// What keeps the case from closing: a pending appeal, an open recovery, a received report
    /// nobody has reviewed. Keys of `decisions.blocker.*`.
    public var closeBlockers: [String] {
        var out: [String] = []
        if pendingAppeals > 0 { out.append("appeal") }
        if recoveries.contains(where: { $0.settledOn == nil }) { out.append("recovery") }
        if let r = report, r.receivedOn != nil, r.outcome == nil { out.append("report") }
        return out
    }
}
