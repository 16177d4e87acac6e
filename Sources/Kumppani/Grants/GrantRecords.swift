import Foundation

/// A call for applications (*avustushaku*).
public struct GrantRound: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var year: Int
    public var grantTypeCode: String
    public var appropriationCents: Int64
    public var opensOn: CivilDate?
    public var closesOn: CivilDate?
    public var decidingBodyID: Int64?
    public var reportDueOn: CivilDate?

    public init(id: Int64 = 0, name: String, year: Int, grantTypeCode: String, appropriationCents: Int64,
                opensOn: CivilDate? = nil, closesOn: CivilDate? = nil, decidingBodyID: Int64? = nil, reportDueOn: CivilDate? = nil) {
        self.id = id; self.name = name; self.year = year; self.grantTypeCode = grantTypeCode
        self.appropriationCents = appropriationCents; self.opensOn = opensOn; self.closesOn = closesOn
        self.decidingBodyID = decidingBodyID; self.reportDueOn = reportDueOn
    }
}

public struct RoundCriterion: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var roundID: Int64
    public var name: String
    public var maxScore: Int
    public var sort: Int
}

/// One application (*hakemus*): what the applicant asked for and how it was prepared.
public struct GrantApplication: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var roundID: Int64
    public var associationID: Int64
    public var purpose: String
    public var requestedCents: Int64
    public var otherFundingCents: Int64
    public var otherFundingText: String
    public var preparer: String
    public var reasoning: String
    public var proposedCents: Int64?
    public var stage: GrantStage
    public var receivedOn: CivilDate?
    public var targetGroups: [String]

    public init(id: Int64 = 0, roundID: Int64, associationID: Int64, purpose: String = "", requestedCents: Int64,
                otherFundingCents: Int64 = 0, otherFundingText: String = "", preparer: String = "", reasoning: String = "",
                proposedCents: Int64? = nil, stage: GrantStage = .received, receivedOn: CivilDate? = nil, targetGroups: [String] = []) {
        self.id = id; self.roundID = roundID; self.associationID = associationID; self.purpose = purpose
        self.requestedCents = requestedCents; self.otherFundingCents = otherFundingCents; self.otherFundingText = otherFundingText
        self.preparer = preparer; self.reasoning = reasoning; self.proposedCents = proposedCents; self.stage = stage
        self.receivedOn = receivedOn; self.targetGroups = targetGroups
    }
}

/// What the deciding body decided. Never edited: a correction is a new row with `correctsID`.
public struct GrantDecision: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var applicationID: Int64
    public var outcome: DecisionOutcome
    public var grantedCents: Int64
    public var decidedOn: CivilDate
    public var bodyID: Int64?
    public var meetingID: Int64?
    public var sectionNumber: Int?
    public var caseNumber: String
    public var correctsID: Int64?
    public var correctionReason: String
    public var createdAt: String
    public var createdBy: String
}

/// The fields of a decision as typed: each may be missing, and the rules say which are.
public struct DecisionDraft: Sendable, Equatable {
    public var outcome: DecisionOutcome?
    public var grantedCents: Int64?
    public var decidedOn: CivilDate?
    public var bodyID: Int64?
    public var sectionNumber: Int?
    public var caseNumber: String
    public var meetingID: Int64?

    public init(outcome: DecisionOutcome? = nil, grantedCents: Int64? = nil, decidedOn: CivilDate? = nil, bodyID: Int64? = nil,
                sectionNumber: Int? = nil, caseNumber: String = "", meetingID: Int64? = nil) {
        self.outcome = outcome; self.grantedCents = grantedCents; self.decidedOn = decidedOn; self.bodyID = bodyID
        self.sectionNumber = sectionNumber; self.caseNumber = caseNumber; self.meetingID = meetingID
    }
}

/// One instalment, or a correction of one (then `amountCents` is the adjustment and may be negative).
public struct GrantPayment: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var applicationID: Int64
    public var paidOn: CivilDate
    public var amountCents: Int64
    public var reference: String
    public var iban: String
    public var correctsID: Int64?
    public var correctionReason: String
    public var createdAt: String
    public var createdBy: String
}

/// People reached and volunteer hours for one target group, from a use-of-grant report.
public struct ReportFigure: Sendable, Equatable {
    public var targetGroupCode: String
    public var peopleReached: Int
    public var volunteerHours: Int
    public init(targetGroupCode: String, peopleReached: Int, volunteerHours: Int) {
        self.targetGroupCode = targetGroupCode; self.peopleReached = peopleReached; self.volunteerHours = volunteerHours
    }
}

/// The use-of-grant report (*käyttöselvitys*).
public struct GrantReport: Sendable, Equatable {
    public var applicationID: Int64
    public var dueOn: CivilDate?
    public var receivedOn: CivilDate?
    public var outcome: ReportOutcome?
    public var notes: String
    public var figures: [ReportFigure]
    /// What the association reports it used of the grant, and what was left unspent (nil: not given).
    public var usedCents: Int64?
    public var unspentCents: Int64?

    public init(applicationID: Int64, dueOn: CivilDate? = nil, receivedOn: CivilDate? = nil, outcome: ReportOutcome? = nil,
                notes: String = "", figures: [ReportFigure] = [], usedCents: Int64? = nil, unspentCents: Int64? = nil) {
        self.applicationID = applicationID; self.dueOn = dueOn; self.receivedOn = receivedOn; self.outcome = outcome
        self.notes = notes; self.figures = figures; self.usedCents = usedCents; self.unspentCents = unspentCents
    }
}

/// A reclaim (*takaisinperintä*) of money paid.
public struct GrantRecovery: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var applicationID: Int64
    public var amountCents: Int64
    public var reason: String
    public var decision: String
    public var decidedOn: CivilDate?
    public var settledOn: CivilDate?
}

/// An appeal (*oikaisuvaatimus*) against the decision.
public struct GrantAppeal: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var applicationID: Int64
    public var filedOn: CivilDate
    public var outcome: AppealOutcome?
    public var decidedOn: CivilDate?
    public var notes: String

    public init(id: Int64, applicationID: Int64, filedOn: CivilDate, outcome: AppealOutcome? = nil,
                decidedOn: CivilDate? = nil, notes: String = "") {
        self.id = id; self.applicationID = applicationID; self.filedOn = filedOn; self.outcome = outcome
        self.decidedOn = decidedOn; self.notes = notes
    }
}

/// One stage move as kept in `stage_history`.
public struct StageHistoryEntry: Sendable, Equatable {
    public var from: GrantStage?
    public var to: GrantStage
    public var at: String
    public var osUser: String
    public var note: String
}
