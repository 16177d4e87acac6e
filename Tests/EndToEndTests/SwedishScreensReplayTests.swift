import XCTest
import Kumppani

/// The Swedish UI through the real binary: every pane and its overlays at 80×24 and 120×40,
/// each screen scanned for Finnish and English UI words. Data (association names, the Finnish
/// demo bodies' own agendas) stays as it was written, so the word lists hold only words the
/// program itself prints.
final class SwedishScreensReplayTests: XCTestCase {
    nonisolated(unsafe) static var demo: Result<DemoDatabase, Error>!
    var temp: URL!

    override class func setUp() { demo = DemoDatabase.make(associations: 120, seed: 3) }
    override class func tearDown() { (try? demo.get())?.remove() }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-sv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    /// Words only the program prints: Finnish and English labels, keys bars, headings. Not in
    /// the lists: keycap names (Delete, Enter), the palette's command names (`:search`, typed as
    /// they are in every language) and words the demo's Finnish agendas hold (Seuraava kokous).
    static let finnishWords: Set<String> = [
        "Yhdistykset", "Avustukset", "Kokoukset", "ohje", "valikko", "komennot", "hae", "Tallenna", "Peruuta", "Peru",
        "Lisää", "Muokkaa", "Poista", "Sulje", "Hakija", "Haettu", "Myönnetty", "Maksettu", "Esitys", "Esityslista",
        "Pöytäkirja", "Toimielimet", "Kunta", "Nimi", "Tila", "toiminnassa", "lepäävä", "lakannut", "Perustiedot",
        "Yhteystiedot", "Kohderyhmät", "Toimintamuodot", "Määräraha", "Vuosi", "Laji", "Vaihe", "Saapunut",
        "Valmistelussa", "Päätetty", "suunniteltu", "hyväksytty", "Ohje", "Kaikkialla", "Lopeta", "Avaa", "Takaisin",
        "Rajaa", "järjestys", "yhdistystä", "Edellinen", "Kirjaa", "Kaaviot", "Huomioitavaa", "Haku",
    ]
    static let englishWords: Set<String> = [
        "Associations", "Grants", "Meetings", "Help", "Menu", "menu", "help", "commands", "Save", "Cancel",
        "Add", "Edit", "Close", "Applicant", "Requested", "Granted", "Paid", "Agenda", "Minutes", "Bodies",
        "Municipality", "Name", "active", "dormant", "dissolved", "Basics", "Contacts", "Quit", "Open", "Back", "Next",
        "Round", "Year", "Stage", "Received", "Decision", "Everywhere", "associations", "order", "the", "and",
    ]

    func unwantedWords(in screen: String) -> [String] {
        let words = screen.components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }
        return Array(Set(words.filter { Self.finnishWords.contains($0) || Self.englishWords.contains($0) })).sorted()
    }

    /// Every pane, its detail, help, menu, palette, filter, referral and form.
    static let tour = """
        <Dump><Tab><Dump><Tab>?<Dump><Esc><F10><Dump><Esc>:<Dump><Esc>f<Dump><Esc>r<Dump><Esc>a<Dump><Esc><Esc>\
        2<Dump><Enter><Dump><Enter><Dump><Esc>?<Dump><Esc>u<Dump><Esc>g<Dump><Esc><Esc>\
        3<Dump><Enter><Dump><Esc><Right><Dump>?<Dump><Esc>
        """

    func testEveryScreenIsSwedishAtBothSizes() throws {
        let db = try Self.demo.get().copy(into: temp)
        for size in ["80x24", "120x40"] {
            let replay = try Replay.run(Self.tour, db: db, in: temp, size: size, language: "sv")
            XCTAssertEqual(replay.outcome.status, 0, replay.outcome.err)
            XCTAssertGreaterThanOrEqual(replay.screens.count, 18)
            for (i, screen) in replay.screens.enumerated() {
                let found = unwantedWords(in: screen)
                XCTAssertEqual(found, [], "\(size) screen \(i) shows \(found):\n\(screen)")
            }
            XCTAssertTrue(replay.screens[0].contains("Föreningar"), replay.screens[0])
            XCTAssertTrue(replay.screens.joined().contains("Understöd"))
            XCTAssertTrue(replay.screens.joined().contains("Sammanträden"))
        }
    }

    func testTheScanWouldSeeFinnishAndEnglishScreens() throws {
        // The same tour in Finnish and English must trip the scan, or the word lists catch nothing.
        let db = try Self.demo.get().copy(into: temp)
        for language in ["fi", "en"] {
            let replay = try Replay.run(Self.tour, db: db, in: temp, size: "120x40", language: language)
            XCTAssertFalse(unwantedWords(in: replay.screens[0]).isEmpty, language)
        }
    }
}
