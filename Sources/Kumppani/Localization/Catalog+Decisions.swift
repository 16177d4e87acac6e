import Foundation

/// Issue 14, "the decision is the record": decisions made in a §, the decision list and letter,
/// the checking lock, dates that agree, and what `check` finds against these rules.
extension Catalog {
    static let decisions: [String: Text] = [:]
}
