import Foundation

/// The activity form's fields, for noticing a change made in another window.
extension ActivityDraft: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("directory.activity.title", title), ("directory.activity.kind", kindCode ?? ""),
         ("directory.activity.target_groups", targetGroups.joined(separator: ", ")),
         ("directory.activity.municipalities", municipalities), ("directory.activity.schedule", schedule),
         ("directory.activity.place", place), ("directory.activity.language", L(language)["directory.activity.language.\(self.language)"]),
         ("directory.activity.cost", cost), ("directory.activity.accessibility", accessibility),
         ("directory.activity.contact_person", contactPersonID.map { "#\($0)" } ?? ""),
         ("directory.activity.contact_text", contactText), ("directory.activity.description", description)]
    }
}

/// The role form's fields (the person's name and contact details are saved with the role).
extension PersonRoleDraft: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func day(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:))?.formatted(language) ?? (iso ?? "") }
        return [("directory.person.name", name), ("directory.person.kind", RoleKind.label(kind, language)),
                ("directory.person.title", title), ("directory.person.start", day(startOn)), ("directory.person.end", day(endOn)),
                ("directory.person.email", email), ("directory.person.phone", phone)]
    }
}

/// The activity form's version check.
public typealias ActivityConflict = EditConflict<ActivityDraft>
/// The role form's version check.
public typealias RoleConflict = EditConflict<PersonRoleDraft>
