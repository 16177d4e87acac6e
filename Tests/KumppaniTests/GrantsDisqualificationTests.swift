import XCTest
@testable import Kumppani

final class GrantsDisqualificationTests: XCTestCase {
    func testMembersLinkedToApplicantsByBoardSeatEmploymentRepresentationOrClosePersonMustStepAside() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let carers = try f.association("Lahden Omaishoitajat ry")
        let youth = try f.association("Nuorisoseura Ähtäri")
        let sports = try f.association("Hollolan Urheilijat")
        let quiet = try f.association("Kärkölän Kyläyhdistys")
        let carersApp = try f.application(round: round, association: carers, requested: 100_00)
        let youthApp = try f.application(round: round, association: youth, requested: 100_00)
        let sportsApp = try f.application(round: round, association: sports, requested: 100_00)
        _ = try f.application(round: round, association: quiet, requested: 100_00)

        let board = try f.person("Anna Aho")       // board seat in the carers
        let worker = try f.person("Ville Virta")   // employed by the youth club
        let spouse = try f.person("Eero Esko")     // spouse on the sports club's board
        let clean = try f.person("Outi Ojala")     // only a plain member of the quiet one
        let rep = try f.person("Pekka Puro")       // represents the sports club in the body
        let spousesPartner = try f.person("Liisa Esko")
        for p in [board, worker, spouse, clean, rep] { try f.member(p, of: body, represents: p == rep ? sports : nil) }
        try f.affiliate(board, carers, kind: "board_member")
        try f.affiliate(worker, youth, kind: "employee")
        try f.affiliate(spousesPartner, sports, kind: "board_chair")
        try f.relate(spousesPartner, spouse, "puoliso")
        try f.affiliate(clean, quiet, kind: "member")

        let conflicts = try DisqualificationCheck(store: f.store).conflicts(roundID: round)
        let pairs = Set(conflicts.map { "\($0.personName) → \($0.associationName)" })
        XCTAssertEqual(pairs, ["Anna Aho → Lahden Omaishoitajat ry", "Ville Virta → Nuorisoseura Ähtäri",
                               "Eero Esko → Hollolan Urheilijat", "Pekka Puro → Hollolan Urheilijat"])
        XCTAssertEqual(conflicts.first { $0.personID == board }?.applicationID, carersApp)
        XCTAssertEqual(conflicts.first { $0.personID == board }?.kinds, [.boardSeat])
        XCTAssertEqual(conflicts.first { $0.personID == worker }?.applicationID, youthApp)
        XCTAssertEqual(conflicts.first { $0.personID == worker }?.reason, "työsuhteessa: Nuorisoseura Ähtäri")
        let close = try XCTUnwrap(conflicts.first { $0.personID == spouse })
        XCTAssertEqual(close.applicationID, sportsApp)
        XCTAssertEqual(close.kinds, [.closePerson])
        XCTAssertEqual(close.reason, "läheinen (puoliso) Liisa Esko: hallituksessa: Hollolan Urheilijat")
        XCTAssertEqual(conflicts.first { $0.personID == rep }?.kinds, [.representation])
        // Finnish order of applicants: H, L, N (Ä would come after Z).
        XCTAssertEqual(conflicts.map(\.associationName), ["Hollolan Urheilijat", "Hollolan Urheilijat", "Lahden Omaishoitajat ry", "Nuorisoseura Ähtäri"])
        // The decision list names them on the application.
        let list = try DecisionList.build(store: f.store, roundID: round)
        XCTAssertEqual(list.lines.first { $0.applicationID == carersApp }?.disqualified, ["Anna Aho"])
        XCTAssertTrue(list.markdown(.fi).contains("- Anna Aho — Lahden Omaishoitajat ry: hallituksessa: Lahden Omaishoitajat ry"))
    }

    func testEndedAffiliationsDoNotDisqualifyOnTheDecisionDay() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let assoc = try f.association("Kylä ry")
        _ = try f.application(round: round, association: assoc, requested: 100_00)
        let p = try f.person("Matti Mäki")
        try f.member(p, of: body)
        try f.affiliate(p, assoc, kind: "board_member", endOn: "2025-12-31")
        XCTAssertEqual(try DisqualificationCheck(store: f.store).conflicts(roundID: round, on: f.today).count, 0)
        XCTAssertEqual(try DisqualificationCheck(store: f.store).conflicts(roundID: round).count, 1)
    }

    func testARoundWithoutADecidingBodyHasNoConflicts() throws {
        let f = try GrantsFixture()
        let round = try f.round(body: nil)
        XCTAssertEqual(try DisqualificationCheck(store: f.store).conflicts(roundID: round), [])
    }
}
