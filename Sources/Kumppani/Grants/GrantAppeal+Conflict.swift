import Foundation

/// The appeal form's fields, for noticing a change made in another window.
extension GrantAppeal: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("grants.field.appeal_filed", filedOn.formatted(language)),
         ("grants.field.appeal_outcome", outcome?.label(language) ?? ""),
         ("grants.field.decided_on", decidedOn?.formatted(language) ?? ""),
         ("grants.field.notes", notes)]
    }
}

/// The appeal form's version check.
public typealias AppealConflict = EditConflict<GrantAppeal>
