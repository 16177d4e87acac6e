import XCTest
@testable import Kumppani

final class DirectoryEditTests: XCTestCase {
    func draft(_ name: String, _ mutate: (inout AssociationDraft) -> Void = { _ in }) -> AssociationDraft {
        var d = AssociationDraft()
        d.name = name
        d.municipality = "Lahti"
        mutate(&d)
        return d
    }

    func testInvalidYTunnusIsRefusedWithAMessageNextToTheField() throws {
        let f = try DirectoryFixture()
        guard case .refused(let v) = try f.directory.save(draft("Uusi ry") { $0.businessID = "1234567-2" }) else {
            return XCTFail("saved with a wrong check digit")
        }
        XCTAssertEqual(v.issues(for: .businessID).map { $0.message(.fi) },
                       ["Tarkistusmerkki ei täsmää: tarkista numerot."])
        XCTAssertEqual(v.issues(for: .businessID).first?.message(.en), "The check digit does not match: check the digits.")
        XCTAssertEqual(try f.directory.count(DirectoryQuery()), 0)

        let shapes = try f.directory.validate(draft("Uusi ry") { $0.businessID = "12-34" })
        XCTAssertEqual(shapes.issues(for: .businessID).first?.key, "directory.field.business_id_shape")
        let ok = try f.directory.validate(draft("Uusi ry") { $0.businessID = "12345671" })
        XCTAssertFalse(ok.hasErrors)
        XCTAssertEqual(ok.normalizedBusinessID, "1234567-1")
    }

    func testDuplicateYTunnusIsRefusedNamingTheExistingAssociation() throws {
        let f = try DirectoryFixture()
        let first = try f.add("Hollolan Kyläyhdistys ry", businessID: "0737546-2")
        guard case .refused(let v) = try f.directory.save(draft("Toinen ry") { $0.businessID = "0737546-2" }) else {
            return XCTFail("the same Y-tunnus twice was saved")
        }
        XCTAssertEqual(v.issues(for: .businessID).first?.message(.fi),
                       "Jo käytössä: ”Hollolan Kyläyhdistys ry”.")
        // Editing the association that has it is fine.
        guard case .saved = try f.directory.save(draft("Hollolan Kyläyhdistys ry") { $0.businessID = "0737546-2"; $0.city = "Hollola" },
                                                 id: first) else { return XCTFail("own Y-tunnus refused") }
        XCTAssertEqual(try f.directory.association(first)?.city, "Hollola")
    }

    func testSimilarNameInTheSameMunicipalityWarnsButAnotherMunicipalityDoesNot() throws {
        let f = try DirectoryFixture()
        try f.add("Lahden Omaishoitajat ry")
        let v = try f.directory.validate(draft("Lahden omaishoitajat r.y."))
        XCTAssertFalse(v.hasErrors)
        XCTAssertEqual(v.issues(for: .name).first?.severity, .warning)
        XCTAssertTrue(v.issues(for: .name).first?.message(.en).contains("“Lahden Omaishoitajat ry”") ?? false)
        XCTAssertEqual(try f.directory.validate(draft("Lahden Omaishoitajt ry")).issues(for: .name).count, 1, "one letter off")
        XCTAssertEqual(try f.directory.validate(draft("Lahden Omaishoitajat ry") { $0.municipality = "Heinola" }).issues.count, 0)
        XCTAssertEqual(try f.directory.validate(draft("Lahden Partiolaiset ry")).issues.count, 0)
        guard case .refused = try f.directory.save(draft("Lahden omaishoitajat r.y."), acceptWarnings: false) else {
            return XCTFail("a warning was not shown first")
        }
        guard case .saved(_, let warnings) = try f.directory.save(draft("Lahden omaishoitajat r.y."), acceptWarnings: true) else {
            return XCTFail("a confirmed save was refused")
        }
        XCTAssertEqual(warnings.count, 1)
    }

    func testContactFieldsAreCheckedAndNormalised() throws {
        let f = try DirectoryFixture()
        let v = try f.directory.validate(draft("Uusi ry") {
            $0.email = "toimisto@@esimerkki"; $0.phone = "abc"; $0.municipality = "Lahtti"; $0.postalCode = "1511"; $0.foundedYear = "19x"
        })
        XCTAssertEqual(Set(v.issues.map(\.field)), [.email, .phone, .municipality, .postalCode, .foundedYear])
        XCTAssertEqual(v.issues(for: .municipality).first?.message(.fi), "Kuntaa ”Lahtti” ei löydy virallisesta kuntaluettelosta.")
        guard case .saved(let id, _) = try f.directory.save(draft("Uusi ry") {
            $0.phone = "040 123 4567"; $0.municipality = "Borgå"; $0.website = "uusi.fi"; $0.email = "info@uusi.fi"
        }) else { return XCTFail("valid draft refused") }
        let saved = try XCTUnwrap(try f.directory.association(id))
        XCTAssertEqual(saved.phone, "+358 40 1234567")
        XCTAssertEqual(saved.municipalityCode, "638")
        XCTAssertEqual(saved.website, "https://uusi.fi")
    }

    func testDeleteWithoutGrantsDeletesAndWithGrantsDissolves() throws {
        let f = try DirectoryFixture()
        let plain = try f.add("Poistettava ry")
        let funded = try f.add("Avustettu ry")
        try f.grant(funded, stage: "paid", granted: 300_000)
        XCTAssertEqual(try f.directory.deleteOrDissolve(plain), .deleted(name: "Poistettava ry"))
        XCTAssertNil(try f.directory.association(plain))
        let outcome = try f.directory.deleteOrDissolve(funded)
        XCTAssertEqual(outcome, .dissolved(name: "Avustettu ry", grants: 1))
        XCTAssertTrue(outcome.message(.fi).contains("ei poistettu, koska sillä on avustuksia"))
        XCTAssertEqual(try f.directory.association(funded)?.status, .dissolved)
        XCTAssertEqual(try f.directory.grantCount(of: funded), 1)
    }

    func testMergeMovesEverythingToTheKeptAssociation() throws {
        let f = try DirectoryFixture()
        let keep = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola")
        let dup = try f.add("Heinolan Omaishoitajat r.y.", municipality: "Heinola", businessID: "2345678-0")
        try f.activity(dup, "Vertaisryhmä")
        try f.person("Liisa Laine", in: dup, kind: "contact")
        try f.directory.addContact(to: dup, ContactLogDraft(kind: .call, note: "Soitto"))
        try f.grant(dup)
        let summary = try f.directory.merge(keep: keep, remove: dup)
        XCTAssertEqual(summary.message(.en),
                       "“Heinolan Omaishoitajat r.y.” was merged into “Heinolan Omaishoitajat ry”: moved 1 people, 1 activities, 1 contact-log entries and 1 grants.")
        XCTAssertNil(try f.directory.association(dup))
        let detail = try XCTUnwrap(try f.directory.detail(keep))
        XCTAssertEqual(detail.association.businessID, "2345678-0")
        XCTAssertEqual(detail.activities.map(\.title), ["Vertaisryhmä"])
        XCTAssertEqual(detail.contacts.map(\.name), ["Liisa Laine"])
        XCTAssertEqual(detail.contactLog.map(\.note), ["Soitto"])
        XCTAssertEqual(detail.grants.count, 1)
        XCTAssertEqual(try f.names(search: "vertais"), ["Heinolan Omaishoitajat ry"], "the search index follows the move")
        XCTAssertThrowsError(try f.directory.merge(keep: keep, remove: keep))
    }

    func testContactLogWithFollowUpBecomesDueAndIsHighlighted() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Seurattava ry")
        let entry = try f.directory.addContact(to: id, ContactLogDraft(kind: .meeting, note: "Hakuneuvonta", followUpOn: "2026-11-30"))
        XCTAssertEqual(entry.contactedOn, "2026-11-23", "today by default")
        XCTAssertEqual(try f.directory.rows(DirectoryQuery(), offset: 0, limit: 5).first?.followUpDue, false)
        XCTAssertEqual(try f.directory.dueFollowUps(), [])

        // Same data seen a week later: the follow-up is now due.
        let laterView = DirectoryStore(store: Store(database: f.store.database, path: ":memory:",
                                                     clock: FixedClock(DirectoryFixture.now.addingTimeInterval(8 * 86400))))
        XCTAssertEqual(laterView.today, "2026-12-01")
        XCTAssertEqual(try laterView.rows(DirectoryQuery(), offset: 0, limit: 5).first?.followUpDue, true)
        XCTAssertEqual(try laterView.dueFollowUps().map(\.associationName), ["Seurattava ry"])
        XCTAssertEqual(try laterView.detail(id)?.followUpsDue(today: laterView.today).map(\.note), ["Hakuneuvonta"])
        try laterView.markFollowUpDone(entryID: entry.id)
        XCTAssertEqual(try laterView.dueFollowUps(), [])

        XCTAssertThrowsError(try f.directory.addContact(to: id, ContactLogDraft(contactedOn: "2026-02-30"))) {
            XCTAssertEqual(($0 as? ContactLogError)?.message(.en), "“2026-02-30” is not a date. Type for example 2026-11-23 or +7.")
        }
        XCTAssertThrowsError(try f.directory.addContact(to: id, ContactLogDraft(followUpOn: "2026-11-01")))
    }

    func testDetailHasEverySection() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Kaikkea ry", targetGroups: ["older_people"])
        try f.activity(id, "Muistikahvila", kind: "peer_group", groups: ["older_people"], places: ["398"])
        try f.person("Pekka Puheenjohtaja", in: id, kind: "board_chair")
        try f.person("Kaisa Yhteys", in: id, kind: "contact", phone: "+358 40 1112223")
        try f.grant(id, stage: "decided", requested: 500_000, granted: 250_000)
        let body = Store.newID(), meeting = Store.newID(), item = Store.newID()
        try f.db.write {
            try f.db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Järjestöneuvottelukunta', 'ngo_advisory_board', 'x', 'x')", body)
            try f.db.run("INSERT INTO meetings(id, body_id, number, year, held_on, created_at, updated_at) VALUES (?, ?, 3, 2026, '2026-10-05', 'x', 'x')", meeting, body)
            try f.db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, 5, 27, 'Kumppanuussopimus', 'x', 'x')", item, meeting)
            try f.db.run("INSERT INTO item_associations(item_id, association_id) VALUES (?, ?)", item, id)
        }
        let d = try XCTUnwrap(try f.directory.detail(id))
        XCTAssertEqual(d.municipality?.nameFI, "Lahti")
        XCTAssertEqual(d.targetGroups.map { $0.label(.fi) }, ["Ikääntyneet"])
        XCTAssertEqual(d.people.map(\.name), ["Kaisa Yhteys", "Pekka Puheenjohtaja"], "contacts first")
        XCTAssertEqual(d.people.last?.kindLabel(.fi), "hallituksen puheenjohtaja")
        XCTAssertEqual(d.activities.first?.municipalities, ["Lahti"])
        XCTAssertEqual(d.activities.first?.targetGroups.map(\.code), ["older_people"])
        XCTAssertEqual(d.grants.first?.grantedCents, 250_000)
        XCTAssertEqual(d.grants.first?.stageLabel(.fi), "päätetty")
        XCTAssertEqual(d.meetingItems.map(\.sectionNumber), [27])
        XCTAssertEqual(d.meetingItems.first?.bodyName, "Järjestöneuvottelukunta")
    }

    func testMunicipalitiesHaveFinnishSortKeys() throws {
        let f = try DirectoryFixture()
        let ordered = try f.db.query("SELECT name_fi FROM municipalities ORDER BY name_key").compactMap { $0.string("name_fi") }
        XCTAssertEqual(ordered.count, 308)
        XCTAssertEqual(ordered.last, "Äänekoski")
        XCTAssertLessThan(ordered.firstIndex(of: "Ylöjärvi") ?? 999, ordered.firstIndex(of: "Ähtäri") ?? -1)
    }
}
