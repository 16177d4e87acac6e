import Foundation

/// The association form's fields, for noticing a change made in another window.
extension AssociationDraft: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("directory.field.name", name), ("directory.field.business_id", businessID),
         ("directory.field.municipality", municipality), ("directory.field.street", street),
         ("directory.field.postal_code", postalCode), ("directory.field.city", city),
         ("directory.field.phone", phone), ("directory.field.email", email), ("directory.field.website", website),
         ("directory.field.founded_year", foundedYear), ("directory.field.register_number", registerNumber),
         ("directory.field.status", status.label(language)),
         ("directory.field.lahella", L(language)[lahellaListed ? "common.yes" : "common.no"]),
         ("directory.field.correspondence_language", L(language)["referral.slip.language.\(correspondenceLanguage.rawValue)"]),
         ("directory.field.target_groups", targetGroups.joined(separator: ", ")),
         ("directory.field.activity_kinds", activityKinds.joined(separator: ", ")),
         ("directory.field.description", description)]
    }
}

/// The association form's version check.
public typealias AssociationConflict = EditConflict<AssociationDraft>

extension DirectoryStore {
    /// Inside the save's write transaction: refuses when the stored association no longer is
    /// what the form was opened with (`base`), so nothing another window saved is overwritten.
    func checkUnchanged(_ id: Int64, base: AssociationDraft?, mine: AssociationDraft) throws {
        guard let base else { return }
        try AssociationConflict.check(id: id, base: base, stored: try draft(for: id), mine: mine)
    }
}
