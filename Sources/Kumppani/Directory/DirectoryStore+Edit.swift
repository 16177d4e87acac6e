import Foundation

/// The result of saving the add/edit form.
public enum SaveResult: Equatable, Sendable {
    /// Saved; warnings (a similar name) are passed on for the status line.
    case saved(id: Int64, warnings: [FieldIssue])
    /// Not saved: errors, or warnings that were not accepted yet.
    case refused(DraftValidation)
}

extension DirectoryStore {
    /// Every check of the form: the Finnish rules, a Y-tunnus already in use (naming the
    /// association that has it), and a very similar name in the same municipality (a warning).
    public func validate(_ draft: AssociationDraft, editing id: Int64? = nil) throws -> DraftValidation {
        try checked(draft, editing: id).0
    }

    func checked(_ draft: AssociationDraft, editing id: Int64?) throws -> (DraftValidation, CleanAssociation) {
        var (validation, clean) = draft.check()
        if let bid = clean.businessID,
           let other = try db.queryOne("SELECT name FROM associations WHERE business_id = ? AND id IS NOT ?", bid, id) {
            validation.issues.append(FieldIssue(.businessID, .error, "directory.field.business_id_taken",
                                                [bid, other.string("name") ?? ""]))
        }
        for (field, list, codes) in [(AssociationField.targetGroups, "target_group", clean.targetGroups),
                                     (.activityKinds, "activity_kind", clean.activityKinds)] {
            for code in codes where try db.scalarInt("SELECT count(*) FROM categories WHERE list = ? AND code = ?", list, code) == 0 {
                validation.issues.append(FieldIssue(field, .error, "directory.field.unknown_category", [code]))
            }
        }
        // An edit that keeps the name and municipality was already warned about when they were set.
        if !clean.name.isEmpty, try !keepsNameAndPlace(clean, id: id),
           let similar = try similarName(to: clean.name, municipality: clean.municipalityCode, except: id) {
            let place = clean.municipalityCode.flatMap(Municipality.named(code:))?.nameFI ?? ""
            validation.issues.append(FieldIssue(.name, .warning, "directory.field.similar_name", [similar, place]))
        }
        return (validation, clean)
    }

    func keepsNameAndPlace(_ clean: CleanAssociation, id: Int64?) throws -> Bool {
        guard let id, let row = try db.queryOne("SELECT name, municipality_code FROM associations WHERE id = ?", id) else { return false }
        return row.string("name") == clean.name && row.string("municipality_code") == clean.municipalityCode
    }

    /// The name of an association in the same municipality whose name is nearly the same.
    func similarName(to name: String, municipality: String?, except id: Int64?) throws -> String? {
        let length = name.count
        let candidates = try db.query("""
            SELECT name FROM associations
            WHERE municipality_code IS ? AND id IS NOT ? AND length(name) BETWEEN ? AND ?
            ORDER BY name_key
            """, municipality, id, max(1, length - 8), length + 8)
        return candidates.compactMap { $0.string("name") }.first { SimilarNames.areSimilar($0, name) }
    }

    /// Adds (`id` nil) or updates an association. With `acceptWarnings` false a warning
    /// refuses the save, so the form can show it first. With `base` (the draft the edit form
    /// opened with) a change saved meanwhile by another window throws `AssociationConflict`.
    public func save(_ draft: AssociationDraft, id: Int64? = nil, acceptWarnings: Bool = true,
                     expecting base: AssociationDraft? = nil) throws -> SaveResult {
        let (validation, clean) = try checked(draft, editing: id)
        if validation.hasErrors || (validation.hasWarnings && !acceptWarnings) { return .refused(validation) }
        let now = Timestamp.iso(store.clock.now())
        let newID = id ?? Store.newID()
        do {
            try db.write {
                let values: [DatabaseValueConvertible?] = [
                    clean.name, DirectoryRules.sortKey(clean.name), clean.businessID, clean.registerNumber, clean.municipalityCode,
                    clean.street, clean.postalCode, clean.city, clean.email, clean.phone, clean.website, clean.description,
                    clean.foundedYear, clean.status.rawValue, clean.lahellaListed, clean.correspondenceLanguage.rawValue, now,
                ]
                if let id {
                    try checkUnchanged(id, base: base, mine: draft)
                    try db.run("""
                        UPDATE associations SET name = ?, name_key = ?, business_id = ?, register_number = ?, municipality_code = ?,
                            street = ?, postal_code = ?, city = ?, email = ?, phone = ?, website = ?, description = ?,
                            founded_year = ?, status = ?, lahella_listed = ?, correspondence_language = ?, updated_at = ? WHERE id = ?
                        """, values + [id])
                    guard db.changes == 1 else { throw ContactLogError.noSuchAssociation }
                } else {
                    try db.run("""
                        INSERT INTO associations(name, name_key, business_id, register_number, municipality_code, street, postal_code,
                            city, email, phone, website, description, founded_year, status, lahella_listed, correspondence_language, updated_at, id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, values + [newID, now])
                }
                try replaceCategories(of: newID, list: "target_group", codes: clean.targetGroups)
                try replaceCategories(of: newID, list: "activity_kind", codes: clean.activityKinds)
            }
        } catch let error as DatabaseError where error.message.contains("UNIQUE") && error.message.contains("business_id") {
            // Another window took the Y-tunnus between the check and the write.
            return .refused(try validate(draft, editing: id))
        }
        return .saved(id: newID, warnings: validation.issues.filter { $0.severity == .warning })
    }

    func replaceCategories(of id: Int64, list: String, codes: [String]) throws {
        try db.run("DELETE FROM association_categories WHERE association_id = ? AND list = ?", id, list)
        for code in codes {
            try db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, ?, ?)", id, list, code)
        }
    }

    /// The target-group and activity-kind codes of an association, for the edit form.
    public func categoryCodes(of id: Int64, list: String) throws -> [String] {
        try db.query("SELECT code FROM association_categories WHERE association_id = ? AND list = ? ORDER BY code", id, list)
            .compactMap { $0.string("code") }
    }

    /// The edit form's starting values.
    public func draft(for id: Int64) throws -> AssociationDraft? {
        guard let a = try association(id) else { return nil }
        return AssociationDraft(a, targetGroups: try categoryCodes(of: id, list: "target_group"),
                                activityKinds: try categoryCodes(of: id, list: "activity_kind"))
    }
}
