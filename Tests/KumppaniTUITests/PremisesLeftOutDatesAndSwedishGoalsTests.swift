import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 4 after issues 17 and 18: a date left out of a weekly series stays in the week view,
/// dimmed, and `o` again puts it back (checked for clashes); the `▸` of the chosen booking keeps
/// a space after the English day label; a strategy goal's Swedish title and description are
/// typed in its form and shown in the Swedish UI and the benefit report (Finnish where missing).
final class PremisesLeftOutDatesAndSwedishGoalsTests: XCTestCase {
    private var store: Store!
    private let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // Monday 2026-11-23
    private var carers: Int64 = 0, youth: Int64 = 0, room: Int64 = 0, series: Int64 = 0

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        var a = AssociationDraft(); a.name = "Lahden Omaishoitajat ry"; a.municipality = "Lahti"
        guard case .saved(let c, _) = try DirectoryStore(store: store).save(a) else { throw XCTSkip("fixture") }
        a = AssociationDraft(); a.name = "Nuorisoseura ry"; a.municipality = "Lahti"
        guard case .saved(let y, _) = try DirectoryStore(store: store).save(a) else { throw XCTSkip("fixture") }
        carers = c; youth = y
        let premises = PremisesStore(store: store)
        room = try premises.save(Premises(name: "Kerhohuone 2", address: "Kirkkokatu 1, Lahti", capacity: 20))
        series = try premises.save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä", startsOn: CivilDate(iso: "2026-09-01")!,
                                           endsOn: CivilDate(iso: "2026-12-15")!, weekday: .wednesday, start: ClockTime(hour: 9, minute: 30)!,
                                           end: ClockTime(hour: 11, minute: 0)!))
    }

    private func app(_ language: Language) -> App {
        App(store: store, services: FakeServices(), panes: [PremisesPane()], language: language, clock: clock)
    }

    private func exceptions() throws -> [String] {
        try PremisesStore(store: store).booking(id: series)?.exceptions.map(\.iso).sorted() ?? []
    }

    func testOAgainPutsALeftOutDateBackAndAClashKeepsItLeftOut() throws {
        let app = app(.fi)
        app.press(.char("4"), .tab, .char("o"))
        var text = app.screen(140, 30).text
        XCTAssertTrue(text.contains("25.11.2026 jätetty pois sarjasta; o uudelleen palauttaa sen."), text)
        XCTAssertTrue(text.contains("ke 25.11. ▸ 9.30–11.00 (ei varausta – jätetty pois) Lahden Omaishoitajat ry – Vertaisryhmä\n"), text)
        XCTAssertEqual(try exceptions(), ["2026-11-25"])
        // The left-out date is still chosen: o again puts it back.
        app.press(.char("o"))
        text = app.screen(140, 30).text
        XCTAssertTrue(text.contains("25.11.2026 palautettu sarjaan."), text)
        XCTAssertTrue(text.contains("ke 25.11. ▸ 9.30–11.00 Lahden Omaishoitajat ry – Vertaisryhmä ↻\n"), text)
        XCTAssertEqual(try exceptions(), [])
        // Left out again, and meanwhile another association books the free hour: putting the
        // date back is refused with the clash named, and the date stays left out.
        app.press(.char("o"))
        try PremisesStore(store: store).save(Booking(premisesID: room, associationID: youth, startsOn: CivilDate(iso: "2026-11-25")!,
                                                     start: ClockTime(hour: 10, minute: 0)!, end: ClockTime(hour: 12, minute: 0)!))
        app.press(.char("o"))
        text = app.screen(160, 30).text
        XCTAssertTrue(text.contains("Päällekkäinen varaus 25.11.2026 klo 10.00–12.00: Nuorisoseura ry"), text)
        XCTAssertEqual(try exceptions(), ["2026-11-25"])
        XCTAssertTrue(text.contains("(ei varausta – jätetty pois) Lahden Omaishoitajat ry"), text)
    }

    func testTheChosenBookingsMarkerKeepsASpaceAfterTheEnglishDayLabel() throws {
        let app = app(.en)
        app.press(.char("4"), .tab)
        let text = app.screen(120, 30).text
        let row = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Wed 25.11.") }.map(String.init), text)
        XCTAssertTrue(row.contains("Wed 25.11. ▸"), row)
        XCTAssertFalse(row.contains("25.11.▸"), row)
        // The other days' bookings start in the same column as the chosen one.
        app.press(.char("]"))
        let next = app.screen(120, 30).text
        let plain = try XCTUnwrap(next.split(separator: "\n").first { $0.contains("Wed 2.12.") }.map(String.init), next)
        XCTAssertEqual(plain.range(of: "Lahden")?.lowerBound.utf16Offset(in: plain), row.range(of: "Lahden")?.lowerBound.utf16Offset(in: row), "\(row)\n\(plain)")
    }

    func testAGoalsSwedishTextsAreTypedInTheFormAndShownInTheSwedishUI() throws {
        let strategy = StrategyStore(store: store)
        try strategy.save(StrategyGoal(code: "H1", title: "Osallisuus vahvistuu"))
        let fi = app(.fi)
        fi.press(.char("4"), .char("s"), .char("n"))
        // Code, title, period from and to, description, indicators, then the Swedish title and description.
        fi.type("H3"); fi.press(.tab); fi.type("Ikääntyneet asuvat kotona pidempään")
        fi.press(.tab, .tab, .tab); fi.type("Toimintakyky säilyy."); fi.press(.tab, .tab)
        XCTAssertTrue(fi.screen(120, 40).text.contains("Nimi ruotsiksi"), fi.screen(120, 40).text)
        fi.type("Äldre bor hemma längre"); fi.press(.tab); fi.type("Funktionsförmågan bevaras.")
        fi.press(.ctrl("s"))
        let goal = try XCTUnwrap(strategy.goals().first { $0.code == "H3" })
        XCTAssertEqual(try strategy.swedish(goalID: goal.id)?.title, "Äldre bor hemma längre")
        XCTAssertEqual(try strategy.swedish(goalID: goal.id)?.description, "Funktionsförmågan bevaras.")
        XCTAssertTrue(fi.screen(120, 40).text.contains("H3 Ikääntyneet asuvat kotona pidempään"), "Finnish in the Finnish UI")

        let sv = app(.sv)
        sv.press(.char("4"), .char("s"), .down)
        let text = sv.screen(120, 40).text
        XCTAssertTrue(text.contains("H3 Äldre bor hemma längre"), text)
        XCTAssertTrue(text.contains("Funktionsförmågan bevaras."), text)
        XCTAssertFalse(text.contains("Ikääntyneet asuvat"), text)
        XCTAssertTrue(text.contains("H1 Osallisuus vahvistuu"), "no Swedish title written: the Finnish one\n\(text)")
        // The benefit report by goal (h, then g) in Swedish names the goals in Swedish too.
        sv.press(.char("h"), .char("g"))
        let report = sv.screen(120, 40).text
        XCTAssertTrue(report.contains("H3 Äldre bor hemma längre"), report)
        XCTAssertTrue(report.contains("H1 Osallisuus vahvistuu"), report)
        // Editing the goal again opens the form with the Swedish texts in it.
        sv.press(.char("s"), .down, .char("e"))
        XCTAssertTrue(sv.screen(120, 40).text.contains("Äldre bor hemma längre"), sv.screen(120, 40).text)
    }
}
