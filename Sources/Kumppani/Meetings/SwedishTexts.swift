import Foundation

/// The Swedish beside the Finnish (issue 17): an item's title, background, proposal and decision,
/// a negotiation goal's goal and measures, a strategy goal's title and description. The item
/// texts are `ItemField`s like the Finnish ones, so the editor's autosave and its two-window check
/// write them the same way; this file is the plain API for the rest (command line, demo, tests).
extension ItemField {
    /// The Swedish field beside a Finnish one, and back; nil for a field with no Swedish text.
    public var swedish: ItemField? {
        switch self {
        case .title: return .titleSV
        case .background: return .backgroundSV
        case .proposal: return .proposalSV
        case .decision: return .decisionSV
        default: return nil
        }
    }

    public var finnish: ItemField? {
        switch self {
        case .titleSV: return .title
        case .backgroundSV: return .background
        case .proposalSV: return .proposal
        case .decisionSV: return .decision
        default: return nil
        }
    }

    public var isSwedish: Bool { finnish != nil }
}

extension AgendaItem {
    /// The text of any field, Finnish or Swedish.
    public func text(_ field: ItemField) -> String {
        switch field {
        case .title: return title
        case .preparer: return preparer
        case .background: return background
        case .proposal: return proposal
        case .discussion: return discussion
        case .decision: return decision
        case .dissent: return dissent
        case .voteNames: return voteNames
        case .counterProposals: return counterProposalsText
        case .titleSV: return titleSV
        case .backgroundSV: return backgroundSV
        case .proposalSV: return proposalSV
        case .decisionSV: return decisionSV
        }
    }

    public mutating func setText(_ field: ItemField, _ text: String) {
        switch field {
        case .title: title = text
        case .preparer: preparer = text
        case .background: background = text
        case .proposal: proposal = text
        case .discussion: discussion = text
        case .decision: decision = text
        case .dissent: dissent = text
        case .voteNames: voteNames = text
        case .counterProposals: counterProposalsText = text
        case .titleSV: titleSV = text
        case .backgroundSV: backgroundSV = text
        case .proposalSV: proposalSV = text
        case .decisionSV: decisionSV = text
        }
    }
}

/// The Swedish texts of one item, as a document prints them.
public struct SwedishItemTexts: Sendable, Equatable {
    public var title = "", background = "", proposal = "", decision = ""
    public init(title: String = "", background: String = "", proposal: String = "", decision: String = "") {
        self.title = title; self.background = background; self.proposal = proposal; self.decision = decision
    }
}

extension MeetingStore {
    /// Writes the Swedish texts of an item in one transaction (the same rules as the Finnish: not
    /// in approved minutes). A nil leaves that text as it is.
    public func setSwedish(itemID: Int64, title: String? = nil, background: String? = nil,
                           proposal: String? = nil, decision: String? = nil) throws {
        let edits: [(ItemField, String?)] = [(.titleSV, title), (.backgroundSV, background), (.proposalSV, proposal), (.decisionSV, decision)]
        try save(edits.compactMap { field, text in text.map { ItemEdit(itemID: itemID, field: field, text: $0.trimmingCharacters(in: .whitespacesAndNewlines)) } })
    }

    public func swedish(itemID: Int64) throws -> SwedishItemTexts? {
        try item(itemID).map { SwedishItemTexts(title: $0.titleSV, background: $0.backgroundSV, proposal: $0.proposalSV, decision: $0.decisionSV) }
    }

    /// A negotiation goal's Swedish goal and measures.
    public func setGoalSwedish(goalID: Int64, goal: String, measures: String = "") throws {
        try db.write {
            try db.run("UPDATE negotiation_goals SET goal_sv = ?, measures_sv = ?, updated_at = ? WHERE id = ?",
                       goal.trimmingCharacters(in: .whitespacesAndNewlines), measures.trimmingCharacters(in: .whitespacesAndNewlines), now, goalID)
            if db.changes == 0 { throw MeetingError.notFound }
        }
    }
}

extension StrategyStore {
    /// A strategy goal's Swedish title and description (empty: not written).
    public func setSwedish(goalID: Int64, title: String, description: String = "") throws {
        try db.write {
            try db.run("UPDATE strategy_goals SET title_sv = ?, description_sv = ?, updated_at = ? WHERE id = ?",
                       title.trimmingCharacters(in: .whitespacesAndNewlines), description.trimmingCharacters(in: .whitespacesAndNewlines), now, goalID)
            if db.changes == 0 { throw StrategyProblem.emptyTitle }
        }
    }

    public func swedish(goalID: Int64) throws -> (title: String, description: String)? {
        try db.queryOne("SELECT title_sv, description_sv FROM strategy_goals WHERE id = ?", goalID)
            .map { ($0.string("title_sv") ?? "", $0.string("description_sv") ?? "") }
    }
}
