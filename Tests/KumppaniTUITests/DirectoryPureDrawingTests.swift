import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Issue 13: drawing pane 1 is a pure function of its state. Every screen of the pane is drawn
/// while the connection's statement counter is watched: no store query happens while drawing,
/// and the list's rows still show (they were read on the update path).
final class DirectoryPureDrawingTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let db = store.database
        try db.write {
            for i in 0..<600 {
                let name = String(format: "Yhdistys %04d ry", i)
                try db.run("""
                    INSERT INTO associations(id, name, name_key, municipality_code, phone, created_at, updated_at)
                    VALUES (?, ?, ?, '111', ?, 'x', 'x')
                    """, Int64(i + 1), name, name.lowercased(), i < 2 ? "044 512 3456" : "")
            }
            try db.run("INSERT INTO association_categories(association_id, list, code) VALUES (1, 'target_group', 'family_carers')")
            try db.run("INSERT INTO contact_log(id, association_id, contacted_on, kind, note, created_at) VALUES (7, 1, '2026-11-20', 'call', 'Soitto', 'x')")
        }
    }

    func makeApp() -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .fi, clock: clock)
    }

    /// Draws the pane at each size and asserts no statement ran on the connection meanwhile.
    /// Returns the 120×40 frame's text (`tall`: the 200×60 one's).
    func assertDrawsWithoutQueries(_ app: App, _ what: String, tall: Bool = false,
                                   file: StaticString = #filePath, line: UInt = #line) -> String {
        let context = app.makeContext()
        var text = ""
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
            let before = store.database.statementsStarted
            var frame = Frame(size: size)
            app.currentPane.render(into: &frame, in: Rect(x: 0, y: 1, width: size.width, height: size.height - 3), context: context.drawing)
            XCTAssertEqual(store.database.statementsStarted, before, "\(what) at \(size.width)×\(size.height) queried while drawing",
                           file: file, line: line)
            if size.width == (tall ? 200 : 120) { text = frame.text }
        }
        return text
    }

    func testEveryScreenOfPane1DrawsWithoutAStoreQuery() throws {
        let app = makeApp()
        _ = app.screen(120, 40)
        var screen = assertDrawsWithoutQueries(app, "the list")
        XCTAssertTrue(screen.contains("Yhdistys 0000 ry") && screen.contains("Yhdistys 0030 ry"), screen)

        for _ in 0..<12 { app.press(.pageDown) }
        screen = assertDrawsWithoutQueries(app, "the list after PgDn")
        let selected = try XCTUnwrap((app.currentPane as? DirectoryPane)?.home.detail.record?.association.name)
        XCTAssertGreaterThan(selected, "Yhdistys 0300 ry", "deep in the list")
        XCTAssertEqual(screen.components(separatedBy: selected).count, 3,
                       "the selected row is drawn in the list (rows read on the update path) and in the detail: \(screen)")
        // A taller window than the update path sized for: its rows are still in the prefetched margin.
        app.press(.home)
        let tall = assertDrawsWithoutQueries(app, "the list's top", tall: true)
        XCTAssertTrue(tall.contains("Yhdistys 0050 ry"), tall)

        app.press(.char("/"))
        app.type("0042")
        screen = assertDrawsWithoutQueries(app, "search as you type")
        XCTAssertTrue(screen.contains("Yhdistys 0042 ry"), screen)
        app.press(.escape)

        app.press(.tab, .down)   // the detail, its contact-log entry chosen
        _ = assertDrawsWithoutQueries(app, "the detail with an item chosen")
        app.press(.enter)
        _ = assertDrawsWithoutQueries(app, "the contact-log edit form")
        app.press(.escape, .escape, .escape)

        app.press(.char("f"), .tab, .tab, .right, .ctrl("s"))   // a target-group filter: its label on the query line
        screen = assertDrawsWithoutQueries(app, "the filtered list")
        XCTAssertTrue(screen.contains("Rajaus: Lapset"), "the label read when the filter was applied: \(screen)")
        app.press(.char("f"))
        _ = assertDrawsWithoutQueries(app, "the filter form")
        app.press(.escape)

        for keys: [Key] in [[.char("e")], [.char("l")], [.char("w")], [.char("r")], [.char("m")], [.char("k")], [.char("k"), .enter]] {
            app.press(.escape, .escape)
            for key in keys { app.press(key) }
            _ = assertDrawsWithoutQueries(app, "the screen after \(keys)")
        }
        XCTAssertTrue(assertDrawsWithoutQueries(app, "the merge side by side").contains("Yhdistä rinnakkain"))
    }

    func testTheCounterSeesAQuery() throws {
        let before = store.database.statementsStarted
        _ = try store.database.scalarInt("SELECT count(*) FROM associations")
        XCTAssertEqual(store.database.statementsStarted, before + 1, "else the drawing test above could not fail")
    }
}
