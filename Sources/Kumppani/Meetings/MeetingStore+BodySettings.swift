import Foundation

/// A body's own rules: its quorum, the language of its documents and its appeal instructions.
/// One setter each, so a settings form (or the command line) changes one thing at a time.
extension MeetingStore {
    public func setQuorumRule(bodyID: Int64, _ rule: QuorumRule) throws {
        if case .atLeast(let n) = rule, n <= 0 { throw MeetingError.invalidNumber(String(n)) }
        try updateBodyColumn(bodyID, "quorum_rule", rule.stored)
    }

    public func setDocumentLanguage(bodyID: Int64, _ language: Language) throws {
        try updateBodyColumn(bodyID, "document_language", language.rawValue)
    }

    /// Finnish and Swedish in one document (`fi+sv`), as bilingual counties print them.
    public func setBilingualDocuments(bodyID: Int64) throws {
        try updateBodyColumn(bodyID, "document_language", Body.bilingualCode)
    }

    /// Empty text goes back to the standard Finnish instructions.
    public func setAppealInstructions(bodyID: Int64, _ text: String) throws {
        try updateBodyColumn(bodyID, "appeal_instructions", text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    public func renameBody(_ bodyID: Int64, to name: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw MeetingError.emptyText(field: "name") }
        try updateBodyColumn(bodyID, "name", trimmed)
    }

    /// `column` is one of the fixed names above, never user input.
    private func updateBodyColumn(_ bodyID: Int64, _ column: String, _ value: String) throws {
        try db.write {
            try db.run("UPDATE bodies SET \(column) = ?, updated_at = ? WHERE id = ?", value, now, bodyID)
            if db.changes == 0 { throw MeetingError.notFound }
        }
    }
}
