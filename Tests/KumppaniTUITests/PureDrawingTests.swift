import XCTest
import Kumppani
@testable import KumppaniTUI

/// Issue 13: drawing the Meetings, Grants and Premises panes and the shell around them is a pure
/// function of their state. Every screen of these panes is drawn here with the store's statement counter read around the
/// drawing (0 statements) and the pane's state dumped before and after (unchanged); the screen's
/// own text is checked too, so a screen that did not open cannot pass by drawing nothing.
final class PureDrawingTests: XCTestCase {
    let size = Size(width: 120, height: 40)

    /// Draws the current pane alone; fails when the drawing ran a statement or changed the pane.
    @discardableResult
    func drawPurely(_ app: App, shows expected: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        var before = ""
        dump(app.currentPane, to: &before)
        var frame: Frame?
        let ran = app.statementsRun {
            frame = app.currentPane.drawnAlone(size: size, in: app.bodyArea(size), context: app.makeContext())
        }
        var after = ""
        dump(app.currentPane, to: &after)
        XCTAssertEqual(ran, 0, "drawing ran statements on the store", file: file, line: line)
        XCTAssertTrue(before == after, "drawing changed the pane's state", file: file, line: line)
        let text = frame?.text ?? ""
        XCTAssertTrue(text.contains(expected), "expected «\(expected)» in:\n\(text)", file: file, line: line)
        return text
    }

    /// A pane that asks the store while drawing, as the Directory list did: the counter sees it,
    /// so the checks here and in every test's `screen()` can fail. Drawing gets no store by type
    /// (`DrawContext`), so this pane smuggles one in through a box a real pane does not have.
    final class StoreBox { var store: Store? }
    struct QueryingPane: Pane {
        let box: StoreBox
        let id = PaneID.grants
        var titleKey: String { "shell.pane.grants" }
        var bindings: [KeyBinding] { [] }
        var isCapturingText: Bool { false }
        var hasUnsavedWork: Bool { false }
        mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult { .ignored }
        mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult { .ignored }
        func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
            let count = (try? box.store?.database.scalarInt("SELECT count(*) FROM associations")) ?? -1
            frame.put("\(count ?? -1)", x: area.x, y: area.y)
        }
    }

    func testTheCounterSeesADrawingThatQueries() throws {
        let box = StoreBox()
        let (app, _) = try makeApp(panes: [QueryingPane(box: box)])
        box.store = app.store
        app.press(.char("2"))
        let ran = app.statementsRun { _ = app.currentPane.drawnAlone(size: size, in: app.bodyArea(size), context: app.makeContext()) }
        XCTAssertEqual(ran, 1)
    }

    func testEveryMeetingsScreenDrawsWithoutTheStoreOrChangingState() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member)] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: role)
        }
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal, text: "Hyväksytään avustukset liitteen mukaisesti.")
        app.press(.char("3"))
        _ = app.render(size: size)
        drawPurely(app, shows: "Lahden kumppanuuspöytä")                  // bodies and meetings
        app.press(.char("m"))
        drawPurely(app, shows: "Eero Esko")                               // members
        app.press(.escape, .char("t"))
        drawPurely(app, shows: "Toimenpiteet")                            // actions
        app.press(.escape, .char("g"))
        drawPurely(app, shows: "2026")                                    // negotiation goals
        app.press(.escape, .enter)
        drawPurely(app, shows: "Järjestöavustukset 2027")                 // the agenda
        app.press(.char("e"))
        app.type("Lisäys.")
        drawPurely(app, shows: "Lisäys.")                                 // the agenda's editor
        app.press(.escape, .char("u"))
        drawPurely(app, shows: "Aino Aalto")                              // the officer picker
        app.press(.escape, .escape, .char("s"))
        drawPurely(app, shows: "kokous käynnissä")                        // the live minutes
        app.press(.char("a"))
        drawPurely(app, shows: "[a] ○Aino Aalto")                         // attendance keys
        app.press(.enter)
        for _ in 0..<((try s.items(meetingID: m).firstIndex { $0.id == item }) ?? 0) { app.press(.char("n")) }
        app.press(.char("e"))
        app.type("Keskusteltiin.")
        drawPurely(app, shows: "Keskusteltiin.")                          // the minutes editor
    }

    func testEveryGrantsScreenDrawsWithoutTheStoreOrChangingState() throws {
        let w = try GrantsPaneTests(name: "seed", testClosure: { _ in }).makeWorld()   // its seeded round and application
        let app = w.app
        app.press(.char("2"))
        _ = app.render(size: size)
        drawPurely(app, shows: "Yleisavustukset 2026")                    // the rounds
        app.press(.enter)
        drawPurely(app, shows: "Lahden Omaishoitajat ry")                 // the round's board
        app.press(.char("v"))
        drawPurely(app, shows: "Yleisavustukset 2026")                    // a side list: continuity warnings
        app.press(.escape, .char("g"))
        drawPurely(app, shows: "2026")                                    // the charts
        app.press(.down, .escape, .enter)
        drawPurely(app, shows: "Vertaisryhmät")                           // the application
        app.press(.char("e"))
        drawPurely(app, shows: "Vertaisryhmät")                           // the application form
    }

    func testEveryPremisesScreenDrawsWithoutTheStoreOrChangingState() throws {
        let (app, _) = try makeApp(panes: [PremisesPane()])
        let store = app.store
        let carers = Store.newID()
        try store.database.write {
            try store.database.run("INSERT INTO associations(id, name, name_key, created_at, updated_at) VALUES (?, 'Lahden Omaishoitajat ry', 'lahden', 'x', 'x')", carers)
        }
        let premises = PremisesStore(store: store)
        let room = try premises.save(Premises(name: "Kerhohuone 2", address: "Kirkkokatu 1, Lahti", capacity: 20))
        try premises.save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä", startsOn: CivilDate(iso: "2026-09-01")!,
                                  endsOn: CivilDate(iso: "2026-12-15")!, weekday: .tuesday, start: ClockTime(hour: 13, minute: 0)!,
                                  end: ClockTime(hour: 15, minute: 0)!))
        try StrategyStore(store: store).save(StrategyGoal(code: "H2", title: "Nuoret voivat hyvin"))
        app.press(.char("4"))
        _ = app.render(size: size)
        drawPurely(app, shows: "Vertaisryhmä")                            // the week view
        app.press(.char("b"))
        drawPurely(app, shows: "Uusi varaus: Kerhohuone 2")                                  // the booking form
        app.press(.escape, .char("n"))
        drawPurely(app, shows: "Uusi tila")                                  // the room form
        app.press(.escape, .char("h"))
        drawPurely(app, shows: "Panokset ja hyödyt kohderyhmittäin 2026")                                  // the benefit report by target group
        app.press(.char("g"))
        drawPurely(app, shows: "H2 Nuoret voivat hyvin\n  Palvelee: 0 yhdistystä")   // by strategy goal: who serves each goal
        app.press(.char("s"))
        drawPurely(app, shows: "Mikä palvelee tavoitetta")                                  // the goals view
        app.press(.char("n"))
        drawPurely(app, shows: "Uusi strategian tavoite")                                  // the goal form
    }

    /// The status line's exchange state is read on the idle tick, not while drawing.
    func testTheShellDrawsTheExchangeStateWithoutAskingTheStore() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let store = try Store.inMemory(clock: clock)
        try Sync.initialize(store)
        let services = LiveServices(store: store, language: { .fi }, themes: { ["default"] })
        let app = App(store: store, services: services, panes: [MeetingsPane()], language: .fi, clock: clock)
        app.press(.char("3"))
        var frame: Frame?
        let ran = app.statementsRun { frame = app.render(size: size) }
        XCTAssertEqual(ran, 0, "drawing the shell ran statements on the store")
        XCTAssertTrue(frame?.text.contains("ei vaihdettu, lähtemättä 0") == true, frame?.text ?? "")
        try MeetingStore(store: store).createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        app.handle(.tick)
        XCTAssertTrue(app.render(size: size).text.contains("ei vaihdettu, lähtemättä 1"), app.render(size: size).text)
    }
}
