import XCTest
@testable import KumppaniTUI
import Kumppani

/// The program imports a large file, answers from the word indexes at once and makes the rest of
/// the search index on a thread of its own (`SearchIndexCompleter`); the shell says how far it is
/// and re-reads the panes when it is done.
final class SearchIndexCompletionTests: XCTestCase {
    func testTheProgramCompletesALargeImportsIndexInTheBackground() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        var lines = ["nimi;kunta;puhelin"]
        for i in 0..<4_500 { lines.append("Lahden Martat \(i) ry;Lahti;040 765 \(4000 + i)") }
        let csv = temp.appendingPathComponent("big.csv").path
        try lines.joined(separator: "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let store = try Store.open(path: temp.appendingPathComponent("k.sqlite").path,
                                   options: Store.Options(autoBackup: false))
        let services = LiveServices(store: store, language: { .fi }, themes: { ["default"] })

        let summary = try services.importAssociations(path: csv, dryRun: false, progress: { _ in })
        XCTAssertEqual(summary.inserted, 4_500)
        var seen: [SearchIndexProgress] = []
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            guard let progress = services.searchIndexProgress() else { break }
            if seen.last != progress { seen.append(progress) }
            if progress == .finished { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertEqual(seen.last, .finished, "\(seen)")
        XCTAssertTrue(seen.contains { if case .running = $0 { return true } else { return false } }, "\(seen)")
        XCTAssertNil(services.searchIndexProgress(), "finished is said once")
        XCTAssertEqual(try SearchIndex.backlogCount(on: store.database), 0)
        let rows = try DirectoryStore(store: store).rows(DirectoryQuery(search: "765 4007"), offset: 0, limit: 5)
        XCTAssertEqual(rows.map(\.name), ["Lahden Martat 7 ry"])
    }

    func testTheStatusLineSaysHowFarTheIndexIsAndWhenItIsDone() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let services = FakeServices()
        let app = App(store: try Store.inMemory(clock: clock), services: services, panes: [DirectoryPane()],
                      language: .fi, clock: clock)
        services.indexProgress = [.running(done: 900, total: 4_500)]
        services.changedExternally = true   // the completion's own chunk: no reload, no "updated" message
        app.idle()
        XCTAssertTrue(app.screen().line(22).contains("Hakuindeksi valmistuu taustalla: 20 %"), app.screen().line(22))
        services.indexProgress = [.finished]
        app.idle()
        XCTAssertTrue(app.screen().line(22).contains("Hakuindeksi valmis (taivutusmuodot, osat, kirjoitusvirheet)."),
                      app.screen().line(22))
        services.indexProgress = [.stopped("levy täynnä")]
        app.idle()
        XCTAssertTrue(app.screen().text.contains("levy täynnä"), app.screen().text)
    }

    /// What stops the completion is said as the user's message, not as a type's description.
    func testAStoppedCompletionSaysWhyInTheUsersWords() {
        let missing = "/nonexistent-\(UUID().uuidString)/k.sqlite"
        let completer = SearchIndexCompleter(path: missing, describe: { App.describe($0, language: .fi) })
        completer.start(left: 5)
        var stopped: String?
        let deadline = Date().addingTimeInterval(10)
        while stopped == nil, Date() < deadline {
            if case .stopped(let why)? = completer.take() { stopped = why }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let why = stopped ?? ""
        XCTAssertTrue(why.contains(missing), why)
        XCTAssertFalse(why.contains("StoreError") || why.contains("DatabaseError") || why.contains("(path:"), why)
        XCTAssertTrue(why.hasPrefix("Tietokantaa "), "in Finnish, as the store says it: \(why)")
    }

    func testThePercentAndTheMessages() {
        XCTAssertEqual(App.percent(900, of: 4_500), 20)
        XCTAssertEqual(App.percent(4_500, of: 4_500), 100)
        XCTAssertEqual(App.percent(0, of: 0), 100)
        XCTAssertEqual(L(.fi)["search_index.completing", 20], "Hakuindeksi valmistuu taustalla: 20 %")
        XCTAssertEqual(L(.en)["search_index.completed"], "Search index complete (inflected forms, parts, typos).")
    }
}
