import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The body settings form of pane 3 (`E` on a body), driven by keys: what it saves is in the
/// file and on the list, a quorum that does not read is refused in the form, Esc with changes
/// asks, Enter in a long text is a line break, and another connection's save is asked about.
final class BodySettingsFormTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var bodyID: Int64 = 0
    let title = "Toimielimen asetukset – Kumppanuuspöytä"
    let conflictTitle = "Tietoa muutettiin toisessa ikkunassa"

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-bodyform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let s = try file()
        bodyID = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        for name in ["Aino Aalto", "Eero Eskola", "Helmi Harju", "Lauri Laine", "Mirja Mäki"] {
            try s.addMember(bodyID: bodyID, personID: try s.createPerson(name: name), role: .member)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A window of its own connection, like a second program on the same file.
    func window(_ language: Language = .fi) throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: language, clock: clock))
    }

    func file() throws -> MeetingStore { MeetingStore(store: try Store.open(path: path, clock: clock)) }
    func stored() throws -> Body { try XCTUnwrap(try file().body(bodyID)) }

    func testQuorumFiveAndSwedishAreSavedWithCtrlSAndShownOnTheList() throws {
        let a = try window()
        a.press(.char("3"), .char("E"))
        var screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains(title), screen)
        XCTAssertTrue(screen.contains("enemmistö"), screen)
        XCTAssertFalse(screen.contains("Uusi toimielin"), "the key bar shows no list keys while the form takes them: \(screen)")
        a.press(.tab, .tab)                    // name, kind → quorum (its text is selected)
        a.type("5")
        a.press(.tab, .right)                  // document language: suomi → ruotsi
        XCTAssertEqual(try stored().quorumRule, .majority, "nothing is saved by moving through the fields")
        a.press(.ctrl("s"))
        let body = try stored()
        XCTAssertEqual(body.quorumRule, .atLeast(5))
        XCTAssertEqual(body.documentLanguage, .sv)
        XCTAssertFalse(body.bilingual)
        XCTAssertEqual(body.name, "Kumppanuuspöytä", "an unchanged field stays")
        screen = a.screen(120, 40).text
        XCTAssertFalse(screen.contains(title), "the form closed: \(screen)")
        XCTAssertTrue(screen.contains("päätösvaltaisuus: vähintään 5 jäsentä · asiakirjat: ruotsi"), screen)
        XCTAssertTrue(screen.contains("Toimielimen Kumppanuuspöytä asetukset tallennettu."), screen)
        let narrow = a.screen(80, 24).text
        XCTAssertTrue(narrow.contains("asiakirjat: ruotsi"), "at 80 columns the line wraps instead of losing the language: \(narrow)")
    }

    func testAQuorumOfZeroOrLettersOrMoreThanTheSeatsIsRefusedInTheForm() throws {
        let a = try window()
        a.press(.char("3"), .char("E"), .tab, .tab)
        for typed in ["0", "x", "6"] {
            a.press(.ctrl("u"))
            a.type(typed)
            a.press(.ctrl("s"))
            let screen = a.screen(120, 40).text
            XCTAssertTrue(screen.contains(title), "the form stays open for \(typed): \(screen)")
            XCTAssertTrue(screen.contains("Kirjoita ”enemmistö” tai luku 1–5"), "\(typed): \(screen)")
            XCTAssertEqual(try stored().quorumRule, .majority, "nothing saved for \(typed)")
        }
        a.press(.ctrl("u"))
        a.type("Enemmistö")                     // the word, in any case, is a majority again
        a.press(.ctrl("s"))
        XCTAssertFalse(a.screen(120, 40).text.contains(title))
        XCTAssertEqual(try stored().quorumRule, .majority)
    }

    func testEscWithChangesAsksAndNoKeepsTheFormAsTyped() throws {
        let a = try window()
        a.press(.char("3"), .char("E"))
        a.press(.escape)
        XCTAssertFalse(a.screen(120, 40).text.contains(title), "no changes: Esc closes at once")
        a.press(.char("E"), .end)
        a.type(" 2027")
        a.press(.escape)
        var screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Hylätäänkö muutokset? (k/e)"), screen)
        a.press(.char("e"))
        screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Kumppanuuspöytä 2027"), "no: the form stays as typed: \(screen)")
        a.press(.escape, .char("k"))
        screen = a.screen(120, 40).text
        XCTAssertFalse(screen.contains("Toimielimen asetukset"), screen)
        XCTAssertEqual(try stored().name, "Kumppanuuspöytä", "discarded: nothing written")
    }

    func testEnterInTheAppealInstructionsIsALineBreak() throws {
        let a = try window()
        a.press(.char("3"), .char("E"))
        a.press(.tab, .tab, .tab, .tab, .tab)  // → appeal instructions
        a.type("Oikaisuvaatimus aluehallitukselle.")
        a.press(.enter)
        a.type("Määräaika 14 päivää.")
        XCTAssertTrue(a.screen(120, 40).text.contains(title), "Enter did not save or close")
        XCTAssertEqual(try stored().appealInstructions, "")
        a.press(.ctrl("z"))                    // undo takes back the last typing
        a.press(.ctrl("y"))
        a.press(.function(2))
        XCTAssertEqual(try stored().appealInstructions, "Oikaisuvaatimus aluehallitukselle.\nMääräaika 14 päivää.")
    }

    /// Opens the form, types quorum 4, and another connection renames the body before Ctrl-S.
    func conflicted() throws -> App {
        let a = try window()
        a.press(.char("3"), .char("E"), .tab, .tab)
        a.type("4")
        try file().renameBody(bodyID, to: "Kumppanuuspöytä 2027")
        a.press(.ctrl("s"))
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains(conflictTitle), screen)
        XCTAssertTrue(screen.contains("Kumppanuuspöytä 2027"), screen)
        XCTAssertEqual(try stored().quorumRule, .majority, "nothing written before the answer")
        return a
    }

    func testAnotherConnectionsRenameAsksAndKeepMineSavesTheFormAsShown() throws {
        let a = try conflicted()
        a.press(.char("1"))
        let body = try stored()
        XCTAssertEqual(body.quorumRule, .atLeast(4))
        XCTAssertEqual(body.name, "Kumppanuuspöytä", "keep mine saves the form as the user saw it in the dialog")
        XCTAssertTrue(a.screen(120, 40).text.contains("Omat muutoksesi tallennettiin."))
    }

    func testTakeTheirsClosesTheFormAndShowsTheirName() throws {
        let a = try conflicted()
        a.press(.char("2"))
        let body = try stored()
        XCTAssertEqual(body.name, "Kumppanuuspöytä 2027")
        XCTAssertEqual(body.quorumRule, .majority, "my quorum was discarded")
        let screen = a.screen(120, 40).text
        XCTAssertFalse(screen.contains("Toimielimen asetukset"), screen)
        XCTAssertTrue(screen.contains("Kokoukset – Kumppanuuspöytä 2027"), screen)
    }

    func testBackToTheFormKeepsMyQuorumOnTheirName() throws {
        let a = try conflicted()
        a.press(.char("3"))
        XCTAssertTrue(a.screen(120, 40).text.contains("Toimielimen asetukset – Kumppanuuspöytä"))
        a.press(.ctrl("s"))
        let body = try stored()
        XCTAssertEqual(body.name, "Kumppanuuspöytä 2027", "their field stays")
        XCTAssertEqual(body.quorumRule, .atLeast(4), "my field is saved")
    }

    func testASignalsDraftComesBackWithDraftAndSaves() throws {
        let a = try window()
        a.press(.char("3"), .char("E"), .tab, .tab)
        a.type("3")
        let report = a.saveForSignalExit(signal: "SIGTERM")
        XCTAssertNil(report.problem)
        try file().setAppealInstructions(bodyID: bodyID, "Toisen ikkunan ohje.")

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertTrue(b.currentPane.hasUnsavedWork)
        XCTAssertTrue(b.screen(120, 40).text.contains(title), b.screen(120, 40).text)
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no conflict: the form started from the file as it is now")
        let body = try stored()
        XCTAssertEqual(body.quorumRule, .atLeast(3))
        XCTAssertEqual(body.appealInstructions, "Toisen ikkunan ohje.", "the other window's change is kept")
    }

    func testInEnglishTheFormAndTheListReadInEnglish() throws {
        let a = try window(.en)
        a.press(.char("3"), .char("E"))
        var screen = a.screen(80, 24).text
        XCTAssertTrue(screen.contains("Body settings – Kumppanuuspöytä"), screen)
        XCTAssertTrue(screen.contains("Quorum"), screen)
        a.press(.tab, .tab)
        a.type("0")
        a.press(.ctrl("s"))
        screen = a.screen(80, 24).text
        XCTAssertTrue(screen.contains("Write “majority” or a number from 1 to 5"), screen)
        a.press(.ctrl("u"))
        a.type("majority")
        a.press(.tab, .left)                   // Finnish → Finnish and Swedish
        a.press(.ctrl("s"))
        XCTAssertTrue(try stored().bilingual)
        XCTAssertTrue(a.screen(120, 40).text.contains("quorum: majority · documents: Finnish and Swedish (bilingual)"))
    }
}
