import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 1's list once associations carry tags: the name keeps its width, the Tags column gets
/// what is left (cut with "…" and "+n"), and none when it does not fit (the detail still names
/// the tags). Rendered at 80×24, 120×40 and 200×60.
final class DirectoryListColumnsTests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    static let longName = "Suomen Punaisen Ristin Hämeen piirin Lahden osasto ry"

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        directory = DirectoryStore(store: store)
        try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        let heinola = try add("Heinolan Omaishoitajat ry", "Heinola")
        try add("Lahden Partiolaiset ry", "Lahti")
        try directory.addTag("Kumppanuuspöytä 2027 kutsutut", to: [heinola])
        try directory.addTag("hanke", to: [heinola])
    }

    @discardableResult
    func add(_ name: String, _ municipality: String) throws -> Int64 {
        var d = AssociationDraft()
        d.name = name; d.municipality = municipality
        guard case .saved(let saved) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        return saved.id
    }

    func makeApp(_ language: Language = .fi) -> App {
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        return App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
    }

    func lines(_ app: App, _ w: Int, _ h: Int) -> [String] { app.screen(w, h).text.components(separatedBy: "\n") }

    /// The screen line of the row that starts with `name` (the list is at the left edge).
    func row(_ name: String, in lines: [String]) -> String? { lines.first { $0.hasPrefix(name) } }

    func testAt80ColumnsNamesAreWholeAndTheTagsShowWhatFits() {
        let screen = lines(makeApp(), 80, 24)
        XCTAssertTrue(screen[2].contains("Tunnisteet"), screen.joined(separator: "\n"))
        for name in ["Asikkalan Eläkkeensaajat ry", "Lahden Partiolaiset ry"] {
            XCTAssertNotNil(row(name + " ", in: screen), "\(name) whole:\n" + screen.joined(separator: "\n"))
        }
        let heinola = row("Heinolan Omaishoitajat ry ", in: screen) ?? ""
        // Both tags, the second cut with "…" where the line ends.
        XCTAssertTrue(heinola.contains("hanke, Kumppanuuspöytä 2027"), heinola)
        XCTAssertTrue(heinola.trimmingCharacters(in: .whitespaces).hasSuffix("…"), heinola)
    }

    func testAt120ColumnsTheNameKeepsItsWidthAndTheTagsCountTheRest() {
        let screen = lines(makeApp(), 120, 40)
        for name in ["Asikkalan Eläkkeensaajat ry", "Heinolan Omaishoitajat ry", "Lahden Partiolaiset ry"] {
            XCTAssertNotNil(row(name + " ", in: screen), "\(name) whole:\n" + screen.joined(separator: "\n"))
        }
        let heinola = row("Heinolan Omaishoitajat ry ", in: screen) ?? ""
        // The list is the left half: the first tag and how many more.
        XCTAssertTrue(heinola.contains(" hanke +1 "), heinola)
        XCTAssertTrue(heinola.contains("│"), "the detail is beside the list: \(heinola)")
    }

    func testAt200ColumnsNamesAndTagsAreWhole() {
        let screen = lines(makeApp(.en), 200, 60)
        XCTAssertTrue(screen[2].contains("Tags"), screen[2])
        let heinola = row("Heinolan Omaishoitajat ry ", in: screen) ?? ""
        XCTAssertTrue(heinola.contains("hanke, Kumppanuuspöytä 2027 kutsutut "), heinola)
    }

    func testATagsColumnThatWouldCutANameIsLeftOutAndTheDetailStillNamesTheTags() throws {
        try add(Self.longName, "Lahti")
        let app = makeApp()
        let screen = lines(app, 80, 24)
        XCTAssertNotNil(row(Self.longName + " ", in: screen), screen.joined(separator: "\n"))
        XCTAssertFalse(screen[2].contains("Tunnisteet"), "no Tags column: \(screen[2])")
        XCTAssertFalse(screen.contains { $0.contains("hanke") }, screen.joined(separator: "\n"))
        // On the tagged association, the detail names both tags.
        app.press(.down)
        let tall = app.screen(80, 60).text
        XCTAssertTrue(tall.contains("Tunnisteet: hanke, Kumppanuuspöytä 2027 kutsutut"), tall)
        // At 200 columns there is room for both the long name and the tags (the second one cut).
        let wide = lines(app, 200, 60)
        XCTAssertNotNil(row(Self.longName + " ", in: wide), wide.joined(separator: "\n"))
        XCTAssertTrue(row("Heinolan Omaishoitajat ry ", in: wide)?.contains("hanke, Kumppanuuspöytä") == true,
                      wide.joined(separator: "\n"))
    }

    /// The query line at 80 columns: after the search is typed its field is only as wide as the
    /// words, so the tag filter beside them reads whole next to the marked count and the order.
    func testAt80ColumnsTheQueryLineShowsTheFilterWholeBesideMarksAndOrder() {
        let app = makeApp()
        app.press(.char("/"))
        app.type("omaishoitajat")
        app.press(.enter)
        app.press(.char("f"))
        for _ in 0..<7 { app.press(.tab) }
        app.press(.right, .ctrl("s"))   // the first tag: hanke
        app.press(.char("s"), .char(" "))   // order by municipality, mark the row
        let query = lines(app, 80, 24)[1]
        XCTAssertTrue(query.contains("/ omaishoitajat  Rajaus: #hanke"), query)
        XCTAssertTrue(query.hasSuffix("1 merkitty · 1 yhdistys · järjestys: kunta"), query)
    }

    /// A search that matched only with ä/ö folded says so in short words when the full note does not fit.
    func testAt80ColumnsTheFoldedSearchNoteIsShortenedNotCut() throws {
        try add("Äänekosken Eläkkeensaajat ry", "Äänekoski")
        let app = makeApp()
        app.press(.char("/"))
        app.type("aanekosken")
        app.press(.enter)
        let query = lines(app, 80, 24)[1]
        XCTAssertTrue(query.contains("/ aanekosken  ilman ä/ö-eroa"), query)
        XCTAssertTrue(lines(app, 200, 60)[1].contains("ei tarkkoja osumia – näytetään ilman ä/ö-eroa"), "whole where it fits")
    }

    /// A list of items in a narrow cell: whole items, the next one cut, and "+n" for the rest.
    func testAListCellShowsWholeItemsThenACutOneThenHowManyMore() {
        let tags = ["hanke", "Kumppanuuspöytä 2027 kutsutut", "Lahti", "vapaaehtoiset"]
        XCTAssertEqual(CellOverflow.items(tags, width: 80), "hanke, Kumppanuuspöytä 2027 kutsutut, Lahti, vapaaehtoiset")
        XCTAssertEqual(CellOverflow.items(tags, width: 20), "hanke, Kumppanuu… +2")
        XCTAssertEqual(CellOverflow.items(tags, width: 10), "hanke +3")
        XCTAssertEqual(CellOverflow.items(["Kumppanuuspöytä 2027 kutsutut", "hanke"], width: 12), "Kumppanu… +1")
        XCTAssertEqual(CellOverflow.items(["Kumppanuuspöytä"], width: 8), "Kumppan…")
    }
}
