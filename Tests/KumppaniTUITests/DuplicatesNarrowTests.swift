import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The likely-duplicates view and the merge side by side read whole at 80×24: the reasons in
/// short words with a legend when the long ones do not fit, the merge's keys on two lines.
final class DuplicatesNarrowTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        // A pair alike in every way the finder looks at: name, municipality, phone, e-mail, website.
        for (name, founded) in [("Heinolan Omaishoitajat ry", "1990"), ("Heinolan omaishoitajat", "1991")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = "Heinola"; d.phone = "044 512 3456"
            d.email = "info@omaiset.example"; d.website = "https://omaiset.example"; d.foundedYear = founded
            guard case .saved = try directory.save(d, acceptWarnings: true) else { throw XCTSkip("fixture not saved") }
        }
    }

    func makeApp(_ language: Language) -> App {
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
        app.press(.char("k"))
        return app
    }

    func lines(_ app: App, _ w: Int, _ h: Int) -> [String] { app.screen(w, h).text.components(separatedBy: "\n") }

    func testAt80ColumnsTheReasonsAreShortWordsExplainedByALegend() {
        let app = makeApp(.fi)
        let screen = lines(app, 80, 24)
        // The box's lines without its borders, as one text (the legend wraps where it must).
        let all = screen.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        XCTAssertTrue(screen[2].contains("Samaa"), all)
        let row = screen.first { $0.contains("Heinolan omaishoitajat") } ?? ""
        XCTAssertTrue(row.contains("nimi, kunta, puh., s-posti, www"), row)
        XCTAssertTrue(row.contains("Heinolan Omaishoitaj") && row.contains("Heinolan omaishoitajat "), "the names beside: \(row)")
        for words in ["Samaa: nimi", "puh. = puhelin", "s-posti = sähköposti", "www = verkkosivu", "Esc sulje"] {
            XCTAssertTrue(all.contains(words), "\(words):\n\(all)")
        }
    }

    func testAt200ColumnsTheReasonsAreWrittenOut() {
        let screen = makeApp(.en).screen(200, 60).text
        XCTAssertTrue(screen.contains("same name · same municipality · same phone · same e-mail · same website"), screen)
        XCTAssertFalse(screen.contains("web = website"), "no legend when nothing is shortened: \(screen)")
    }

    func testTheSwedishReasonsAndLegendFitAt80Columns() {
        let all = lines(makeApp(.sv), 80, 24).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        XCTAssertTrue(all.contains("namn, kommun, tfn, e-post, webb"), all)
        XCTAssertTrue(all.contains("tfn = telefon") && all.contains("webb = webbplats"), all)
    }

    func testTheMergeHintWrapsToTwoLinesWithEveryKeyAt80Columns() {
        for (language, parts) in [(Language.fi, ["↑↓ tieto", "←→ valitse vasen tai oikea", "x säilytä toinen", "Enter yhdistä", "Esc takaisin"]),
                                  (.en, ["↑↓ field", "←→ choose left or right", "x keep the other", "Enter merge", "Esc back"]),
                                  (.sv, ["↑↓ uppgift", "←→ välj vänster eller höger", "x behåll den andra", "Enter slå samman", "Esc tillbaka"])] {
            let app = makeApp(language)
            app.press(.enter)
            let screen = lines(app, 80, 24)
            // The box's last two inner lines (the frame's bottom border is two lines above the status lines).
            let hint = screen[19...20].joined(separator: "\n")
            for part in parts { XCTAssertTrue(hint.contains(part), "\(language) \(part):\n" + screen.joined(separator: "\n")) }
            XCTAssertTrue(screen.contains { $0.contains("Perustettu") || $0.contains("Founded") || $0.contains("Grundad") },
                          "the fields still show: " + screen.joined(separator: "\n"))
        }
    }
}
