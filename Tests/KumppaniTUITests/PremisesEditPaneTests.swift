import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 4 driven by keys: a booking chosen with Tab is changed (checked for clashes again),
/// linked to an activity, has a date left out and is deleted; a room is changed (asking when
/// another window changed it first) and is deleted only without bookings; strategy goals are
/// created, linked, unlinked and deleted in the goals view.
final class PremisesEditPaneTests: XCTestCase {
    private var carers: Int64 = 0, youth: Int64 = 0, room: Int64 = 0, series: Int64 = 0

    private func makeWorld(language: Language = .fi) throws -> App {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // Monday 2026-11-23
        let store = try Store.inMemory(clock: clock)
        var a = AssociationDraft(); a.name = "Lahden Omaishoitajat ry"; a.municipality = "Lahti"
        guard case .saved(let c, _) = try DirectoryStore(store: store).save(a) else { throw XCTSkip("fixture") }
        a = AssociationDraft(); a.name = "Nuorisoseura ry"; a.municipality = "Lahti"
        guard case .saved(let y, _) = try DirectoryStore(store: store).save(a) else { throw XCTSkip("fixture") }
        carers = c; youth = y
        for title in ["Omaishoitajien vertaisryhmä", "Muistikahvila"] {
            var activity = ActivityDraft(); activity.title = title
            _ = try DirectoryStore(store: store).saveActivity(activity, association: carers)
        }
        let premises = PremisesStore(store: store)
        room = try premises.save(Premises(name: "Kerhohuone 2", address: "Kirkkokatu 1, Lahti", capacity: 20))
        try premises.save(Premises(name: "Sali", priceCentsPerHour: 15_00))
        series = try premises.save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä", startsOn: CivilDate(iso: "2026-09-01")!,
                                           endsOn: CivilDate(iso: "2026-12-15")!, weekday: .tuesday, start: ClockTime(hour: 13, minute: 0)!,
                                           end: ClockTime(hour: 15, minute: 0)!))
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: CivilDate(iso: "2026-11-26")!,
                                  start: ClockTime(hour: 18, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!))
        return App(store: store, services: FakeServices(), panes: [PremisesPane()], language: language, clock: clock)
    }

    private func stored(_ app: App, _ id: Int64) throws -> Booking? { try PremisesStore(store: app.store).booking(id: id) }

    func testTabChoosesABookingAndTheChangedBookingIsCheckedForClashesAgain() throws {
        let app = try makeWorld()
        app.press(.char("4"), .char("e"))
        XCTAssertTrue(app.screen().text.contains("Valitse ensin varaus sarkaimella (Tab)."), app.screen().text)
        app.press(.tab, .tab)                       // the second booking of the week: Thursday's one-off
        XCTAssertTrue(app.screen(100, 30).text.contains("to 26.11. ▸18.00–20.00 Nuorisoseura ry"), app.screen(100, 30).text)
        app.press(.char("e"))
        XCTAssertTrue(app.screen().text.contains("Muuta varausta: Kerhohuone 2"), app.screen().text)
        // Moved to Tuesday 24.11. 14–16: meets the carers' series, refused with the clash named.
        app.press(.tab, .tab, .tab, .ctrl("u")); app.type("24.11.2026")
        app.press(.tab, .tab, .ctrl("u")); app.type("14"); app.press(.tab, .ctrl("u")); app.type("16")
        app.press(.ctrl("s"))
        // The status line says it whole on a wide screen (the form wraps it inside the box).
        XCTAssertTrue(app.screen(140, 40).text.contains("Päällekkäinen varaus 24.11.2026 klo 13.00–15.00: Lahden Omaishoitajat ry – Vertaisryhmä."),
                      app.screen(140, 40).text)
        XCTAssertEqual(try PremisesStore(store: app.store).bookings().first { $0.associationID == youth }?.startsOn.iso, "2026-11-26", "nothing written")
        // 15–17 is free: saved, the week shows it on Tuesday.
        app.press(.backTab, .ctrl("u")); app.type("15"); app.press(.tab, .ctrl("u")); app.type("17")
        app.press(.ctrl("s"))
        let text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("Varaus muutettu (24.11.2026)."), text)
        XCTAssertTrue(text.contains("ti 24.11.  13.00–15.00 Lahden Omaishoitajat ry – Vertaisryhmä ↻\n"), text)
        XCTAssertTrue(text.contains("15.00–17.00 Nuorisoseura ry"), text)
        XCTAssertTrue(text.contains("to 26.11.  –"), text)
        XCTAssertEqual(try PremisesStore(store: app.store).bookings().count, 2, "changed, not added")
    }

    func testTheActivityChoiceFollowsTheAssociationAndLinksTheBooking() throws {
        let app = try makeWorld()
        app.press(.char("4"), .tab, .char("e"))     // the carers' series
        var text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("(ei toimintaa)"), text)
        app.press(.tab, .right)                     // activities in Finnish order: Muistikahvila first
        XCTAssertTrue(app.screen(100, 30).text.contains("Muistikahvila"), app.screen(100, 30).text)
        app.press(.right)
        XCTAssertTrue(app.screen(100, 30).text.contains("Omaishoitajien vertaisryhmä"), app.screen(100, 30).text)
        app.press(.ctrl("s"))
        let saved = try XCTUnwrap(stored(app, series))
        let title = try app.store.database.scalarString("SELECT title FROM activities WHERE id = ?", saved.activityID)
        XCTAssertEqual(title, "Omaishoitajien vertaisryhmä")
        XCTAssertTrue(app.screen(100, 30).text.contains("Kerhohuone 2 – viikko 48"), "the week shown stays:\n\(app.screen(100, 30).text)")
        // Another association typed: the choice lists its activities (none), so nothing of the carers' stays chosen.
        app.press(.char("e"), .ctrl("u")); app.type("Nuorisoseura ry"); app.press(.tab)
        text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("(ei toimintaa)"), text)
        XCTAssertFalse(text.contains("Omaishoitajien vertaisryhmä"), text)
    }

    func testADateLeftOutAndTheBookingDeletedAfterAsking() throws {
        let app = try makeWorld()
        app.press(.char("4"), .tab, .char("o"))
        var text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("24.11.2026 jätetty pois sarjasta"), text)
        // The date left out has no booking; it stays in the week, dimmed and chosen, to be put back.
        text = app.screen(140, 30).text
        XCTAssertTrue(text.contains("ti 24.11. ▸13.00–15.00 (ei varausta – jätetty pois) Lahden Omaishoitajat ry – Vertaisryhmä\n"), text)
        XCTAssertEqual(try stored(app, series)?.exceptions.map(\.iso), ["2026-11-24"])
        // The next week still has the series; deleting it asks first, n keeps it.
        app.press(.char("]"), .tab, .char("x"))
        text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("Poistetaanko koko toistuva varaus Lahden Omaishoitajat ry –"), text)
        XCTAssertTrue(text.contains("Vertaisryhmä (1.9.2026–15.12.2026)?"), text)
        app.press(.char("n"))
        XCTAssertNotNil(try stored(app, series))
        app.press(.char("x"), .char("y"))
        text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("Varaus poistettu."), text)
        XCTAssertFalse(text.contains("Vertaisryhmä"), text)
        XCTAssertNil(try stored(app, series))
    }

    func testARoomIsChangedAndAChangeFromAnotherWindowAsksFirst() throws {
        let app = try makeWorld(language: .en)
        app.press(.char("4"), .char("E"))
        XCTAssertTrue(app.screen().text.contains("Change room: Kerhohuone 2"), app.screen().text)
        app.press(.ctrl("u")); app.type("Kerhohuone Aalto")
        // Meanwhile another window sets a price.
        let premises = PremisesStore(store: app.store)
        var theirs = try XCTUnwrap(premises.premises(id: room))
        let opened = theirs
        theirs.priceCentsPerHour = 12_00
        try premises.save(theirs, expecting: opened)
        app.press(.ctrl("s"))
        XCTAssertEqual(app.state.topOverlayName, "dialog")
        XCTAssertEqual(try premises.premises(id: room)?.name, "Kerhohuone 2", "nothing written before the choice")
        app.press(.char("1"))                       // keep mine: my name on top of exactly the version shown
        XCTAssertEqual(try premises.premises(id: room)?.name, "Kerhohuone Aalto")
        XCTAssertEqual(try premises.premises(id: room)?.priceCentsPerHour, 0, "keep mine writes my whole form")
        XCTAssertTrue(app.screen(100, 30).text.contains("Kerhohuone Aalto – week 48"), app.screen(100, 30).text)
    }

    func testARoomWithBookingsIsNotDeletedAndAnEmptyOneIsAfterAsking() throws {
        let app = try makeWorld()
        app.press(.char("4"), .char("D"))
        XCTAssertTrue(app.screen().text.contains("Tilalla on 2 varausta: poista ne ensin"), app.screen().text)
        XCTAssertNil(app.state.topOverlayName, "refused at once, no question")
        app.press(.down, .char("D"))
        XCTAssertTrue(app.screen().text.contains("Poistetaanko tila ”Sali”?"), app.screen().text)
        app.press(.char("y"))
        XCTAssertTrue(app.screen().text.contains("Tila ”Sali” poistettu."), app.screen().text)
        XCTAssertEqual(try PremisesStore(store: app.store).premises().map(\.name), ["Kerhohuone 2"])
    }

    func testAStrategyGoalIsCreatedLinkedUnlinkedAndDeleted() throws {
        let app = try makeWorld()
        app.press(.char("4"), .char("s"))
        XCTAssertTrue(app.screen().text.contains("Strategian tavoitteita ei ole vielä kirjattu."), app.screen().text)
        app.press(.char("n"))
        app.type("H3"); app.press(.tab); app.type("Ikääntyneet asuvat kotona"); app.press(.tab); app.type("2026"); app.press(.tab); app.type("2025")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen().text.contains("Kausi päättyy ennen kuin alkaa."), app.screen().text)
        app.press(.ctrl("u")); app.type("2029"); app.press(.tab, .tab); app.type("Kotona asuvat 75+")
        app.press(.ctrl("s"))
        var text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Tavoite H3 tallennettu."), text)
        XCTAssertTrue(text.contains("Kausi 2026–2029"), text)
        XCTAssertTrue(text.contains("• Kotona asuvat 75+"), text)
        XCTAssertTrue(text.contains("Liitetty (0)"), text)
        // l: the kind (activity is first), then the picker filtered as typed.
        app.press(.char("l"), .enter)
        app.type("muisti"); app.press(.enter)
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Liitetty: Muistikahvila – Lahden Omaishoitajat ry"), text)
        XCTAssertTrue(text.contains("Palvelee: 1 yhdistystä, 1 toimintoa, 0 hakemusta"), text)
        XCTAssertTrue(text.contains("Yhdistykset: Lahden Omaishoitajat ry"), text)
        XCTAssertTrue(text.contains("Toiminta: Muistikahvila – Lahden Omaishoitajat ry"), text)
        app.press(.char("u"), .enter)
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Liitos poistettu: Muistikahvila – Lahden Omaishoitajat ry"), text)
        XCTAssertTrue(text.contains("Liitetty (0)"), text)
        app.press(.char("x"), .char("y"))
        XCTAssertTrue(app.screen().text.contains("Tavoite H3 poistettu."), app.screen().text)
        XCTAssertEqual(try StrategyStore(store: app.store).goals().count, 0)
    }

    func testTheNewKeysAreInTheMenuAndTheHelpInSwedish() throws {
        let app = try makeWorld(language: .sv)
        app.press(.char("4"), .char("?"))
        let help = app.screen(120, 60).text
        XCTAssertTrue(help.contains("Ändra bokning"), help)
        XCTAssertTrue(help.contains("Lämna bort dagen ur serien"), help)
        XCTAssertTrue(help.contains("Radera lokal"), help)
        app.press(.escape, .char("s"), .char("?"))
        XCTAssertTrue(app.screen(120, 60).text.contains("Koppla till målet"), app.screen(120, 60).text)
    }

    func testABookingChangedInAnotherWindowAsksWithTheAssociationsByName() throws {
        let app = try makeWorld()
        app.press(.char("4"), .tab, .char("e"))
        for _ in 0..<6 { app.press(.tab) }
        app.press(.ctrl("u")); app.type("16")              // my end time
        let premises = PremisesStore(store: app.store)
        let opened = try XCTUnwrap(premises.booking(id: series))
        var theirs = opened
        theirs.associationID = youth
        try premises.save(theirs, expecting: opened)
        app.press(.ctrl("s"))
        XCTAssertEqual(app.state.topOverlayName, "dialog")
        let text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Tietoa muutettiin toisessa ikkunassa"), text)
        XCTAssertTrue(text.contains("nyt:      Nuorisoseura ry"), "the association by name, not its id:\n\(text)")
        XCTAssertTrue(text.contains("sinun:    16.00"), text)
        XCTAssertEqual(try stored(app, series)?.end, ClockTime(hour: 15, minute: 0)!, "nothing written before the choice")
        app.press(.char("2"))                              // take theirs: the form closes, the file stays
        XCTAssertFalse(app.currentPane.hasUnsavedWork)
        XCTAssertEqual(try stored(app, series)?.associationID, youth)
        XCTAssertTrue(app.screen(100, 30).text.contains("ti 24.11. ▸13.00–15.00 Nuorisoseura ry – Vertaisryhmä ↻"), app.screen(100, 30).text)
    }

    /// Every new form and list of the pane draws at any size without trapping, and says what it is at 80×24.
    func testTheFormsAndTheGoalsViewDrawAtAnySize() throws {
        let app = try makeWorld()
        try StrategyStore(store: app.store).save(StrategyGoal(code: "H1", title: "Osallisuus", indicators: String(repeating: "Mittari\n", count: 30)))
        let opened: [(keys: [Key], title: String)] = [
            ([.char("4"), .tab, .char("e")], "Muuta varausta: Kerhohuone 2"), ([.char("E")], "Muuta tilaa: Kerhohuone 2"),
            ([.char("s")], "H1 Osallisuus"), ([.char("n")], "Uusi strategian tavoite"), ([.char("l"), .enter], "Liitä tavoitteeseen H1: Toiminta"),
        ]
        for step in opened {
            for k in step.keys { app.press(k) }
            for (w, h) in [(1, 1), (10, 5), (30, 8), (45, 12), (200, 60)] { _ = app.screen(w, h) }
            XCTAssertTrue(app.screen().text.contains(step.title), app.screen().text)
            if step.title.hasPrefix("Muuta") || step.title.hasPrefix("Uusi") || step.title.hasPrefix("Liitä") { app.press(.escape) }
        }
    }
}
