import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The draft an interrupted session left: the next start names `:draft`, which shows the text
/// (scrolling) and deletes the file only after a yes. Also what the bars and the conflict dialog
/// show, as found in QA at 80×24.
final class DraftViewTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-draftview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    var database: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var draft: String { database + ".luonnos.txt" }

    func makeApp(_ language: Language = .fi) throws -> App {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let services = FakeServices()
        services.databasePath = database
        return App(store: try Store.inMemory(clock: clock), services: services, panes: [DirectoryPane()],
                   language: language, clock: clock)
    }

    /// An interrupted session with a new association typed into the form.
    func interruptedSession() throws {
        let app = try makeApp()
        app.press(.char("a"))
        app.type("Hollolan Kyläyhdistys ry")
        _ = app.saveForSignalExit(signal: "SIGTERM")
        XCTAssertTrue(FileManager.default.fileExists(atPath: draft))
    }

    func statusLine(_ app: App, _ width: Int = 80, _ height: Int = 24) -> String {
        app.screen(width, height).line(height - 2)
    }

    func testTheStartNoticeFitsAt80ColumnsAndNamesTheCommand() throws {
        try interruptedSession()
        for language in Language.allCases {
            let app = try makeApp(language)
            app.announceLeftoverDraft()
            let line = statusLine(app)
            XCTAssertTrue(line.contains(":draft"), line)
            XCTAssertFalse(line.contains("…"), "cut short: \(line)")
        }
    }

    func testDraftShowsTheTextScrollsAndDeletesOnlyAfterYes() throws {
        try interruptedSession()
        let app = try makeApp()
        app.press(.char(":"))
        app.type("luonnos")   // the Finnish label finds it too
        app.press(.enter)
        var text = app.screen().text
        XCTAssertTrue(text.contains("Luonnos keskeytyneestä istunnosta"), text)
        XCTAssertTrue(text.contains("Nimi: Hollolan Kyläyhdistys ry"), text)
        XCTAssertTrue(text.contains("1  Säilytä tiedosto") && text.contains("2  Poista tiedosto…"), text)
        XCTAssertTrue(text.contains("PgUp/PgDn"), "a long draft says it scrolls: \(text)")
        XCTAssertFalse(text.contains("Kuvaus:"), "the last field is below the first page")

        app.press(.pageDown, .pageDown, .pageDown)
        text = app.screen().text
        XCTAssertTrue(text.contains("Kuvaus:"), text)
        XCTAssertTrue(text.contains("2  Poista tiedosto…"), "the choices stay visible: \(text)")

        app.press(.char("2"))
        XCTAssertTrue(app.screen().text.contains("Poistetaanko luonnos"), app.screen().text)
        app.press(.char("e"))   // no: nothing is deleted
        XCTAssertTrue(FileManager.default.fileExists(atPath: draft))

        app.press(.char(":")); app.type("draft"); app.press(.enter)
        app.press(.escape)      // closing the view keeps the file
        XCTAssertTrue(FileManager.default.fileExists(atPath: draft))
        app.press(.char(":")); app.type("draft"); app.press(.enter)
        app.press(.char("1"))
        XCTAssertTrue(statusLine(app).contains("Luonnos säilyy"), statusLine(app))
        XCTAssertTrue(FileManager.default.fileExists(atPath: draft))

        app.press(.char(":")); app.type("draft"); app.press(.enter)
        app.press(.char("2"), .char("k"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: draft))
        XCTAssertTrue(statusLine(app).contains("Luonnos poistettiin."), statusLine(app))

        let next = try makeApp()
        next.announceLeftoverDraft()
        XCTAssertFalse(next.screen().text.contains(":draft"), "no notice once the draft is gone")
        next.press(.char(":")); next.type("draft"); next.press(.enter)
        XCTAssertTrue(statusLine(next).contains("Keskeytyneestä istunnosta ei ole luonnosta."), statusLine(next))
    }

    func testTheProgramMenuAndHelpListTheDraftCommand() throws {
        let app = try makeApp(.en)
        app.press(.function(10))
        let menu = app.screen().text
        XCTAssertTrue(menu.contains("Draft from an interrupted session…") && menu.contains(":draft"), menu)
        app.press(.escape, .char("?"))
        app.press(.end)
        var help = app.screen(200, 50).text
        for _ in 0..<6 where !help.contains(":draft") { app.press(.pageUp); help = app.screen(200, 50).text }
        XCTAssertTrue(help.contains(":draft"), help)
    }

    func testWhileTypingTheBarsNameF1NotKeysThatTypeThemselves() throws {
        for language in Language.allCases {
            let app = try makeApp(language)
            app.press(.char("a"))   // a form: letters go into the field
            let screen = app.screen()
            let keyBar = screen.line(23), status = screen.line(22)
            XCTAssertTrue(keyBar.contains("F1 "), keyBar)
            XCTAssertFalse(keyBar.contains("? ") || keyBar.contains(": "), keyBar)
            XCTAssertTrue(status.contains("F1 ") && !status.contains("? "), status)
        }
    }

    func testALongBackupWarningIsShownWholeAndAShortOneOnTheStatusLine() throws {
        let (app, services) = try makeApp(language: .fi)
        let reason = "Kansiota /home/koordinaattori/.local/share/kumppani/kumppani.sqlite-backups ei voitu luoda."
        services.notice = L(.fi)["reliability.auto_backup_failed", reason]
        app.idle()
        let text = app.screen().text
        XCTAssertTrue(text.contains("Varoitus"), text)
        XCTAssertTrue(text.contains("silti."), "the end of the warning is on screen: \(text)")
        XCTAssertTrue(text.contains("sqlite-backups ei voitu luoda"), text)
        app.press(.enter)
        XCTAssertNil(app.state.topOverlayName)

        services.notice = "Lyhyt varoitus."
        app.idle()
        XCTAssertNil(app.state.topOverlayName)
        XCTAssertTrue(app.screen().line(22).contains("Lyhyt varoitus."))
    }

    func testAConflictDialogListsItsChoiceKeysAndEscChangesNothing() throws {
        let app = try makeApp(.fi)
        app.push(DialogRequest(title: "T", kind: .options(message: "M", options: ["a", "b", "c"], selected: 0)))
        let keyBar = app.screen().line(23)
        XCTAssertTrue(keyBar.contains("1–3 valitse"), keyBar)
        XCTAssertTrue(keyBar.contains("Esc sulje muuttamatta"), keyBar)
    }
}

/// Long values that start alike (minutes two windows added to): the conflict dialog shows the
/// part where they differ, not three identical starts.
final class ConflictDialogDifferenceTests: XCTestCase {
    struct Notes: ConflictComparable {
        var text: String
        func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] { [("sync.field.link", text)] }
    }

    func testLongMinutesShowWhereTheVersionsDiffer() {
        let start = "Puheenjohtaja avasi kokouksen klo 14.00 ja totesi läsnäolijat. Keskusteltiin palvelupoluista."
        let conflict = EditConflict(recordID: 1, base: Notes(text: start), stored: Notes(text: start + " AAA"),
                                    mine: Notes(text: start + " BBB"))
        let request = ConflictDialog.request(conflict, l: L(.fi), action: "x")
        guard case .options(let message, _, _) = request.kind else { return XCTFail("\(request.kind)") }
        let lines = message.split(separator: "\n").map(String.init)
        let now = lines.first { $0.contains("nyt:") } ?? ""
        let mine = lines.first { $0.contains("sinun:") } ?? ""
        XCTAssertTrue(now.hasSuffix("AAA"), now)
        XCTAssertTrue(mine.hasSuffix("BBB"), mine)
        XCTAssertTrue(mine.contains("…palvelupoluista."), "context before the difference: \(mine)")

        let short = EditConflict(recordID: 1, base: Notes(text: "Lahti"), stored: Notes(text: "Hollola"), mine: Notes(text: "Heinola"))
        guard case .options(let plain, _, _) = ConflictDialog.request(short, l: L(.fi), action: "x").kind else { return XCTFail() }
        XCTAssertTrue(plain.contains("alussa:   Lahti") && plain.contains("nyt:      Hollola"), plain)
    }
}
