import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 2's decision list export (`x`) follows the deciding body's document language, as
/// `kumppani export decisions` does, whatever the screen's language (issue 17).
final class GrantsDecisionListLanguageTests: XCTestCase {
    private func world(_ language: Language, documents: (MeetingStore, Int64) throws -> Void) throws -> (App, FakeServices) {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let meetings = MeetingStore(store: store)
        let body = try meetings.createBody(name: "Partnerskapsbordet", kind: .partnershipTable)
        try documents(meetings, body)
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let round = try grants.createRound(GrantRound(name: "Föreningsunderstöd 2027", year: 2027, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, decidingBodyID: body))
        var a = AssociationDraft(); a.name = "Folkhälsan i Lovisa r.f."; a.municipality = "Loviisa"
        guard case .saved(let association, _) = try DirectoryStore(store: store).save(a) else { throw XCTSkip("fixture") }
        _ = try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Klubb", requestedCents: 1_000_00))
        let services = FakeServices()
        return (App(store: store, services: services, panes: [GrantsPane()], language: language, clock: clock), services)
    }

    /// The fake services also write the file: into a folder of the test's own.
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("decision-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func export(_ app: App, _ services: FakeServices, to name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        app.press(.char("2"), .char("x"), .ctrl("u"))
        app.type(path)
        app.press(.enter)
        return try XCTUnwrap(services.documents[path], app.screen(120, 40).text)
    }

    func testASwedishBodysListIsSwedishFromTheFinnishScreen() throws {
        let (app, services) = try world(.fi) { try $0.setDocumentLanguage(bodyID: $1, .sv) }
        let md = try export(app, services, to: "lista.md")
        XCTAssertTrue(md.contains("Beslutsförteckning: Föreningsunderstöd 2027"), md)
        XCTAssertFalse(md.contains("Päätösluettelo"), md)
        XCTAssertTrue(app.screen(200, 40).text.contains("lista.md"), "the status line names the file")
    }

    func testABilingualBodysListHoldsBothLanguagesFinnishFirst() throws {
        let (app, services) = try world(.en) { try $0.setBilingualDocuments(bodyID: $1) }
        let html = try export(app, services, to: "lista.html")
        let fi = try XCTUnwrap(html.range(of: "Päätösluettelo: Föreningsunderstöd 2027"), html)
        let sv = try XCTUnwrap(html.range(of: "Beslutsförteckning: Föreningsunderstöd 2027"), html)
        XCTAssertLessThan(fi.lowerBound, sv.lowerBound)
        XCTAssertFalse(html.contains("Decision list"), "not the screen's English:\n\(html)")
    }

    func testAFinnishBodysListIsFinnishFromTheSwedishScreen() throws {
        let (app, services) = try world(.sv) { try $0.setDocumentLanguage(bodyID: $1, .fi) }
        let csv = try export(app, services, to: "lista.csv")
        XCTAssertTrue(csv.contains("Folkhälsan i Lovisa r.f."), csv)
        let header = try XCTUnwrap(csv.split(separator: "\n").first.map(String.init))
        XCTAssertEqual(header, try DecisionList.inBodyLanguage(store: app.store, roundID: XCTUnwrap(GrantStore(store: app.store).rounds().first?.id), format: .csv)
                                .split(separator: "\n").first.map(String.init))
        XCTAssertTrue(header.contains("Hakija"), header)
    }
}
