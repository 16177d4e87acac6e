import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Holds background requests until the test releases them, so a test can look at the screen
/// while a query is still "running" and answer requests out of order.
final class HeldWorker: BackgroundWorker {
    let store: Store
    var held: [BackgroundRequest] = []
    private var finished: [BackgroundResult] = []
    init(store: Store) { self.store = store }

    func submit(_ request: BackgroundRequest) { held.append(request) }
    func takeFinished() -> [BackgroundResult] { defer { finished = [] }; return finished }
    var isBusy: Bool { !held.isEmpty }

    /// Runs the held request at `index` now (default: the oldest) and makes its result ready.
    func release(_ index: Int = 0) {
        let request = held.remove(at: index)
        finished.append(BackgroundResult(channel: request.channel, pane: request.pane,
                                         value: Result { try request.work(store) }))
    }
}

/// The referral view's query leaves the key path: a key is drawn at once with "Searching…",
/// the answer shows when it comes, and an answer to older criteria never replaces the newer one.
final class ReferralBackgroundTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        for (name, municipality, title) in [("Heinolan Omaishoitajat ry", "Heinola", "Omaishoitajien vertaisryhmä"),
                                            ("Lahden Laulajat ry", "Lahti", "Kuorolaulu ikäihmisille")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            var activity = ActivityDraft()
            activity.title = title; activity.kindCode = "peer_group"
            guard case .saved = try directory.saveActivity(activity, association: id) else { throw XCTSkip("activity not saved") }
        }
    }

    func testAKeyIsDrawnAtOnceAndTheAnswerWhenItComes() {
        let worker = HeldWorker(store: store)
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .en, clock: clock, worker: worker)
        app.press(.char("r"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Searching"), app.screen(100, 30).text)
        XCTAssertTrue(app.isWaitingForWork)
        worker.release()
        app.idle()
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Omaishoitajien vertaisryhmä") && screen.contains("Kuorolaulu ikäihmisille"), screen)
        XCTAssertFalse(screen.contains("Searching"), screen)

        // Keywords: the old answer stays on screen while the new one is on its way.
        app.press(.tab, .tab, .tab)
        app.type("kuoro")
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Searching"), screen)
        XCTAssertTrue(screen.contains("Omaishoitajien vertaisryhmä"), "the earlier answer stays until the new one comes\n" + screen)
        XCTAssertEqual(worker.held.count, 5, "one request per key typed")
        worker.release(worker.held.count - 1)   // the newest answer comes first …
        app.idle()
        worker.release(0)                       // … and a late answer to "k" must not replace it
        app.idle()
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Kuorolaulu ikäihmisille"), screen)
        XCTAssertFalse(screen.contains("Omaishoitajien vertaisryhmä"), screen)
        XCTAssertTrue(screen.contains("1 match"), screen)
    }

    func testEnterBeforeTheAnswerGoesToTheResultsWhenItComes() {
        let worker = HeldWorker(store: store)
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .en, clock: clock, worker: worker)
        app.press(.char("r"))
        app.press(.tab)
        app.type("Lahti")
        app.press(.enter)
        while !worker.held.isEmpty { worker.release() }
        app.idle()
        app.press(.char("w"))   // in the results w writes the card; in a field it would be typed
        let screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Referral to a file"), screen)
    }
}

/// The program's worker: a thread of its own with its own read connection; on one channel
/// only the newest request's answer is delivered.
final class ThreadedWorkerTests: XCTestCase {
    func testOnlyTheNewestAnswerOnAChannelIsDeliveredAndASlowQueryIsInterrupted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("k.sqlite").path
        let store = try Store.open(path: path, options: .init(autoBackup: false))
        var d = AssociationDraft()
        d.name = "Lahden Laulajat ry"
        _ = try DirectoryStore(store: store).save(d)

        let worker = ThreadedWorker(path: path)
        let started = Date()
        // Counts to a billion unless interrupted: seconds of work, unless the newer request stops it.
        worker.submit(BackgroundRequest(channel: "c") { s in
            try s.database.scalarInt("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n") ?? 0
        })
        usleep(50_000)
        worker.submit(BackgroundRequest(channel: "c") { s in
            try s.database.scalarString("SELECT name FROM associations") ?? ""
        })
        var results: [BackgroundResult] = []
        while worker.isBusy || results.isEmpty, Date().timeIntervalSince(started) < 20 {
            results += worker.takeFinished()
            usleep(2_000)
        }
        results += worker.takeFinished()
        XCTAssertEqual(results.count, 1)
        XCTAssertEqual(try results.first?.value.get() as? String, "Lahden Laulajat ry")
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "the slow query was not interrupted")
    }
}

/// A referral slip goes to the file through the app's services, never from the pane itself.
final class ReferralSlipServiceTests: XCTestCase {
    func testTheSlipIsWrittenThroughTheServices() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Lahden Laulajat ry"; d.municipality = "Lahti"; d.phone = "040 123 4567"
        guard case .saved(let id, _) = try directory.save(d) else { return XCTFail("fixture") }
        var activity = ActivityDraft()
        activity.title = "Kuorolaulu ikäihmisille"
        guard case .saved = try directory.saveActivity(activity, association: id) else { return XCTFail("fixture") }
        let services = FakeServices()
        let app = App(store: store, services: services, panes: [DirectoryPane()], language: .fi, clock: clock)
        app.press(.char("r"), .pageDown, .char("w"))
        app.press(.ctrl("u"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lahete-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        app.type(path)
        app.press(.enter)
        let slip = try XCTUnwrap(services.documents[path], "calls: \(services.calls)")
        XCTAssertTrue(slip.contains("Kuorolaulu ikäihmisille") && slip.contains("+358 40 1234567"), slip)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), slip)
    }
}
