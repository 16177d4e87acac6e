import Foundation

/// Adding, editing and removing an association's activities. The search index follows through
/// the triggers on `activities` and `activity_target_groups`; the referral view reads the tables.
extension DirectoryStore {
    /// Every check of the activity form, including codes and the contact person.
    public func validateActivity(_ draft: ActivityDraft, association: Int64) throws -> [ActivityIssue] {
        var issues = draft.check()
        if let kind = draft.kindCode,
           try db.scalarInt("SELECT count(*) FROM categories WHERE list = 'activity_kind' AND code = ?", kind) == 0 {
            issues.append(ActivityIssue(.kind, "directory.field.unknown_category", [kind]))
        }
        for code in draft.targetGroups
        where try db.scalarInt("SELECT count(*) FROM categories WHERE list = 'target_group' AND code = ?", code) == 0 {
            issues.append(ActivityIssue(.targetGroups, "directory.field.unknown_category", [code]))
        }
        if let person = draft.contactPersonID,
           try db.scalarInt("SELECT count(*) FROM affiliations WHERE person_id = ? AND association_id = ?", person, association) == 0 {
            issues.append(ActivityIssue(.contactPerson, "directory.activity.contact_not_in_association"))
        }
        return issues
    }

    /// Adds (`id` nil) or updates an activity of `association`. With `base` (the draft the edit
    /// form opened with) a change saved or a deletion made meanwhile by another window throws
    /// `ActivityConflict` and writes nothing.
    public func saveActivity(_ draft: ActivityDraft, association: Int64, id: Int64? = nil,
                             expecting base: ActivityDraft? = nil) throws -> ActivitySaveResult {
        let issues = try validateActivity(draft, association: association)
        guard issues.isEmpty else { return .refused(issues) }
        let trim = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let now = Timestamp.iso(store.clock.now())
        let activityID = id ?? Store.newID()
        let places = draft.municipalityCodes().codes
        try db.write {
            if let id { try ActivityConflict.check(id: id, base: base, stored: try activityDraft(id)?.draft, mine: draft) }
            guard try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", association) == 1 else {
                throw DirectoryEditError.noSuchAssociation
            }
            let values: [DatabaseValueConvertible?] = [
                trim(draft.title), draft.kindCode, trim(draft.description), trim(draft.schedule), trim(draft.place),
                draft.language, trim(draft.cost), trim(draft.accessibility), draft.contactPersonID, trim(draft.contactText), now,
            ]
            if let id {
                // Updating the row also queues the association for reindexing (the places have no trigger).
                try db.run("""
                    UPDATE activities SET title = ?, kind_code = ?, description = ?, schedule = ?, place = ?, language = ?,
                        cost = ?, accessibility = ?, contact_person_id = ?, contact_text = ?, updated_at = ?
                    WHERE id = ? AND association_id = ?
                    """, values + [id, association])
                guard db.changes == 1 else { throw DirectoryEditError.noSuchActivity }
            } else {
                try db.run("""
                    INSERT INTO activities(title, kind_code, description, schedule, place, language, cost, accessibility,
                        contact_person_id, contact_text, updated_at, id, association_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, values + [activityID, association, now])
            }
            try db.run("DELETE FROM activity_target_groups WHERE activity_id = ?", activityID)
            for code in Array(Set(draft.targetGroups)).sorted() {
                try db.run("INSERT INTO activity_target_groups(activity_id, code) VALUES (?, ?)", activityID, code)
            }
            try db.run("DELETE FROM activity_municipalities WHERE activity_id = ?", activityID)
            for code in places {
                try db.run("INSERT INTO activity_municipalities(activity_id, municipality_code) VALUES (?, ?)", activityID, code)
            }
        }
        return .saved(id: activityID)
    }

    /// Removes an activity (its target groups and places go with it). False when it was already gone.
    @discardableResult
    public func deleteActivity(_ id: Int64) throws -> Bool {
        try db.write {
            try db.run("DELETE FROM activities WHERE id = ?", id)
            return db.changes == 1
        }
    }

    /// The form's starting values for an existing activity, with the association it belongs to.
    public func activityDraft(_ id: Int64) throws -> (association: Int64, draft: ActivityDraft)? {
        guard let r = try db.queryOne("""
            SELECT association_id, title, kind_code, description, schedule, place, language, cost, accessibility,
                   contact_person_id, contact_text FROM activities WHERE id = ?
            """, id), let association = r.int64("association_id") else { return nil }
        var d = ActivityDraft()
        d.title = r.string("title") ?? ""
        d.kindCode = r.string("kind_code")
        d.description = r.string("description") ?? ""
        d.schedule = r.string("schedule") ?? ""
        d.place = r.string("place") ?? ""
        d.language = r.string("language") ?? "fi"
        d.cost = r.string("cost") ?? ""
        d.accessibility = r.string("accessibility") ?? ""
        d.contactPersonID = r.int64("contact_person_id")
        d.contactText = r.string("contact_text") ?? ""
        d.targetGroups = try db.query("SELECT code FROM activity_target_groups WHERE activity_id = ? ORDER BY code", id)
            .compactMap { $0.string("code") }
        d.municipalities = try db.query("""
            SELECT m.name_fi FROM activity_municipalities am JOIN municipalities m ON m.code = am.municipality_code
            WHERE am.activity_id = ? ORDER BY m.name_key
            """, id).compactMap { $0.string("name_fi") }.joined(separator: ", ")
        return (association, d)
    }
}
