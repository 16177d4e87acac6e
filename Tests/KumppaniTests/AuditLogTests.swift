import XCTest
@testable import Kumppani

/// Issue 8, point 6: decisions, payments, recoveries and approved minutes keep an append-only
/// history with the operating-system user, the time and what changed.
final class AuditLogTests: XCTestCase {
    /// A decided, paid and reclaimed grant of 800 € out of 1 000 € asked.
    func reclaimedGrant() throws -> (GrantsFixture, application: Int64, payment: Int64, recovery: Int64) {
        let f = try GrantsFixture()
        let body = try f.body()
        let association = try f.association("Kylän Yhdistys ry")
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: association, requested: 1_000_00)
        try f.decide(app, 800_00, body: body, requested: 1_000_00)
        let payment = try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 500_00,
                                              reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        let recovery = try f.grants.addRecovery(applicationID: app, amountCents: 200_00, reason: "Leiri peruttiin, Aino Aallon ilmoitus",
                                                decidedOn: f.today)
        return (f, app, payment, recovery)
    }

    func testDecisionPaymentAndRecoveryAreRecordedWithUserTimeAndValues() throws {
        let (f, app, payment, recovery) = try reclaimedGrant()
        let entries = try AuditLog.entries(in: f.db)
        XCTAssertEqual(entries.map { "\($0.entity) \($0.action)" }, ["decision insert", "payment insert", "recovery insert"])
        XCTAssertEqual(Set(entries.map(\.osUser)), ["koordinaattori"])
        XCTAssertEqual(Set(entries.map(\.at)), ["2026-11-23T10:00:00.000Z"], "the store's clock, not the machine's")
        XCTAssertEqual(Set(entries.compactMap(\.applicationID)), [app])
        XCTAssertEqual(entries[1].entityID, payment)
        XCTAssertEqual(entries[2].entityID, recovery)

        let lines = entries.map { AuditFormat.line($0, .fi) }
        let fi = { (cents: Int64) in Money(cents: cents).formatted(.fi) }
        XCTAssertEqual(lines[0], "23.11.2026 12.00  koordinaattori  Päätös kirjattu: Kylän Yhdistys ry, Yleisavustukset 2026 — "
                       + "tulos: Myönnetty osittain; myönnetty: \(fi(800_00)); päätöspäivä: 20.11.2026; pykälä: § 12")
        XCTAssertEqual(lines[1], "23.11.2026 12.00  koordinaattori  Maksu kirjattu: Kylän Yhdistys ry, Yleisavustukset 2026 — "
                       + "maksupäivä: 23.11.2026; summa: \(fi(500_00)); viitenumero: 12345672; tili: FI2112345600000785")
        XCTAssertEqual(lines[2], "23.11.2026 12.00  koordinaattori  Takaisinperintä kirjattu: Kylän Yhdistys ry, Yleisavustukset 2026 — "
                       + "summa: \(fi(200_00)); päätöspäivä: 23.11.2026")
        XCTAssertFalse(lines.joined().contains("Aino"), "free text (here a person's name) is never copied into the trail")
    }

    func testCorrectionsAndSettlingShowWhatChanged() throws {
        let (f, app, payment, recovery) = try reclaimedGrant()
        try f.grants.correctDecision(applicationID: app, f.decision(.partlyGranted, 700_00, body: try f.body("Lautakunta")), reason: "Laskuvirhe")
        try f.grants.correctPayment(paymentID: payment, correctAmountCents: 450_00, reason: "Väärä summa", on: f.today)
        try f.grants.settleRecovery(id: recovery, on: CivilDate(iso: "2026-12-01")!)
        let entries = try AuditLog.entries(in: f.db, applicationID: app)
        let last = entries.suffix(3).map { AuditFormat.what($0, .en) + " | " + AuditFormat.changes($0, .en) }
        XCTAssertEqual(last[0], "Decision corrected: Kylän Yhdistys ry, Yleisavustukset 2026 | outcome: Partly granted; "
                       + "granted: \(Money(cents: 700_00).formatted(.en)); decided on: 2026-11-20; section: § 12")
        XCTAssertEqual(last[1], "Payment corrected: Kylän Yhdistys ry, Yleisavustukset 2026 | paid on: 2026-11-23; "
                       + "amount: \(Money(cents: -50_00).formatted(.en)); reference: 12345672; account: FI2112345600000785")
        XCTAssertEqual(last[2], "Recovery changed: Kylän Yhdistys ry, Yleisavustukset 2026 | settled on: – → 2026-12-01")
        XCTAssertEqual(entries.suffix(3).map(\.osUser), ["koordinaattori", "koordinaattori", "koordinaattori"])
    }

    func testApprovedMinutesAndAmendmentsAreRecorded() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", place: "Lahti")
        try f.meetings.startMeeting(m)
        try f.meetings.endMeeting(m)
        try f.meetings.setStatus(meetingID: m, to: .checked)
        XCTAssertEqual(try AuditLog.entries(in: f.store.database), [], "drafts and checking are not in the trail")
        f.clock.advance(minutes: 65)
        try f.meetings.setStatus(meetingID: m, to: .approved)
        f.clock.advance(minutes: 10)
        try f.meetings.amend(meetingID: m, reason: "Kirjoitusvirhe", text: "Paikka oli Heinola.", osUser: "sihteeri")

        let entries = try AuditLog.entries(in: f.store.database)
        XCTAssertEqual(entries.count, 2)
        let number = try XCTUnwrap(f.store.database.scalarInt("SELECT number FROM meetings WHERE id = ?", m))
        XCTAssertEqual(AuditFormat.line(entries[0], .fi),
                       "23.11.2026 15.05  \(OSUser.current())  Pöytäkirja hyväksytty: Päijät-Hämeen kumppanuuspöytä \(number)/2026 — "
                       + "kokous: \(number)/2026; kokouspäivä: 23.11.2026; tila: tarkastettu → hyväksytty")
        XCTAssertEqual(AuditFormat.line(entries[1], .fi),
                       "23.11.2026 15.15  sihteeri  Pöytäkirjaa oikaistu: Päijät-Hämeen kumppanuuspöytä \(number)/2026 — kokous: \(number)/2026")
        XCTAssertEqual(entries.map(\.meetingID), [m, m])
        XCTAssertFalse(entries[1].summary.contains("Heinola"), "the amendment's text stays in the minutes only")
    }

    func testTheAuditLogCannotBeChangedOrDeleted() throws {
        let (f, _, _, _) = try reclaimedGrant()
        let before = try AuditLog.entries(in: f.db)
        for sql in ["UPDATE audit_log SET os_user = 'joku muu'", "DELETE FROM audit_log", "UPDATE audit_log SET summary = '' WHERE id = \(before[0].id)"] {
            XCTAssertThrowsError(try f.db.write { try f.db.run(sql) }, sql) { error in
                XCTAssertTrue((error as? DatabaseError)?.message.contains("audit log is append-only") ?? false, "\(error)")
            }
        }
        XCTAssertEqual(try AuditLog.entries(in: f.db), before)
    }

    func testAChangeOutsideTheStoresIsRecordedWithoutAUser() throws {
        let (f, _, payment, _) = try reclaimedGrant()
        try f.db.write { try f.db.run("UPDATE grant_payments SET amount_cents = 1 WHERE id = ?", payment) }
        try f.db.write { try f.db.run("DELETE FROM grant_recoveries") }
        let entries = try AuditLog.entries(in: f.db).suffix(2)
        XCTAssertEqual(entries.map(\.osUser), [nil, nil], "never attributed to whoever wrote last")
        XCTAssertEqual(entries.map { AuditFormat.what($0, .fi).components(separatedBy: ":")[0] }, ["Maksuriviä muutettu", "Takaisinperintä poistettu"])
        XCTAssertEqual(AuditFormat.changes(entries.first!, .fi), "summa: \(Money(cents: 500_00).formatted(.fi)) → \(Money(cents: 1).formatted(.fi))")
        XCTAssertTrue(AuditFormat.line(entries.first!, .fi).contains("  (käyttäjä ei tiedossa)  "))
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM audit_session"), 0, "the session row never outlives its transaction")
    }

    func testARolledBackChangeLeavesNoEntry() throws {
        let (f, app, _, _) = try reclaimedGrant()
        let before = try AuditLog.entries(in: f.db)
        // More than was paid: refused, and nothing of it may remain in the trail.
        XCTAssertThrowsError(try f.grants.addRecovery(applicationID: app, amountCents: 10_000_00, reason: "liikaa"))
        XCTAssertEqual(try AuditLog.entries(in: f.db), before)
    }

    func testSinceCountsFromMidnightInHelsinki() throws {
        let f = try GrantsFixture()
        let app = try f.application(round: try f.round(), association: try f.association("A ry"), requested: 100_00)
        // 31.10. 22.30 UTC is already 1.11. 00.30 in Helsinki (UTC+2).
        for at in ["2026-10-31T21:59:00.000Z", "2026-10-31T22:30:00.000Z", "2026-11-02T08:00:00.000Z"] {
            try AuditSession.write(on: f.db, osUser: "testi", at: UTCTimestamp.parse(at)) {
                try f.db.run("""
                    INSERT INTO grant_recoveries(id, application_id, amount_cents, reason, created_at) VALUES (?, ?, 100, 'x', 'x')
                    """, Store.newID(), app)
            }
        }
        XCTAssertEqual(try AuditLog.entries(in: f.db).count, 3)
        XCTAssertEqual(try AuditLog.entries(in: f.db, since: CivilDate(iso: "2026-11-01")).map(\.at),
                       ["2026-10-31T22:30:00.000Z", "2026-11-02T08:00:00.000Z"])
        XCTAssertEqual(try AuditLog.entries(in: f.db, since: CivilDate(iso: "2026-11-03")), [])
    }

    func testADatabaseAtVersion4MigratesWithItsExistingRecordsInTheTrail() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v4.sqlite").path
        let decisionID = Store.newID(), meetingID = Store.newID()
        do {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            let db = try Database(path: path)
            try Store.configure(db, readOnly: false)
            try db.execute("PRAGMA application_id = \(Store.applicationID)")
            try FinnishCollation.register(on: db)
            for migration in Migrations.all where migration.version <= 4 {
                try db.write { try migration.apply(db); try db.execute("PRAGMA user_version = \(migration.version)") }
            }
            try db.write {
                let association = Store.newID(), round = Store.newID(), app = Store.newID(), body = Store.newID()
                try db.run("INSERT INTO associations(id, name, name_key, created_at, updated_at) VALUES (?, 'Vanha ry', 'vanha ry', 'x', 'x')", association)
                try db.run("""
                    INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at)
                    VALUES (?, 'Haku 2025', 2025, 'general', 100000, 'x', 'x')
                    """, round)
                try db.run("""
                    INSERT INTO grant_applications(id, round_id, association_id, requested_cents, stage, created_at, updated_at)
                    VALUES (?, ?, ?, 50000, 'decided', 'x', 'x')
                    """, app, round, association)
                try db.run("""
                    INSERT INTO grant_decisions(id, application_id, outcome, granted_cents, decided_on, created_at, created_by)
                    VALUES (?, ?, 'granted', 50000, '2025-03-01', '2025-03-01T10:00:00.000Z', 'vanhakoordinaattori')
                    """, decisionID, app)
                try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Aluehallitus', 'regional_board', 'x', 'x')", body)
                try db.run("""
                    INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at)
                    VALUES (?, ?, 3, 2025, '2025-03-01', 'approved', 'x', '2025-03-10T08:00:00.000Z')
                    """, meetingID, body)
            }
        }
        let store = try Store.open(path: path, clock: FixedClock(UTCTimestamp.parse("2026-11-23T10:00:00.000Z")!))
        XCTAssertEqual(store.schemaVersion, Migrations.latestVersion, "migrated through 5 and every later version")
        let entries = try AuditLog.entries(in: store.database)
        XCTAssertEqual(entries.map { AuditFormat.line($0, .fi) }, [
            "1.3.2025 12.00  vanhakoordinaattori  Päätös kirjattu: Vanha ry, Haku 2025 — tulos: Myönnetty; "
                + "myönnetty: \(Money(cents: 50000).formatted(.fi)); päätöspäivä: 1.3.2025",
            "10.3.2025 10.00  (käyttäjä ei tiedossa)  Pöytäkirja hyväksytty: Aluehallitus 3/2025 — kokous: 3/2025; "
                + "kokouspäivä: 1.3.2025; tila: hyväksytty",
        ])
        XCTAssertEqual(entries.map(\.entityID), [decisionID, meetingID])
        // And the triggers work on the migrated file.
        try store.database.write { try store.database.run("UPDATE grant_decisions SET granted_cents = 40000 WHERE id = ?", decisionID) }
        XCTAssertEqual(try AuditLog.entries(in: store.database).count, 3)
    }
}
