import Foundation

/// The application form's fields, for noticing a change made in another window. The stage is
/// not among them: the form never writes it, so a move on the board is no conflict.
extension GrantApplication: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func money(_ cents: Int64?) -> String { cents.map { Money(cents: $0).formatted(language) } ?? "" }
        return [("grants.field.applicant", "#\(associationID)"), ("grants.field.purpose", purpose),
                ("grants.field.requested", money(requestedCents)),
                ("grants.field.other_funding_amount", money(otherFundingCents)),
                ("grants.field.other_funding_source", otherFundingText),
                ("grants.field.received_on", receivedOn?.formatted(language) ?? ""),
                ("grants.field.preparer", preparer), ("grants.field.proposed", money(proposedCents)),
                ("grants.field.reasoning", reasoning),
                ("grants.field.target_groups", targetGroups.joined(separator: ", "))]
    }
}

/// The application form's version check.
public typealias ApplicationConflict = EditConflict<GrantApplication>
