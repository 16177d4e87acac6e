import Foundation

/// The contact-log form's fields. An entry is always new (nothing another window can have
/// changed), but its form is an edit session like every other form.
extension ContactLogDraft: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func day(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:))?.formatted(language) ?? (iso ?? "") }
        return [("directory.log.date", day(contactedOn)), ("directory.log.kind", kind.label(language)),
                ("directory.log.note", note), ("directory.log.follow_up", day(followUpOn))]
    }
}
