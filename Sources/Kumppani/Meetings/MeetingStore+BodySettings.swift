import Foundation

/// A body's own rules: its quorum, the language of its documents and its appeal instructions.
/// One setter each, for the command line and tests; the TUI's settings form saves the whole body
/// with `updateBody(_:expecting:)`. Each setter goes through `updateBody` too, with the body as it
/// read it as `expecting:`, so a change another window made in between is refused
/// (`BodyConflict`) instead of being overwritten, and every body write has one path. Body
/// settings are not in the audit trail (nor is creating a body): only decisions, payments,
/// recoveries, amendments and approved minutes are (`Schema5Audit`).
extension MeetingStore {
    public func setQuorumRule(bodyID: Int64, _ rule: QuorumRule) throws {
        try changeBody(bodyID) { $0.quorumRule = rule }
    }

    public func setDocumentLanguage(bodyID: Int64, _ language: Language) throws {
        try changeBody(bodyID) { $0.documentLanguage = language; $0.bilingual = false }
    }

    /// Finnish and Swedish in one document (`fi+sv`), as bilingual counties print them.
    public func setBilingualDocuments(bodyID: Int64) throws {
        try changeBody(bodyID) { $0.documentLanguage = .fi; $0.bilingual = true }
    }

    /// Empty text goes back to the standard Finnish instructions.
    public func setAppealInstructions(bodyID: Int64, _ text: String) throws {
        try changeBody(bodyID) { $0.appealInstructions = text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    public func renameBody(_ bodyID: Int64, to name: String) throws {
        try changeBody(bodyID) { $0.name = name }
    }

    /// Reads the body, applies one change and saves it expecting what was read.
    private func changeBody(_ bodyID: Int64, _ change: (inout Body) -> Void) throws {
        guard let stored = try body(bodyID) else { throw MeetingError.notFound }
        var mine = stored
        change(&mine)
        try updateBody(mine, expecting: stored)
    }
}
