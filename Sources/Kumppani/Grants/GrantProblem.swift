import Foundation

/// Why a grant action was refused, in words that say what is missing or by how much.
public enum GrantProblem: Error, Equatable, Sendable {
    public enum DecisionField: String, Sendable, CaseIterable { case outcome, amount, date, body, section }

    case notFound
    case emptyName
    case badYear(Int)
    case unknownGrantType(String)
    case datesInWrongOrder
    case negativeAmount
    case unknownAssociation
    case alreadyFirstStage
    case alreadyLastStage
    case withdrawnRestoreFirst
    case cannotWithdraw(GrantStage)
    case proposalMissing(amount: Bool, reasoning: Bool)
    case proposalOverRequested(proposed: Int64, requested: Int64)
    case overAppropriation(excess: Int64, appropriation: Int64, committed: Int64, amount: Int64)
    case decisionMissing
    case decisionIncomplete([DecisionField])
    case decisionBeforeProposal(GrantStage)
    case grantedMustBePositive
    case grantedOverRequested(granted: Int64, requested: Int64)
    case grantedBelowRequestedUsePartly
    case partlyMustBeBelowRequested
    case rejectedMustBeZero
    case grantBelowPaid(granted: Int64, paid: Int64)
    case correctionReasonMissing
    case nothingGranted
    case paymentMustBePositive
    case paymentOverGrant(excess: Int64, granted: Int64, paid: Int64)
    case invalidReference(String)
    case invalidIBAN(String)
    case paymentMissing
    case paymentsNotDecided(GrantStage)
    case reportNotReceived
    case reportBeforeDecision
    case closeNeedsApprovedReport(ReportOutcome?)
    case recoveryNotSettled
    case recoveryMustBePositive
    case recoveryReasonMissing
    case recoveryOverPaid(excess: Int64, paid: Int64, alreadyRecovered: Int64)
    case backBlockedByDecision
    case backBlockedByPayments(Int64)
    case backBlockedByRecovery
    // Issue 14: one decision, recorded once, in a § of the deciding body; dates and states that agree.
    case sectionNotFound(section: Int, date: CivilDate)
    case notTheDecidingBody(String)
    case meetingNotInSession(String)
    /// A new decision named a § of a meeting whose minutes are already checked: the record of
    /// that meeting is closed, and nobody decided this there.
    case minutesAlreadyChecked(meeting: String, section: Int)
    case notQuorate(filled: Int, required: Int, seats: Int)
    case caseNumberMissing
    case caseNumberInvalid(String)
    case sectionHasNoApplications
    case sectionAlreadyDecided
    case paymentBeforeDecision(paid: CivilDate, decided: CivilDate)
    case reportBeforePayment
    case recoveryBeforePayment
    case repaymentOverRecovery(excess: Int64)
    case closeBlocked([String])
    case closedUseReopen
    case reopenReasonMissing
    case notClosed
    case storage(String)
    /// A typed value that could not be read; the text is already the message.
    case invalidInput(String)

    public func message(_ language: Language) -> String {
        let l = L(language)
        func m(_ c: Int64) -> String { Money(cents: c).formatted(language) }
        switch self {
        case .notFound: return l["grants.problem.not_found"]
        case .emptyName: return l["grants.problem.empty_name"]
        case .badYear(let y): return l["grants.problem.bad_year", y]
        case .unknownGrantType(let c): return l["grants.problem.unknown_grant_type", c]
        case .datesInWrongOrder: return l["grants.problem.dates_order"]
        case .negativeAmount: return l["grants.problem.negative_amount"]
        case .unknownAssociation: return l["grants.problem.unknown_association"]
        case .alreadyFirstStage: return l["grants.problem.first_stage"]
        case .alreadyLastStage: return l["grants.problem.last_stage"]
        case .withdrawnRestoreFirst: return l["grants.problem.withdrawn_restore_first"]
        case .cannotWithdraw(let s): return l["grants.problem.cannot_withdraw", s.label(language)]
        case .proposalMissing(let amount, let reasoning):
            let parts = [amount ? l["grants.missing.proposed"] : nil, reasoning ? l["grants.missing.reasoning"] : nil].compactMap { $0 }
            return l["grants.problem.proposal_missing", parts.joined(separator: l["grants.list.and"])]
        case .proposalOverRequested(let p, let r): return l["grants.problem.proposal_over_requested", m(p), m(r)]
        case .overAppropriation(let excess, let appropriation, let committed, let amount):
            return l["grants.problem.over_appropriation", m(excess), m(appropriation), m(committed), m(amount)]
        case .decisionMissing: return l["grants.problem.decision_missing"]
        case .decisionIncomplete(let fields):
            return l["grants.problem.decision_incomplete", fields.map { l["grants.decision_field.\($0.rawValue)"] }.joined(separator: ", ")]
        case .decisionBeforeProposal(let s): return l["grants.problem.decision_before_proposal", s.label(language)]
        case .grantedMustBePositive: return l["grants.problem.granted_positive"]
        case .grantedOverRequested(let g, let r): return l["grants.problem.granted_over_requested", m(g), m(r)]
        case .grantedBelowRequestedUsePartly: return l["grants.problem.use_partly"]
        case .partlyMustBeBelowRequested: return l["grants.problem.partly_below"]
        case .rejectedMustBeZero: return l["grants.problem.rejected_zero"]
        case .grantBelowPaid(let g, let p): return l["grants.problem.grant_below_paid", m(g), m(p)]
        case .correctionReasonMissing: return l["grants.problem.correction_reason"]
        case .nothingGranted: return l["grants.problem.nothing_granted"]
        case .paymentMustBePositive: return l["grants.problem.payment_positive"]
        case .paymentOverGrant(let excess, let granted, let paid): return l["grants.problem.payment_over_grant", m(excess), m(granted), m(paid)]
        case .invalidReference(let why): return l["grants.problem.invalid_reference", why]
        case .invalidIBAN(let why): return l["grants.problem.invalid_iban", why]
        case .paymentMissing: return l["grants.problem.payment_missing"]
        case .paymentsNotDecided(let s): return l["grants.problem.payment_not_decided", s.label(language)]
        case .reportNotReceived: return l["grants.problem.report_not_received"]
        case .reportBeforeDecision: return l["grants.problem.report_before_decision"]
        case .closeNeedsApprovedReport(let outcome):
            return l["grants.problem.close_needs_report", outcome.map { $0.label(language) } ?? l["grants.report.no_outcome"]]
        case .recoveryNotSettled: return l["grants.problem.recovery_not_settled"]
        case .recoveryMustBePositive: return l["grants.problem.recovery_positive"]
        case .recoveryReasonMissing: return l["grants.problem.recovery_reason"]
        case .recoveryOverPaid(let excess, let paid, let already): return l["grants.problem.recovery_over_paid", m(excess), m(paid), m(already)]
        case .backBlockedByDecision: return l["grants.problem.back_decision"]
        case .backBlockedByPayments(let net): return l["grants.problem.back_payments", m(net)]
        case .backBlockedByRecovery: return l["grants.problem.back_recovery"]
        case .sectionNotFound(let section, let date): return l["decisions.problem.section_not_found", date.formatted(language), section]
        case .notTheDecidingBody(let name): return l["decisions.problem.not_deciding_body", name]
        case .meetingNotInSession(let status): return l["decisions.problem.not_in_session", status]
        case .minutesAlreadyChecked(let meeting, let section): return l["decisions.problem.minutes_checked", meeting, section]
        case .notQuorate(let filled, let required, let seats): return l["decisions.problem.not_quorate", filled, seats, required]
        case .caseNumberMissing: return l["decisions.problem.case_missing"]
        case .caseNumberInvalid(let text): return l["decisions.problem.case_invalid", text]
        case .sectionHasNoApplications: return l["decisions.problem.no_applications"]
        case .sectionAlreadyDecided: return l["decisions.problem.already_decided"]
        case .paymentBeforeDecision(let paid, let decided):
            return l["decisions.problem.payment_before_decision", paid.formatted(language), decided.formatted(language)]
        case .reportBeforePayment: return l["decisions.problem.report_before_payment"]
        case .recoveryBeforePayment: return l["decisions.problem.recovery_before_payment"]
        case .repaymentOverRecovery(let excess): return l["decisions.problem.repayment_over", m(excess)]
        case .closeBlocked(let keys): return l["decisions.problem.close_blocked", keys.map { l["decisions.blocker.\($0)"] }.joined(separator: ", ")]
        case .closedUseReopen: return l["decisions.problem.closed_use_reopen"]
        case .reopenReasonMissing: return l["decisions.problem.reopen_reason"]
        case .notClosed: return l["decisions.problem.not_closed"]
        case .storage(let why): return l["grants.problem.storage", why]
        case .invalidInput(let why): return why
        }
    }
}
