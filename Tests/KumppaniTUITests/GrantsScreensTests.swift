import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 2's screens as values: each deeper screen carries where Esc goes back to, and the rounds
/// (the home) keep their selection under all of them.
final class GrantsScreensTests: XCTestCase {
    private func world() throws -> GrantsPaneTests.World {
        try GrantsPaneTests(name: "seed", testClosure: { _ in }).makeWorld(crowded: true)
    }

    private func text(_ w: GrantsPaneTests.World) -> String { w.app.screen(120, 40).text }
    /// Hollolan Martat's application view shows its reasoning; Lahden's its purpose (the board shows neither).
    private func showsHollola(_ w: GrantsPaneTests.World) -> Bool { text(w).contains("Perustelut: Vakiintunut") }
    private func showsLahti(_ w: GrantsPaneTests.World) -> Bool { text(w).contains("Vertaisryhmät") }

    /// Board → an application → its round's warnings → the application a warning names: Esc walks
    /// back the same way, to the first application (not the board) and then to the board with the
    /// cursor where it was.
    func testEscWalksBackThroughAListOpenedFromAnApplication() throws {
        let w = try world()
        try w.store.database.write {
            try w.store.database.run("UPDATE associations SET status = 'dormant' WHERE name = 'Lahden Omaishoitajat ry'")
        }
        w.app.press(.char("2"), .enter)                     // the board: Lahden (received) first, Hollolan (proposed) next
        w.app.press(.down, .enter)                          // Hollolan Martat's application
        XCTAssertTrue(showsHollola(w), text(w))
        w.app.press(.char("v"))                             // the round's warnings
        XCTAssertTrue(text(w).contains("Jatkuvuusvaroitukset"), text(w))
        w.app.press(.enter)                                 // the application the warning is about
        XCTAssertTrue(showsLahti(w) && !showsHollola(w), text(w))
        w.app.press(.escape)
        XCTAssertTrue(text(w).contains("Jatkuvuusvaroitukset"), "back to the list: " + text(w))
        w.app.press(.escape)
        XCTAssertTrue(showsHollola(w), "back to the application the list was opened from: " + text(w))
        w.app.press(.escape)
        XCTAssertTrue(text(w).contains("Saapunut (1)"), "then the board: " + text(w))
        w.app.press(.enter)
        XCTAssertTrue(showsHollola(w), "the board's cursor stayed on Hollolan: " + text(w))
    }

    /// The way back stays short however long one browses: a list opened from an application that
    /// came from a list goes back to that application and then to the board.
    func testTheWayBackFromASecondListSkipsTheFirst() throws {
        let w = try world()
        try w.store.database.write {
            try w.store.database.run("UPDATE associations SET status = 'dormant' WHERE name = 'Lahden Omaishoitajat ry'")
        }
        w.app.press(.char("2"), .enter, .down, .enter)      // Hollolan Martat's application
        w.app.press(.char("v"), .enter)                     // its round's warnings, then Lahden's application
        XCTAssertTrue(showsLahti(w) && !showsHollola(w), text(w))
        w.app.press(.char("v"))                             // the warnings again, from Lahden's application
        XCTAssertTrue(text(w).contains("Jatkuvuusvaroitukset"), text(w))
        w.app.press(.escape)
        XCTAssertTrue(showsLahti(w) && !showsHollola(w), "back to the application the list was opened from: " + text(w))
        w.app.press(.escape)
        XCTAssertTrue(text(w).contains("Saapunut (1)"), "then the board, not the first list: " + text(w))
    }

    /// Side views replace each other: the charts opened from the warnings go back where the
    /// warnings came from.
    func testTheChartsOverAListGoBackWhereTheListCameFrom() throws {
        let w = try world()
        w.app.press(.char("2"), .enter, .char("u"), .char("g"))
        XCTAssertTrue(text(w).contains("Avustukset vuonna 2026"), text(w))
        w.app.press(.escape)
        XCTAssertTrue(text(w).contains("Saapunut (1)"), "the board: " + text(w))
        w.app.press(.escape)
        XCTAssertTrue(text(w).contains("Avustushaut"), "the rounds: " + text(w))
    }

    /// The home keeps its selected round while a board is open and after Esc.
    func testTheRoundsKeepTheirSelectionUnderTheBoard() throws {
        let w = try world()
        _ = try GrantStore(store: w.store).createRound(GrantRound(name: "Kohdeavustukset 2026", year: 2026, grantTypeCode: "general",
                                                                   appropriationCents: 5_000_00))
        w.app.press(.char("2"), .down, .enter)              // rounds sort by name within a year: Yleis… is the second
        XCTAssertTrue(text(w).contains("Yleisavustukset 2026 (2026)"), text(w))
        w.app.press(.escape, .enter)
        XCTAssertTrue(text(w).contains("Yleisavustukset 2026 (2026)"), text(w))
    }

    /// An application opened by id (as pane 3's § does) goes back to its round's board with the
    /// cursor on it, whatever row the board had before.
    func testAnApplicationOpenedByIDGoesBackToItsRowOnTheBoard() throws {
        let w = try world()
        let hollola = try XCTUnwrap(w.store.database.scalarInt("SELECT id FROM grant_applications WHERE requested_cents = 800000"))
        w.app.press(.char("2"))
        w.app.perform(GrantsAction.openApplication.id, in: .grants, argument: String(hollola))
        XCTAssertTrue(showsHollola(w), text(w))
        w.app.press(.escape)
        XCTAssertTrue(text(w).contains("Saapunut (1)"), "the board: " + text(w))
        w.app.press(.enter)
        XCTAssertTrue(showsHollola(w), "the cursor was on the application: " + text(w))
    }
}
