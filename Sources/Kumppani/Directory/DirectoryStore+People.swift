import Foundation

/// People and their roles in associations. A person exists once and may hold roles in many
/// associations; the grant pane's disqualification check reads these affiliations.
extension DirectoryStore {
    /// People whose name is close to `name`: the same words in any order, one name inside the
    /// other ("Virtanen" – "Maija Virtanen"), or a couple of letters off. Best matches first.
    public func similarPeople(to name: String, limit: Int = 8) throws -> [PersonMatch] {
        let words = Set(SimilarNames.normalized(name).split(separator: " ").map(String.init))
        guard !words.isEmpty else { return [] }
        // Narrow with the stored keys: any person whose name contains the start of a typed word.
        let stems = words.map { String(DirectoryRules.sortKey($0).prefix(3)) }.filter { !$0.isEmpty }
        let condition = stems.map { _ in "instr(name_key, ?) > 0" }.joined(separator: " OR ")
        let rows = try db.query("SELECT id, name, email, phone FROM people WHERE \(condition) ORDER BY name_key LIMIT 2000",
                                stems.map { $0 as DatabaseValueConvertible? })
        var scored: [(Int, Row)] = []
        for r in rows {
            guard let other = r.string("name") else { continue }
            let otherWords = Set(SimilarNames.normalized(other).split(separator: " ").map(String.init))
            let score: Int
            if otherWords == words { score = 0 }
            else if SimilarNames.areSimilar(other, name)
                        || SimilarNames.areSimilar(otherWords.sorted().joined(separator: " "), words.sorted().joined(separator: " ")) { score = 1 }
            else if words.isSubset(of: otherWords) || otherWords.isSubset(of: words) { score = 2 }
            else { continue }
            scored.append((score, r))
        }
        return try scored.sorted { $0.0 < $1.0 }.prefix(limit).map { _, r in
            let id = r.int64("id") ?? 0
            let names = try db.query("""
                SELECT DISTINCT a.name FROM affiliations f JOIN associations a ON a.id = f.association_id
                WHERE f.person_id = ? ORDER BY a.name_key
                """, id).compactMap { $0.string("name") }
            return PersonMatch(id: id, name: r.string("name") ?? "", email: r.string("email") ?? "",
                               phone: r.string("phone") ?? "", associations: names)
        }
    }

    /// Every check of the role form.
    public func validateRole(_ draft: PersonRoleDraft) throws -> [PersonRoleIssue] {
        var issues = draft.check().issues
        if let id = draft.personID, try db.scalarInt("SELECT count(*) FROM people WHERE id = ?", id) == 0 {
            issues.append(PersonRoleIssue(.name, "directory.person.gone"))
        }
        return issues
    }

    /// Adds a role (`affiliationID` nil) or updates one. A new role with no `personID` creates the
    /// person; with one, the person's e-mail and phone are filled in where they were empty.
    /// Editing a role also saves the person's name, e-mail and phone as typed. With `base` (the
    /// draft the edit form opened with) a change or deletion saved meanwhile by another window
    /// throws `RoleConflict` and writes nothing.
    public func saveRole(_ draft: PersonRoleDraft, association: Int64, affiliationID: Int64? = nil,
                         expecting base: PersonRoleDraft? = nil) throws -> PersonRoleSaveResult {
        var issues = try validateRole(draft)
        if affiliationID != nil, draft.personID == nil { issues.append(PersonRoleIssue(.name, "directory.person.gone")) }
        guard issues.isEmpty else { return .refused(issues) }
        let (_, email, phone) = draft.check()
        let name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let now = Timestamp.iso(store.clock.now())
        return try db.write {
            if let affiliationID {
                try RoleConflict.check(id: affiliationID, base: base, stored: try roleDraft(affiliationID)?.draft, mine: draft)
            }
            guard try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", association) == 1 else {
                throw DirectoryEditError.noSuchAssociation
            }
            let personID: Int64
            if let existing = draft.personID {
                personID = existing
                if affiliationID != nil, !name.isEmpty {
                    try db.run("UPDATE people SET name = ?, name_key = ?, email = ?, phone = ?, updated_at = ? WHERE id = ?",
                               name, DirectoryRules.sortKey(name), email, phone, now, existing)
                } else {
                    try db.run("""
                        UPDATE people SET email = CASE WHEN email = '' THEN ? ELSE email END,
                            phone = CASE WHEN phone = '' THEN ? ELSE phone END, updated_at = ? WHERE id = ?
                        """, email, phone, now, existing)
                }
            } else {
                personID = Store.newID()
                try db.run("INSERT INTO people(id, name, name_key, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           personID, name, DirectoryRules.sortKey(name), email, phone, now, now)
            }
            let roleID = affiliationID ?? Store.newID()
            if let affiliationID {
                try db.run("""
                    UPDATE affiliations SET person_id = ?, kind = ?, title = ?, start_on = ?, end_on = ?
                    WHERE id = ? AND association_id = ?
                    """, personID, draft.kind, title, draft.startOn, draft.endOn, affiliationID, association)
                guard db.changes == 1 else { throw DirectoryEditError.noSuchRole }
            } else {
                try db.run("""
                    INSERT INTO affiliations(id, person_id, association_id, kind, title, start_on, end_on, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, roleID, personID, association, draft.kind, title, draft.startOn, draft.endOn, now)
            }
            return .saved(affiliationID: roleID, personID: personID)
        }
    }

    /// Ends a role on `date` (ISO): the person stays in the register and in the history.
    public func endRole(_ affiliationID: Int64, on date: String) throws {
        guard let day = CivilDate(iso: date) else { throw ContactLogError.badDate(date) }
        try db.write {
            guard let r = try db.queryOne("SELECT start_on FROM affiliations WHERE id = ?", affiliationID) else {
                throw DirectoryEditError.noSuchRole
            }
            if let start = r.string("start_on").flatMap(CivilDate.init(iso:)), day < start { throw RoleError.endBeforeStart }
            try db.run("UPDATE affiliations SET end_on = ? WHERE id = ?", day.iso, affiliationID)
        }
    }

    /// The role form's starting values.
    public func roleDraft(_ affiliationID: Int64) throws -> (association: Int64, draft: PersonRoleDraft)? {
        guard let r = try db.queryOne("""
            SELECT f.association_id, f.person_id, f.kind, f.title, f.start_on, f.end_on, p.name, p.email, p.phone
            FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.id = ?
            """, affiliationID), let association = r.int64("association_id") else { return nil }
        var d = PersonRoleDraft()
        d.personID = r.int64("person_id")
        d.name = r.string("name") ?? ""
        d.email = r.string("email") ?? ""
        d.phone = r.string("phone") ?? ""
        d.kind = r.string("kind") ?? "member"
        d.title = r.string("title") ?? ""
        d.startOn = r.string("start_on")
        d.endOn = r.string("end_on")
        return (association, d)
    }
}

public enum RoleError: Error, Equatable, Sendable {
    case endBeforeStart

    public func message(_ language: Language) -> String { L(language)["directory.person.end_before_start"] }
}
