import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Referral slips from pane 1's referral view: several marked activities, the association's phone
/// or e-mail and contact person, the resident's language, text or HTML by the file's ending.
final class ReferralSlipPaneTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var folder: URL!

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"; d.phone = "03 123 4567"; d.email = "info@omaiset.example"
        guard case .saved(let carers, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        var contact = PersonRoleDraft()
        contact.name = "Liisa Lehtinen"; contact.phone = "040 765 4321"
        _ = try directory.saveRole(contact, association: carers)
        for (title, text) in [("Omaishoitajien vertaisryhmä", "Ilmoittautumiset puhelimitse"), ("Virkistyspäivä omaishoitajille", "")] {
            var a = ActivityDraft(); a.title = title; a.contactText = text; a.schedule = "ti klo 13–15"
            _ = try directory.saveActivity(a, association: carers)
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("slips-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    func makeApp(_ language: Language) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func write(_ app: App, _ name: String) throws -> String {
        app.press(.char("w"), .ctrl("u"))
        let path = folder.appendingPathComponent(name).path
        app.type(path)
        app.press(.enter)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testTwoMarkedActivitiesGoOnOneEnglishHTMLSlipWithPhoneAndContactPerson() throws {
        let app = makeApp(.fi)
        app.press(.char("r"), .ctrl("s"))
        app.press(.char(" "), .down, .char(" "))
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("* Omaishoitajien vertaisryhmä") && screen.contains("* Virkistyspäivä omaishoitajille"), screen)
        XCTAssertTrue(screen.contains("2 merkitty lähetteeseen"), screen)
        app.press(.char("k"))   // fi → sv → en
        XCTAssertTrue(app.screen(120, 40).text.contains("Lähetteen kieli: ruotsi"))
        app.press(.char("k"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Lähetteen kieli: englanti"))
        let html = try write(app, "lahete.html")
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Lähete kirjoitettiin"), screen)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), html)
        XCTAssertTrue(html.contains("REFERRAL – association activities (2)"), html)
        XCTAssertTrue(html.contains("<h2>Omaishoitajien vertaisryhmä</h2>") && html.contains("<h2>Virkistyspäivä omaishoitajille</h2>"), html)
        // The activity only says "by phone": the slip still gives the association's number and e-mail.
        XCTAssertTrue(html.contains("<th>Contact</th><td>Ilmoittautumiset puhelimitse</td>"), html)
        XCTAssertTrue(html.contains("<th>Reach the association</th><td>+358 3 1234567, info@omaiset.example</td>"), html)
        XCTAssertTrue(html.contains("<th>Contact person</th><td>Liisa Lehtinen, "), html)
        XCTAssertFalse(html.contains("Yhteystiedot"), "written in the resident's language, not the UI's")
    }

    func testWithoutMarksTheSelectedActivityIsAFinnishTextSlip() throws {
        let app = makeApp(.fi)
        app.press(.char("r"), .ctrl("s"))
        let text = try write(app, "lahete.txt")
        XCTAssertTrue(text.hasPrefix("LÄHETE – järjestön toimintaan\n"), text)
        XCTAssertTrue(text.contains("Toiminta: Omaishoitajien vertaisryhmä"), text)
        XCTAssertFalse(text.contains("Virkistyspäivä"), text)
        XCTAssertTrue(text.contains("Järjestön yhteystiedot: "), text)
        XCTAssertTrue(text.contains("info@omaiset.example"), text)
        XCTAssertTrue(text.contains("Yhteyshenkilö: Liisa Lehtinen"), text)
    }

    func testASwedishSlipIsWrittenInSwedish() throws {
        let app = makeApp(.fi)
        app.press(.char("r"), .ctrl("s"))
        app.press(.char("k"))
        let text = try write(app, "remiss.txt")
        XCTAssertTrue(text.hasPrefix("REMISS – till föreningsverksamhet\n"), text)
        XCTAssertTrue(text.contains("Kontaktperson: Liisa Lehtinen"), text)
        XCTAssertFalse(text.contains("Yhteyshenkilö"), "written in the resident's language, Swedish")
    }
}
