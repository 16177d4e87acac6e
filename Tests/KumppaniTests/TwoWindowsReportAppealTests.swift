import Foundation
import XCTest
@testable import Kumppani

/// Two windows on one file for the use-of-grant report and the appeal: window A loads the
/// record, window B saves a change, A's save with `expecting:` is refused with the differing
/// fields and writes nothing; with the stored version as its base it goes through.
final class TwoWindowsReportAppealTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var a: Store!, b: Store!
    var grantsA: GrantStore!, grantsB: GrantStore!
    var applicationID: Int64 = 0

    /// A decided application for the youth, on a file both windows open with one fixed clock.
    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-two-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        a = try Store.open(path: path, clock: clock)
        b = try Store.open(path: path, clock: clock)
        grantsA = GrantStore(store: a, osUser: "koordinaattori")
        grantsB = GrantStore(store: b, osUser: "koordinaattori")
        var d = AssociationDraft()
        d.name = "Heinolan Nuorisoseura ry"; d.municipality = "Heinola"
        guard case .saved(let association, _) = try DirectoryStore(store: a).save(d) else { throw XCTSkip("fixture not saved") }
        let body = Store.newID()
        try a.database.write {
            try a.database.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Aluehallitus', 'regional_board', 'x', 'x')", body)
            try a.database.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-20', 'minutes_draft', 'x', 'x')", body + 1, body)
            try a.database.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, 1, 12, 'Avustukset', 'x', 'x')", body + 2, body + 1)
        }
        let round = try grantsA.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                       appropriationCents: 10_000_00, decidingBodyID: body,
                                                       reportDueOn: CivilDate(iso: "2027-03-31")))
        applicationID = try grantsA.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Nuorisotila",
                                                                       requestedCents: 4_000_00, reasoning: "Vakiintunut toiminta",
                                                                       proposedCents: 3_000_00, targetGroups: ["youth"]))
        try grantsA.moveForward(applicationID: applicationID)
        try grantsA.moveForward(applicationID: applicationID)
        try grantsA.recordDecision(applicationID: applicationID, DecisionDraft(outcome: .partlyGranted, grantedCents: 3_000_00,
                                                                               decidedOn: CivilDate(iso: "2026-11-20"), bodyID: body, sectionNumber: 12))
        try grantsA.addPayment(applicationID: applicationID, paidOn: CivilDate(iso: "2026-11-23")!, amountCents: 3_000_00,
                              reference: "12345672", iban: "FI21 1234 5600 0007 85")   // a report comes after the payment
    }

    override func tearDownWithError() throws { a = nil; b = nil; grantsA = nil; grantsB = nil; try? FileManager.default.removeItem(at: dir) }

    func storedReport() throws -> GrantReport? { try GrantStore(store: try Store.open(path: path)).report(applicationID: applicationID) }

    // MARK: The report

    func testAStaleReportSaveIsRefusedWritesNothingAndGoesThroughOnTheStoredVersion() throws {
        try grantsA.saveReport(GrantReport(applicationID: applicationID, receivedOn: CivilDate(iso: "2027-01-10"), notes: "Saapui postitse",
                                           figures: [ReportFigure(targetGroupCode: "youth", peopleReached: 40, volunteerHours: 120)]))
        let base = try XCTUnwrap(grantsA.report(applicationID: applicationID))
        var theirs = try XCTUnwrap(grantsB.report(applicationID: applicationID))
        theirs.notes = "Tilintarkastajan lausunto puuttuu"
        theirs.figures = [ReportFigure(targetGroupCode: "youth", peopleReached: 45, volunteerHours: 120)]
        try grantsB.saveReport(theirs, expecting: try grantsB.report(applicationID: applicationID))

        var mine = base
        mine.outcome = .approved
        XCTAssertThrowsError(try grantsA.saveReport(mine, expecting: base)) { error in
            guard let conflict = error as? ReportConflict else { return XCTFail("\(error)") }
            let fields = conflict.fields(.fi)
            XCTAssertEqual(fields.map(\.labelKey), ["grants.field.report_outcome", "grants.field.notes", "grants.field.people:youth"])
            XCTAssertEqual(fields[0].mine, ReportOutcome.approved.label(.fi))
            XCTAssertEqual(fields[1].stored, "Tilintarkastajan lausunto puuttuu")
            XCTAssertEqual(fields[1].mine, "Saapui postitse")
            XCTAssertEqual(fields[2].base, "40")
            XCTAssertEqual(fields[2].stored, "45")
        }
        let after = try XCTUnwrap(storedReport())
        XCTAssertNil(after.outcome, "nothing of A's edit was written")
        XCTAssertEqual(after.notes, "Tilintarkastajan lausunto puuttuu")
        XCTAssertEqual(after.figures.first?.peopleReached, 45)

        // Keep mine: the version shown as the base.
        try grantsA.saveReport(mine, expecting: after)
        let kept = try XCTUnwrap(storedReport())
        XCTAssertEqual(kept.outcome, .approved)
        XCTAssertEqual(kept.notes, "Saapui postitse")
        XCTAssertEqual(kept.figures.first?.peopleReached, 40)
    }

    func testAReportStartedWhenThereWasNoneIsRefusedWhenTheOtherWindowSavedOne() throws {
        let none = GrantReport(applicationID: applicationID)
        try grantsB.saveReport(GrantReport(applicationID: applicationID, receivedOn: CivilDate(iso: "2027-01-10"),
                                           figures: [ReportFigure(targetGroupCode: "youth", peopleReached: 12, volunteerHours: 0)]),
                               expecting: none)
        let mine = GrantReport(applicationID: applicationID, receivedOn: CivilDate(iso: "2027-01-12"), notes: "Sähköpostilla",
                               figures: [ReportFigure(targetGroupCode: "older_people", peopleReached: 7, volunteerHours: 3)])
        XCTAssertThrowsError(try grantsA.saveReport(mine, expecting: none)) { error in
            guard let conflict = error as? ReportConflict else { return XCTFail("\(error)") }
            let byLabel = Dictionary(uniqueKeysWithValues: conflict.fields(.fi).map { ($0.labelKey, $0) })
            // Figures of different groups line up by label, a missing one reading as empty.
            XCTAssertEqual(byLabel["grants.field.people:youth"].map { [$0.base, $0.stored, $0.mine] }, ["", "12", ""])
            XCTAssertEqual(byLabel["grants.field.people:older_people"].map { [$0.base, $0.stored, $0.mine] }, ["", "", "7"])
            XCTAssertEqual(byLabel["grants.field.report_received"]?.stored, "10.1.2027")
        }
        let stored = try XCTUnwrap(storedReport())
        XCTAssertEqual(stored.notes, "", "nothing of A's report was written")
        XCTAssertEqual(stored.figures.map(\.targetGroupCode), ["youth"])
        XCTAssertEqual(stored.receivedOn, CivilDate(iso: "2027-01-10"))
    }

    func testAReportOfAnApplicationDeletedMeanwhileSaysSoAndIsNotBroughtBack() throws {
        let base = GrantReport(applicationID: applicationID)
        // The other window erases the application (in the order its references allow).
        try b.database.execute("DELETE FROM grant_decisions WHERE application_id = \(applicationID)")
        try b.database.execute("DELETE FROM grant_payments WHERE application_id = \(applicationID)")
        try b.database.execute("DELETE FROM stage_history WHERE application_id = \(applicationID)")
        try b.database.execute("DELETE FROM grant_applications WHERE id = \(applicationID)")
        var mine = base
        mine.notes = "Saapui postitse"
        XCTAssertThrowsError(try grantsA.saveReport(mine, expecting: base)) { error in
            guard let conflict = error as? ReportConflict else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.stored, "deleted meanwhile")
        }
        XCTAssertEqual(try a.database.scalarInt("SELECT count(*) FROM grant_reports"), 0)
    }

    // MARK: The appeal

    func storedAppeal(_ id: Int64) throws -> GrantAppeal? {
        try GrantStore(store: try Store.open(path: path)).appeals(applicationID: applicationID).first { $0.id == id }
    }

    func testAStaleAppealSaveIsRefusedWritesNothingAndGoesThroughOnTheStoredVersion() throws {
        let id = try grantsA.saveAppeal(applicationID: applicationID, filedOn: CivilDate(iso: "2026-12-01")!, outcome: .pending,
                                        decidedOn: nil, notes: "Hakija vaatii täyttä summaa")
        let base = try XCTUnwrap(storedAppeal(id))
        try grantsB.saveAppeal(applicationID: applicationID, id: id, filedOn: base.filedOn, outcome: .rejected,
                               decidedOn: CivilDate(iso: "2026-12-15"), notes: base.notes, expecting: base)

        XCTAssertThrowsError(try grantsA.saveAppeal(applicationID: applicationID, id: id, filedOn: base.filedOn, outcome: .pending,
                                                    decidedOn: nil, notes: "Lisäselvitys pyydetty", expecting: base)) { error in
            guard let conflict = error as? AppealConflict else { return XCTFail("\(error)") }
            let fields = conflict.fields(.fi)
            XCTAssertEqual(fields.map(\.labelKey), ["grants.field.appeal_outcome", "grants.field.decided_on", "grants.field.notes"])
            XCTAssertEqual(fields[0].stored, AppealOutcome.rejected.label(.fi))
            XCTAssertEqual(fields[0].mine, AppealOutcome.pending.label(.fi))
            XCTAssertEqual(fields[1].stored, "15.12.2026")
            XCTAssertEqual(fields[2].mine, "Lisäselvitys pyydetty")
        }
        XCTAssertEqual(try storedAppeal(id)?.notes, "Hakija vaatii täyttä summaa", "nothing of A's edit was written")
        XCTAssertEqual(try storedAppeal(id)?.outcome, .rejected)

        let stored = try XCTUnwrap(storedAppeal(id))
        try grantsA.saveAppeal(applicationID: applicationID, id: id, filedOn: base.filedOn, outcome: .rejected,
                               decidedOn: stored.decidedOn, notes: "Lisäselvitys pyydetty", expecting: stored)
        XCTAssertEqual(try storedAppeal(id)?.notes, "Lisäselvitys pyydetty")
        XCTAssertEqual(try storedAppeal(id)?.outcome, .rejected)
    }

    func testAnAppealDeletedMeanwhileSaysSoAndIsNotBroughtBack() throws {
        let id = try grantsA.saveAppeal(applicationID: applicationID, filedOn: CivilDate(iso: "2026-12-01")!, outcome: .pending,
                                        decidedOn: nil, notes: "")
        let base = try XCTUnwrap(storedAppeal(id))
        try b.database.execute("DELETE FROM grant_appeals WHERE id = \(id)")
        XCTAssertThrowsError(try grantsA.saveAppeal(applicationID: applicationID, id: id, filedOn: base.filedOn, outcome: .upheld,
                                                    decidedOn: nil, notes: "", expecting: base)) { error in
            guard let conflict = error as? AppealConflict else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.stored)
        }
        XCTAssertEqual(try a.database.scalarInt("SELECT count(*) FROM grant_appeals"), 0)
    }
}
