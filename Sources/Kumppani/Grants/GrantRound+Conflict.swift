import Foundation

/// The round form's fields, for noticing a change made in another window.
extension GrantRound: ConflictComparable {
    /// The fields whose values are codes or ids: the form shows them by name (`GrantsPane.roundForm`).
    public static let grantTypeField = "grants.field.grant_type"
    public static let bodyField = "grants.field.body"

    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func day(_ d: CivilDate?) -> String { d?.formatted(language) ?? "" }
        return [("grants.field.round_name", name), ("grants.field.year", String(year)),
                (Self.grantTypeField, grantTypeCode),
                ("grants.field.appropriation", Money(cents: appropriationCents).formatted(language)),
                ("grants.field.opens_on", day(opensOn)), ("grants.field.closes_on", day(closesOn)),
                (Self.bodyField, decidingBodyID.map { "#\($0)" } ?? ""), ("grants.field.report_due", day(reportDueOn))]
    }
}

/// The round form's version check.
public typealias RoundConflict = EditConflict<GrantRound>
