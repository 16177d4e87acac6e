import Foundation

/// The guards on every stage move and on the facts recorded along the way. Pure functions:
/// each returns the problem that stops the action, or the result when nothing does.
public enum StageRules {
    /// Where `>` takes the application, or why it cannot go.
    public static func forward(_ s: ApplicationSnapshot) -> Result<GrantStage, GrantProblem> {
        let result = forwardIgnoringBlockers(s)
        // A case closes only when nothing is left open on it.
        if case .success(.closed) = result, !s.closeBlockers.isEmpty { return .failure(.closeBlocked(s.closeBlockers)) }
        return result
    }

    static func forwardIgnoringBlockers(_ s: ApplicationSnapshot) -> Result<GrantStage, GrantProblem> {
        let app = s.application
        switch app.stage {
        case .received:
            return .success(.inReview)
        case .inReview:
            if let problem = proposalProblem(s) { return .failure(problem) }
            return .success(.proposed)
        case .proposed:
            guard s.decision != nil else { return .failure(.decisionMissing) }
            return .success(.decided)
        case .decided:
            guard let decision = s.decision else { return .failure(.decisionMissing) }
            // A rejection has nothing to pay or report: it closes directly.
            if decision.outcome == .rejected || decision.grantedCents == 0 { return .success(.closed) }
            guard s.netPaidCents > 0 else { return .failure(.paymentMissing) }
            return .success(.paid)
        case .paid:
            guard s.report?.receivedOn != nil else { return .failure(.reportNotReceived) }
            return .success(.reported)
        case .reported:
            if s.report?.outcome == .approved || s.hasSettledRecovery { return .success(.closed) }
            return .failure(.closeNeedsApprovedReport(s.report?.outcome))
        case .recovery:
            guard s.allRecoveriesSettled else { return .failure(.recoveryNotSettled) }
            return .success(.closed)
        case .closed:
            return .failure(.alreadyLastStage)
        case .withdrawn:
            return .failure(.withdrawnRestoreFirst)
        }
    }

    /// Where `<` takes the application, or why it cannot go back. Moving back never
    /// hides a recorded decision, payment or recovery: those are corrected, not undone.
    public static func backward(_ s: ApplicationSnapshot) -> Result<GrantStage, GrantProblem> {
        switch s.application.stage {
        case .received: return .failure(.alreadyFirstStage)
        case .inReview: return .success(.received)
        case .proposed: return .success(.inReview)
        case .decided: return .failure(.backBlockedByDecision)
        case .paid:
            if s.netPaidCents > 0 { return .failure(.backBlockedByPayments(s.netPaidCents)) }
            return .success(.decided)
        case .reported: return .success(.paid)
        case .recovery: return .failure(.backBlockedByRecovery)
        case .closed:
            // Reopening a closed case is its own, audited call with a reason (`GrantStore.reopen`).
            return .failure(.closedUseReopen)
        case .withdrawn:
            if let from = s.cameFrom, from != s.application.stage { return .success(from) }
            return .success(s.application.stage == .closed ? .reported : .received)
        }
    }

    /// Withdrawal is possible until a decision exists.
    public static func withdraw(_ s: ApplicationSnapshot) -> GrantProblem? {
        [.received, .inReview, .proposed].contains(s.application.stage) ? nil : .cannotWithdraw(s.application.stage)
    }

    /// A proposal needs an amount and reasoning, no more than was asked, within the appropriation.
    public static func proposalProblem(_ s: ApplicationSnapshot) -> GrantProblem? {
        let app = s.application
        let noAmount = app.proposedCents == nil
        let noReasoning = app.reasoning.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if noAmount || noReasoning { return .proposalMissing(amount: noAmount, reasoning: noReasoning) }
        let proposed = app.proposedCents ?? 0
        if proposed > app.requestedCents { return .proposalOverRequested(proposed: proposed, requested: app.requestedCents) }
        return appropriationProblem(appropriation: s.appropriationCents, committedByOthers: s.committedByOthersCents, amount: proposed)
    }

    /// The round's proposed and granted total may never exceed its appropriation.
    public static func appropriationProblem(appropriation: Int64, committedByOthers: Int64, amount: Int64) -> GrantProblem? {
        let (total, overflow) = committedByOthers.addingReportingOverflow(amount)
        let excess = overflow ? Int64.max : total - appropriation
        guard excess > 0 else { return nil }
        return .overAppropriation(excess: excess, appropriation: appropriation, committed: committedByOthers, amount: amount)
    }

    /// Checks a decision draft against the application; a correction (`correcting`) needs a reason
    /// and may not grant less than has been paid.
    public static func validateDecision(_ d: DecisionDraft, _ s: ApplicationSnapshot, correcting: Bool = false,
                                        reason: String = "") -> Result<DecisionDraft, GrantProblem> {
        let stage = s.application.stage
        if !correcting && !(stage == .proposed) {
            return .failure(stage.isDecidedOrLater ? .backBlockedByDecision : .decisionBeforeProposal(stage))
        }
        if correcting && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .failure(.correctionReasonMissing) }
        var missing: [GrantProblem.DecisionField] = []
        if d.outcome == nil { missing.append(.outcome) }
        if d.grantedCents == nil && d.outcome != .rejected { missing.append(.amount) }
        if d.decidedOn == nil { missing.append(.date) }
        if d.bodyID == nil { missing.append(.body) }
        if d.sectionNumber == nil { missing.append(.section) }
        if !missing.isEmpty { return .failure(.decisionIncomplete(missing)) }
        var draft = d
        let requested = s.application.requestedCents
        let granted = d.grantedCents ?? 0
        switch d.outcome {
        case .rejected?:
            if granted != 0 { return .failure(.rejectedMustBeZero) }
            draft.grantedCents = 0
        case .granted?:
            if granted <= 0 { return .failure(.grantedMustBePositive) }
            if granted > requested { return .failure(.grantedOverRequested(granted: granted, requested: requested)) }
            if granted < requested { return .failure(.grantedBelowRequestedUsePartly) }
        case .partlyGranted?:
            if granted <= 0 { return .failure(.grantedMustBePositive) }
            if granted >= requested { return .failure(.partlyMustBeBelowRequested) }
        case nil:
            return .failure(.decisionIncomplete([.outcome]))
        }
        if granted < s.netPaidCents { return .failure(.grantBelowPaid(granted: granted, paid: s.netPaidCents)) }
        if let problem = appropriationProblem(appropriation: s.appropriationCents, committedByOthers: s.committedByOthersCents, amount: granted) {
            return .failure(problem)
        }
        return .success(draft)
    }

    /// A payment must be positive and keep the paid total within the grant in force.
    public static func paymentProblem(amount: Int64, _ s: ApplicationSnapshot, paidOn: CivilDate? = nil) -> GrantProblem? {
        guard s.application.stage.isDecidedOrLater, let decision = s.decision else {
            return .paymentsNotDecided(s.application.stage)
        }
        let decided = s.firstDecidedOn ?? decision.decidedOn
        if let paidOn, paidOn < decided { return .paymentBeforeDecision(paid: paidOn, decided: decided) }
        if decision.grantedCents == 0 { return .nothingGranted }
        if amount <= 0 { return .paymentMustBePositive }
        let excess = s.netPaidCents + amount - decision.grantedCents
        if excess > 0 { return .paymentOverGrant(excess: excess, granted: decision.grantedCents, paid: s.netPaidCents) }
        return nil
    }

    /// A recovery is at most what was paid, less what has already been reclaimed.
    public static func recoveryProblem(amount: Int64, reason: String, _ s: ApplicationSnapshot, decidedOn: CivilDate? = nil) -> GrantProblem? {
        if amount <= 0 { return .recoveryMustBePositive }
        guard let firstPaid = s.firstPaidOn ?? (s.netPaidCents > 0 ? CivilDate(dayNumber: 0) : nil) else { return .recoveryBeforePayment }
        if let decidedOn, decidedOn < firstPaid { return .recoveryBeforePayment }
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .recoveryReasonMissing }
        let excess = s.recoveredCents + amount - s.netPaidCents
        if excess > 0 { return .recoveryOverPaid(excess: excess, paid: s.netPaidCents, alreadyRecovered: s.recoveredCents) }
        return nil
    }
}
