import Foundation
import XCTest
@testable import Kumppani

/// Personal data (issue 8, point 5): `person export` shows everything about a person,
/// `person erase` removes them, and afterwards the database file's bytes (and its WAL) no
/// longer hold the name or the e-mail. Files that hold personal data are created 0600.
final class PersonPrivacyTests: XCTestCase {
    static let name = "Kyllikki Zyxönen"
    static let email = "Kyllikki.Zyxonen@Esimerkki.fi"
    static let marker = L(.fi)["privacy.marker"]

    /// A database file in a fresh folder: one association with the person as its chair, a second
    /// person who stays, a body, approved minutes that name the person, an action, log entries.
    struct Fixture {
        let folder: URL
        let path: String
        var store: Store?
        var ids: [String: Int64] = [:]

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-privacy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("kumppani.sqlite").path
            let store = try Store.open(path: path, clock: FixedClock(Date(timeIntervalSince1970: 1_795_000_000)))
            self.store = store
            let db = store.database
            var ids: [String: Int64] = [:]
            for key in ["assoc", "p", "q", "body", "meeting", "item", "other_item", "action", "log_p", "log_q", "round", "app", "activity"] {
                ids[key] = Store.newID()
            }
            let now = "2026-11-23T10:00:00.000Z"
            let grantType = try db.scalarString("SELECT code FROM categories WHERE list = 'grant_type' ORDER BY code LIMIT 1") ?? ""
            try db.write {
                try db.run("INSERT INTO associations(id, name, name_key, email, description, created_at, updated_at) VALUES (?, 'Kylätalo ry', 'kylätalo ry', ?, 'Kylän yhteinen talo.', ?, ?)",
                           ids["assoc"], PersonPrivacyTests.email, now, now)
                try db.run("INSERT INTO people(id, name, name_key, email, phone, notes, created_at, updated_at) VALUES (?, ?, ?, ?, '040 765 4321', 'Tavoittaa parhaiten aamulla.', ?, ?)",
                           ids["p"], PersonPrivacyTests.name, FinnishCollation.sortKey(PersonPrivacyTests.name), PersonPrivacyTests.email, now, now)
                try db.run("INSERT INTO people(id, name, name_key, email, created_at, updated_at) VALUES (?, 'Aino Aalto', 'aino aalto', 'aino.aalto@esimerkki.fi', ?, ?)",
                           ids["q"], now, now)
                try db.run("INSERT INTO affiliations(id, person_id, association_id, kind, title, start_on, created_at) VALUES (?, ?, ?, 'board_chair', 'puheenjohtaja', '2024-01-01', ?)",
                           Store.newID(), ids["p"], ids["assoc"], now)
                try db.run("INSERT INTO affiliations(id, person_id, association_id, kind, created_at) VALUES (?, ?, ?, 'board_member', ?)",
                           Store.newID(), ids["q"], ids["assoc"], now)
                try db.run("INSERT INTO activities(id, association_id, title, contact_person_id, contact_text, created_at, updated_at) VALUES (?, ?, 'Lukupiiri', ?, ?, ?, ?)",
                           ids["activity"], ids["assoc"], ids["p"], "Kysy: \(PersonPrivacyTests.email.lowercased())", now, now)
                try db.run("INSERT INTO contact_log(id, association_id, contacted_on, kind, note, person_id, created_at) VALUES (?, ?, '2026-10-01', 'call', 'Sovittiin tapaaminen.', ?, ?)",
                           ids["log_p"], ids["assoc"], ids["p"], now)
                try db.run("INSERT INTO contact_log(id, association_id, contacted_on, kind, note, person_id, created_at) VALUES (?, ?, '2026-10-02', 'email', ?, ?, ?)",
                           ids["log_q"], ids["assoc"], "Aino välittää viestin: kyllikki zyxönen on lomalla.", ids["q"], now)
                try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Kumppanuuspöytä', 'partnership_table', ?, ?)",
                           ids["body"], now, now)
                try db.run("INSERT INTO members(id, body_id, person_id, role, represents, created_at) VALUES (?, ?, ?, 'member', 'Kylätalo ry', ?)",
                           Store.newID(), ids["body"], ids["p"], now)
                try db.run("INSERT INTO members(id, body_id, person_id, role, created_at) VALUES (?, ?, ?, 'chair', ?)",
                           Store.newID(), ids["body"], ids["q"], now)
                try db.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, chair_person_id, secretary_person_id, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-02', 'approved', ?, ?, ?, ?)",
                           ids["meeting"], ids["body"], ids["q"], ids["p"], now, now)
                try db.run("INSERT INTO attendance(id, meeting_id, person_id) VALUES (?, ?, ?)", Store.newID(), ids["meeting"], ids["p"])
                try db.run("INSERT INTO attendance(id, meeting_id, person_id) VALUES (?, ?, ?)", Store.newID(), ids["meeting"], ids["q"])
                try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, discussion, decision, created_at, updated_at) VALUES (?, ?, 1, 1, 'Kylätalon hanke', ?, 'Merkittiin tiedoksi.', ?, ?)",
                           ids["item"], ids["meeting"], "\(PersonPrivacyTests.name) esitteli hankkeen (\(PersonPrivacyTests.email)).", now, now)
                try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, decision, created_at, updated_at) VALUES (?, ?, 2, 2, 'Pöytäkirjantarkastajat', ?, ?, ?)",
                           ids["other_item"], ids["meeting"], "Tarkastajiksi valittiin Aino Aalto ja ZYXÖNEN KYLLIKKI.", now, now)
                try db.run("INSERT INTO item_disqualifications(item_id, person_id, reason) VALUES (?, ?, 'hallituksen puheenjohtaja')", ids["item"], ids["p"])
                try db.run("INSERT INTO actions(id, body_id, meeting_id, item_id, text, owner_person_id, owner_text, due_on, created_at, updated_at) VALUES (?, ?, ?, ?, 'Selvitä tilavuokrat', ?, ?, '2026-12-15', ?, ?)",
                           ids["action"], ids["body"], ids["meeting"], ids["item"], ids["p"], PersonPrivacyTests.name, now, now)
                try db.run("INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at) VALUES (?, 'Yleisavustus 2026', 2026, ?, 1000000, ?, ?)",
                           ids["round"], grantType, now, now)
                try db.run("INSERT INTO grant_applications(id, round_id, association_id, requested_cents, purpose, created_at, updated_at) VALUES (?, ?, ?, 50000, ?, ?, ?)",
                           ids["app"], ids["round"], ids["assoc"], "Yhteyshenkilö \(PersonPrivacyTests.name), puh. 040 765 4321", now, now)
            }
            self.ids = ids
        }

        var db: Database { store!.database }
        func id(_ key: String) -> Int64 { ids[key] ?? -1 }

        /// Closes the connection (the last one, so SQLite checkpoints and removes the WAL).
        mutating func close() { store = nil }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        /// The raw bytes of the database file and of its -wal file when one exists.
        func fileBytes() throws -> [(String, Data)] {
            var out: [(String, Data)] = [("db", try Data(contentsOf: URL(fileURLWithPath: path)))]
            if FileManager.default.fileExists(atPath: path + "-wal") {
                out.append(("wal", try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))))
            }
            return out
        }
    }

    /// The name and e-mail as stored, lower- and upper-case, and the folded index words.
    static var needles: [String] {
        [name, name.lowercased(), name.uppercased(), "Zyxönen Kyllikki", "zyxönen", "zyxonen",
         email, email.lowercased(), email.uppercased(), "040 765 4321"]
    }

    static func occurrences(in files: [(String, Data)]) -> [String] {
        var found: [String] = []
        for (label, bytes) in files {
            for needle in needles where bytes.range(of: Data(needle.utf8)) != nil { found.append("\(label): \(needle)") }
        }
        return found
    }

    func erase(_ f: Fixture) throws -> PersonErasure.Report {
        let found = try PersonLookup.find(Self.email.uppercased(), in: f.db)
        XCTAssertEqual(found.people.map(\.id), [f.id("p")])
        return try PersonErasure.erase(found.people, marker: Self.marker, in: f.db)
    }

    // MARK: Export

    func testExportListsRolesMembershipsLogsActionsMinutesAndMentions() throws {
        let f = try Fixture()
        defer { f.remove() }
        let found = try PersonLookup.find("  kyllikki   ZYXÖNEN ", in: f.db)
        XCTAssertEqual(found.matchedBy, .name)
        let text = try PersonExport.build(found, in: f.db).text
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(json["ambiguous"] as? Bool, false)
        let person = try XCTUnwrap((json["people"] as? [[String: Any]])?.first)
        XCTAssertEqual((person["person"] as? [String: Any])?["email"] as? String, Self.email)
        let roles = try XCTUnwrap(person["association_roles"] as? [[String: Any]])
        XCTAssertEqual(roles.map { "\($0["association"] ?? "") \($0["role"] ?? "") \($0["start_on"] ?? "")" }, ["Kylätalo ry board_chair 2024-01-01"])
        XCTAssertEqual((person["body_memberships"] as? [[String: Any]])?.map { $0["body"] as? String }, ["Kumppanuuspöytä"])
        XCTAssertEqual((person["contact_log"] as? [[String: Any]])?.map { $0["note"] as? String }, ["Sovittiin tapaaminen."])
        XCTAssertEqual((person["actions"] as? [[String: Any]])?.map { $0["text"] as? String }, ["Selvitä tilavuokrat"])
        XCTAssertEqual((person["meeting_roles"] as? [[String: Any]])?.map { $0["role"] as? String }, ["secretary"])
        XCTAssertEqual((person["attendance"] as? [[String: Any]])?.count, 1)
        XCTAssertEqual((person["disqualifications"] as? [[String: Any]])?.map { $0["reason"] as? String }, ["hallituksen puheenjohtaja"])
        XCTAssertEqual((person["activity_contacts"] as? [[String: Any]])?.map { $0["activity"] as? String }, ["Lukupiiri"])
        let mentions = try XCTUnwrap(person["mentions"] as? [[String: Any]]).map { "\($0["table"] ?? "").\($0["column"] ?? "")" }
        for place in ["agenda_items.discussion", "agenda_items.decision", "contact_log.note", "grant_applications.purpose",
                      "associations.email", "activities.contact_text", "actions.owner_text"] {
            XCTAssertTrue(mentions.contains(place), "export misses \(place): \(mentions)")
        }
        XCTAssertTrue(text.contains("Tarkastajiksi valittiin Aino Aalto ja ZYXÖNEN KYLLIKKI."))
        XCTAssertFalse(text.contains("aino.aalto@esimerkki.fi"), "the other person's record is not exported")
    }

    func testSameNameOnSeveralRecordsIsAmbiguousAndEveryRecordIsListed() throws {
        let f = try Fixture()
        defer { f.remove() }
        let other = Store.newID()
        try f.db.write {
            try f.db.run("INSERT INTO people(id, name, name_key, email, created_at, updated_at) VALUES (?, 'KYLLIKKI  Zyxönen', 'x', 'toinen@esimerkki.fi', 'x', 'x')", other)
        }
        let byName = try PersonLookup.find("kyllikki zyxönen", in: f.db)
        XCTAssertTrue(byName.isAmbiguous)
        XCTAssertEqual(Set(byName.people.map(\.id)), [f.id("p"), other])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(PersonExport.build(byName, in: f.db, note: "n").text.utf8)) as? [String: Any])
        XCTAssertEqual(json["ambiguous"] as? Bool, true)
        XCTAssertEqual((json["people"] as? [[String: Any]])?.compactMap { ($0["person"] as? [String: Any])?["id"] as? Int64 }.sorted(),
                       [f.id("p"), other].sorted())
        let byEmail = try PersonLookup.find("kyllikki.zyxonen@esimerkki.FI", in: f.db)
        XCTAssertEqual(byEmail.people.map(\.id), [f.id("p")])
        XCTAssertFalse(byEmail.isAmbiguous)
        XCTAssertEqual(try PersonLookup.find("id:\(other)", in: f.db).people.map(\.email), ["toinen@esimerkki.fi"])
        XCTAssertTrue(try PersonLookup.find("Kyllikki", in: f.db).people.isEmpty, "a first name alone is not a match")
    }

    // MARK: Erase

    func testEraseRemovesTheRowsAndKeepsMinutesItemsWithTheMarker() throws {
        let f = try Fixture()
        defer { f.remove() }
        let report = try erase(f)
        let db = f.db
        XCTAssertEqual(report[.associationRoles], 1)
        XCTAssertEqual(report[.bodyMemberships], 1)
        XCTAssertEqual(report[.contactLogEntries], 1)
        XCTAssertEqual(report[.actionsUnassigned], 1)
        XCTAssertEqual(report[.peopleAnonymized], 1, "approved minutes still point at the person")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM affiliations WHERE person_id = ?", f.id("p")), 0)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM members WHERE person_id = ?", f.id("p")), 0)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM contact_log WHERE id = ?", f.id("log_p")), 0)
        let person = try XCTUnwrap(db.queryOne("SELECT name, email, phone, notes FROM people WHERE id = ?", f.id("p")))
        XCTAssertEqual([person.string("name"), person.string("email"), person.string("phone"), person.string("notes")], [Self.marker, "", "", ""])
        // The action stays, without its owner.
        let action = try XCTUnwrap(db.queryOne("SELECT text, owner_person_id, owner_text FROM actions WHERE id = ?", f.id("action")))
        XCTAssertEqual(action.string("text"), "Selvitä tilavuokrat")
        XCTAssertTrue(action.isNull("owner_person_id"))
        XCTAssertEqual(action.string("owner_text"), Self.marker)
        // Approved minutes keep the items; the name and address inside are the marker now.
        XCTAssertEqual(try db.scalarString("SELECT discussion FROM agenda_items WHERE id = ?", f.id("item")),
                       "\(Self.marker) esitteli hankkeen (\(Self.marker)).")
        XCTAssertEqual(try db.scalarString("SELECT decision FROM agenda_items WHERE id = ?", f.id("other_item")),
                       "Tarkastajiksi valittiin Aino Aalto ja \(Self.marker).")
        XCTAssertEqual(try db.scalarString("SELECT status FROM meetings WHERE id = ?", f.id("meeting")), "approved")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM attendance WHERE meeting_id = ?", f.id("meeting")), 2)
        // ... and they are read-only again afterwards.
        XCTAssertThrowsError(try db.write { try db.run("UPDATE agenda_items SET decision = 'muutettu' WHERE id = ?", f.id("item")) })
        // The other person, and the texts that do not name the erased one, are untouched.
        XCTAssertEqual(try db.scalarString("SELECT name FROM people WHERE id = ?", f.id("q")), "Aino Aalto")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM affiliations WHERE person_id = ?", f.id("q")), 1)
        XCTAssertEqual(try db.scalarString("SELECT note FROM contact_log WHERE id = ?", f.id("log_q")),
                       "Aino välittää viestin: \(Self.marker) on lomalla.")
        XCTAssertEqual(try db.scalarString("SELECT email FROM associations WHERE id = ?", f.id("assoc")), "", "a contact field is cleared")
        XCTAssertEqual(try db.scalarString("SELECT purpose FROM grant_applications WHERE id = ?", f.id("app")),
                       "Yhteyshenkilö \(Self.marker), puh. \(Self.marker)")
        XCTAssertTrue(try db.queryOne("SELECT contact_person_id FROM activities WHERE id = ?", f.id("activity"))?.isNull("contact_person_id") ?? false)
        // The search index no longer finds the name, and is consistent.
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts WHERE association_fts MATCH 'zyxönen'"), 0)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts WHERE association_fts MATCH 'aalto'"), 1)
        XCTAssertEqual(SearchIndex.integrityProblems(on: db), [])
        XCTAssertTrue(try PersonLookup.find(Self.email, in: db).people.isEmpty)
    }

    func testPreviewCountsWhatEraseDoesAndChangesNothing() throws {
        let f = try Fixture()
        defer { f.remove() }
        let people = try PersonLookup.find(Self.name, in: f.db).people
        let preview = try PersonErasure.preview(people, marker: Self.marker, in: f.db)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM affiliations WHERE person_id = ?", f.id("p")), 1)
        XCTAssertEqual(try f.db.scalarString("SELECT name FROM people WHERE id = ?", f.id("p")), Self.name)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%approved_read_only'"), 2)
        let done = try PersonErasure.erase(people, marker: Self.marker, in: f.db)
        XCTAssertEqual(preview.counts, done.counts)
        XCTAssertGreaterThan(done[.textsScrubbed], 5)
    }

    // MARK: The file's bytes

    func testBeforeEraseTheFileBytesDoHoldTheNameAndEmail() throws {
        var f = try Fixture()
        defer { f.remove() }
        f.close()
        let found = Self.occurrences(in: try f.fileBytes())
        XCTAssertTrue(found.contains("db: \(Self.name)"), "the scan must be able to see the name: \(found)")
        XCTAssertTrue(found.contains("db: \(Self.email)"), "the scan must be able to see the e-mail: \(found)")
        XCTAssertTrue(found.contains("db: zyxönen"), "the search index's word for the name: \(found)")
    }

    func testAfterEraseNeitherTheFileNorItsWALHoldsTheNameOrEmail() throws {
        var f = try Fixture()
        defer { f.remove() }
        // A second change after the first commits, so the WAL holds older page images too.
        try f.db.write { try f.db.run("UPDATE people SET title = 'sihteeri' WHERE id = ?", f.id("p")) }
        let report = try erase(f)
        XCTAssertTrue(report.copiesPurged)
        XCTAssertEqual(Self.occurrences(in: try f.fileBytes()), [], "while still open")
        f.close()
        XCTAssertEqual(Self.occurrences(in: try f.fileBytes()), [], "after closing")
    }

    func testAMergesUndoDataLosesTheNameAndEmailToo() throws {
        // A merged-away association whose description named the person: the merge keeps its whole
        // row for undo (issue 16), and the erase must reach that copy as well.
        var f = try Fixture()
        defer { f.remove() }
        let duplicate = Store.newID()
        try f.db.write {
            try f.db.run("INSERT INTO associations(id, name, name_key, description, created_at, updated_at) VALUES (?, 'Kylätalo', 'kylätalo', ?, '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z')",
                         duplicate, "Yhteyshenkilö \(Self.name), \(Self.email)")
        }
        _ = try DirectoryStore(store: f.store!).merge(keep: f.id("assoc"), remove: duplicate, takingFromRemoved: [])
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM association_merges WHERE instr(undo_data, ?) > 0", Self.name), 1)
        _ = try erase(f)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM association_merges WHERE instr(undo_data, ?) > 0 OR instr(lower(undo_data), ?) > 0",
                                          Self.name, Self.email.lowercased()), 0)
        f.close()
        XCTAssertEqual(Self.occurrences(in: try f.fileBytes()), [], "after closing")
    }

    /// A second window holding a read snapshot keeps the WAL from being emptied: the report says
    /// so, and — as the message to the user promises — closing every connection removes the rest.
    func testWithASecondWindowOpenTheCopiesGoWhenEveryWindowCloses() throws {
        var f = try Fixture()
        defer { f.remove() }
        var reader: Database? = try Database(path: f.path)
        try reader?.execute("BEGIN")
        XCTAssertEqual(try reader?.scalarString("SELECT name FROM people WHERE id = ?", f.id("p")), Self.name)
        let report = try erase(f)
        XCTAssertFalse(report.copiesPurged)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM affiliations WHERE person_id = ?", f.id("p")), 0)
        XCTAssertFalse(Self.occurrences(in: try f.fileBytes()).isEmpty, "old page images wait in the WAL")
        try reader?.execute("COMMIT")
        reader = nil
        f.close()
        XCTAssertEqual(Self.occurrences(in: try f.fileBytes()), [])
    }

    // MARK: Mentions

    func testMentionsAreWholeNamesInEitherOrderAndEmailsAnywhereInAnyCase() {
        let p = PersonRecord(id: 1, name: "Matti  Mäki", email: "matti.maki@x.fi", phone: "", title: "", notes: "",
                             createdAt: "", updatedAt: "")
        let m = PersonMentions([p])
        XCTAssertEqual(m.scrub("pj. MATTI MÄKI, siht. Mäki Matti.", marker: "[x]"), "pj. [x], siht. [x].")
        XCTAssertEqual(m.scrub("Matti Mäkinen ja Matti Mäki-Laine", marker: "[x]"), "Matti Mäkinen ja Matti Mäki-Laine")
        XCTAssertEqual(m.scrub("<Matti.Maki@X.fi>; anna.matti.maki@x.fi", marker: "[x]"), "<[x]>; anna.matti.maki@x.fi")
        XCTAssertFalse(m.occur(in: "Mäki"))
    }

    // MARK: File modes

    func testExportsBackupsAndCardsAre0600WhateverTheUmask() throws {
        let f = try Fixture()
        defer { f.remove() }
        let old = umask(0)
        defer { umask(old) }
        let folder = f.folder.path
        let sink = try ExportSink.file(folder + "/all.json")
        try FullExport.write(from: f.db, to: sink)
        try sink.commit()
        try Backup.write(from: f.db, to: folder + "/copy.sqlite")
        try ReferralCard.write("kortti\n", to: folder + "/card.txt")
        try PrivateFile.write("x", toPath: folder + "/exists.txt")
        try PrivateFile.write("y", toPath: folder + "/exists.txt")
        try PrivateFile.makeDirectory(folder + "/a/b")
        func mode(_ p: String) throws -> Int { try XCTUnwrap(FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? Int) }
        for file in ["all.json", "copy.sqlite", "card.txt", "exists.txt", "kumppani.sqlite"] {
            XCTAssertEqual(String(try mode(folder + "/" + file), radix: 8), "600", file)
        }
        XCTAssertEqual(String(try mode(folder + "/a"), radix: 8), "700")
        XCTAssertEqual(String(try mode(folder + "/a/b"), radix: 8), "700")
        XCTAssertEqual(try String(contentsOfFile: folder + "/exists.txt", encoding: .utf8), "y")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("partial") }
        XCTAssertEqual(leftovers, [])
    }
}
