import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The likely-duplicates view, the merge side by side and its undo, through keys: screen and file.
final class DuplicatesPaneTests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    var keep: Int64 = 0, dup: Int64 = 0
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String, businessID: String = "", phone: String = "") throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality; d.businessID = businessID; d.phone = phone
            guard case .saved(let id, _) = try directory.save(d, acceptWarnings: true) else { throw XCTSkip("fixture not saved") }
            return id
        }
        keep = try add("Heinolan omaishoitajat", "Heinola", businessID: "2345678-0")
        dup = try add("Heinolan Omaishoitajat ry", "Heinola", phone: "044 512 3456")
        _ = try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        var activity = ActivityDraft()
        activity.title = "Vertaisryhmä"
        guard case .saved = try directory.saveActivity(activity, association: dup) else { throw XCTSkip("activity not saved") }
    }

    func makeApp(_ language: Language = .fi) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func testThePairIsListedWithWhyComparedSideBySideMergedWithTheChosenNameAndUndone() throws {
        let app = makeApp()
        app.press(.char("k"))
        var screen = app.screen(120, 30).text
        XCTAssertTrue(screen.contains("Todennäköiset kaksoiskappaleet: 1 paria"), screen)
        XCTAssertTrue(screen.contains("sama nimi · sama kunta"), screen)
        XCTAssertFalse(screen.contains("Asikkalan"), "no pair for an association unlike the others")

        app.press(.enter)
        screen = app.screen(120, 30).text
        XCTAssertTrue(screen.contains("Yhdistä rinnakkain"), screen)
        XCTAssertTrue(app.screen(80, 24).text.contains("Postitoimipaikka "), "the longest label whole at 80 columns")
        let nameLine = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Nimi") })
        XCTAssertTrue(nameLine.contains("● Heinolan omaishoitajat") && nameLine.contains("○ Heinolan Omaishoitajat ry"), String(nameLine))
        let phoneLine = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Puhelin") })
        XCTAssertTrue(phoneLine.contains("● +358 44 5123456"), "an empty field takes the other's value: \(phoneLine)")

        app.press(.right)          // the name from the right-hand record
        app.press(.enter)
        XCTAssertTrue(app.screen(120, 30).text.contains("Siirretäänkö yhdistyksen ”Heinolan Omaishoitajat ry” toiminta"))
        XCTAssertNotNil(try directory.association(dup), "nothing merged before the answer")
        app.press(.char("y"))
        screen = app.screen(220, 30).text
        XCTAssertTrue(screen.contains("yhdistettiin yhdistykseen") && screen.contains("Peru: U."), screen)
        XCTAssertNil(try directory.association(dup))
        let kept = try XCTUnwrap(try directory.detail(keep))
        XCTAssertEqual([kept.association.name, kept.association.phone, kept.association.businessID ?? ""],
                       ["Heinolan Omaishoitajat ry", "+358 44 5123456", "2345678-0"])
        XCTAssertEqual(kept.activities.map(\.title), ["Vertaisryhmä"])

        app.press(.char("U"))
        XCTAssertTrue(app.screen(120, 30).text.contains("Palautetaanko ”Heinolan Omaishoitajat ry”"))
        app.press(.char("y"))
        screen = app.screen(120, 30).text
        XCTAssertTrue(screen.contains("Yhdistäminen peruttu"), screen)
        XCTAssertEqual(try directory.association(keep)?.name, "Heinolan omaishoitajat")
        XCTAssertEqual(try directory.association(keep)?.phone, "")
        XCTAssertEqual(try directory.detail(dup)?.activities.map(\.title), ["Vertaisryhmä"])
    }

    func testUndoIsRefusedWithAClearMessageWhenTheKeptRecordChangedSince() throws {
        let summary = try directory.merge(keep: keep, remove: dup, takingFromRemoved: ["phone"])
        XCTAssertNotNil(summary.mergeID)
        try store.database.write { try store.database.run("UPDATE associations SET phone = '03 123 4567' WHERE id = ?", keep) }
        let app = makeApp(.en)
        app.press(.down)   // the kept association (second in the list)
        app.press(.char("U"))
        XCTAssertTrue(app.screen(140, 30).text.contains("Restore “Heinolan Omaishoitajat ry”"))
        app.press(.char("y"))
        let screen = app.screen(160, 30).text
        XCTAssertTrue(screen.contains("The merge was not undone: the kept association's fields were changed since (Phone)"), screen)
        XCTAssertNil(try directory.association(dup))
    }

    func testTheViewSearchesInTheBackgroundAndKeysStayWithTheView() throws {
        let worker = HeldWorker(store: store)
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .en, clock: clock, worker: worker)
        app.press(.char("k"))
        XCTAssertTrue(app.screen(120, 30).text.contains("Likely duplicates: searching…"))
        app.press(.down)   // a key while the search runs is handled at once
        worker.release()
        app.idle()
        XCTAssertTrue(app.screen(120, 30).text.contains("Likely duplicates: 1 pairs"))
    }
}
