import XCTest
@testable import Kumppani

/// Issue 14, point 11: the county's name (fi/sv) and business ID are per-file settings, shown in
/// every document's header, and HTML exports carry them on every printed A4 page.
final class CountySettingsTests: XCTestCase {
    let county = CountySettings(nameFi: "Päijät-Hämeen hyvinvointialue", nameSv: "Päijät-Tavastlands välfärdsområde", businessID: "3221336-9")

    func testSettingsAreKeptInTheFileAndTheBusinessIDInItsOfficialForm() throws {
        let store = try Store.inMemory()
        XCTAssertEqual(try store.countySettings(), CountySettings())
        try store.setCountySettings(CountySettings(nameFi: " Päijät-Hämeen hyvinvointialue ", nameSv: "Päijät-Tavastlands välfärdsområde",
                                                   businessID: "FI32213369"))
        XCTAssertEqual(try store.countySettings(), county)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM settings"), 3)
    }

    func testAWrongBusinessIDIsRefusedAndNothingChanges() throws {
        let store = try Store.inMemory()
        try store.setCountySettings(county)
        XCTAssertThrowsError(try store.setCountySettings(CountySettings(nameFi: "Muu", businessID: "3221336-2"))) { error in
            XCTAssertEqual(error as? BusinessIDProblem, BusinessID.parse("3221336-2").failureValue)
        }
        XCTAssertEqual(try store.countySettings(), county)
    }

    func testSwedishDocumentsUseTheSwedishName() {
        XCTAssertEqual(county.headerLine(.fi), "Päijät-Hämeen hyvinvointialue · Y-tunnus 3221336-9")
        XCTAssertEqual(CountySettings(nameFi: "A", businessID: "").headerLine(.en), "A")
    }

    func testMinutesAndAgendaNameTheCountyInTheirHeaderAndOnEveryPrintedPage() throws {
        let store = try Store.inMemory()
        try store.setCountySettings(county)
        let meetings = MeetingStore(store: store)
        let body = try meetings.createBody(name: "Hyte-lautakunta", kind: .regionalBoard)
        let m = try meetings.createMeeting(bodyID: body, heldOn: "2026-11-23")
        let md = try meetings.exportMinutes(meetingID: m, format: .md)
        XCTAssertTrue(md.contains("**Hyvinvointialue:** Päijät-Hämeen hyvinvointialue · Y-tunnus 3221336-9"), md)
        let html = try meetings.exportMinutes(meetingID: m, format: .html)
        XCTAssertTrue(html.contains("@top-left { content: \"Päijät-Hämeen hyvinvointialue · Y-tunnus 3221336-9\" \"\\A \" \"Hyte-lautakunta\""), html)
        XCTAssertTrue(html.contains("@top-right { content: \"Pöytäkirja 1/2026 · 23.11.2026\" \"\\A \" \"sivu \" counter(page) \" (\" counter(pages) \")\""), html)
        XCTAssertTrue(try meetings.exportAgenda(meetingID: m, format: .html).contains("\"Esityslista 1/2026 · 23.11.2026\""))
    }

    func testTextInThePageHeaderCannotEndTheStyle() {
        let header = PrintHeader(county: CountySettings(nameFi: "A\"</style><script>"), body: "B\\", documentType: "Pöytäkirja", number: "1/2026", date: "")
        let css = header.css(.fi)
        XCTAssertFalse(css.contains("</style>"))
        XCTAssertTrue(css.contains("\"A\\\"\\3C /style>\\3C script>"), css)
        XCTAssertTrue(css.contains("\"B\\\\\""), css)
    }
}

private extension Result {
    var failureValue: Failure? { if case .failure(let f) = self { return f }; return nil }
}
