import Foundation

/// The report form's fields, for noticing a change made in another window. The figures vary
/// with the target groups: two rows for each group with any figure, their label keys carrying
/// the group code after a colon (`grants.field.people:youth`); `figureLabel` reads them back.
/// Zero figures are left out, as the store does not keep them.
extension GrantReport: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        var rows: [(labelKey: String, value: String)] = [
            ("grants.field.report_due", dueOn?.formatted(language) ?? ""),
            ("grants.field.report_received", receivedOn?.formatted(language) ?? ""),
            ("grants.field.report_outcome", outcome?.label(language) ?? ""),
            ("grants.field.notes", notes),
        ]
        for f in figures.sorted(by: { $0.targetGroupCode < $1.targetGroupCode }) where f.peopleReached != 0 || f.volunteerHours != 0 {
            rows.append(("grants.field.people:\(f.targetGroupCode)", String(f.peopleReached)))
            rows.append(("grants.field.hours:\(f.targetGroupCode)", String(f.volunteerHours)))
        }
        return rows
    }

    /// A figure row's catalog key (with one placeholder, the group) and target group code;
    /// nil for the report's other rows.
    public static func figureLabel(_ labelKey: String) -> (key: String, groupCode: String)? {
        guard let colon = labelKey.firstIndex(of: ":") else { return nil }
        return (String(labelKey[..<colon]), String(labelKey[labelKey.index(after: colon)...]))
    }
}

/// The report form's version check. Its record id is the application's: one report each.
public typealias ReportConflict = EditConflict<GrantReport>
