import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A long export shows the progress bar while it writes (the screen froze for seconds at
/// 100,000 associations), and the bar's figures rise to the end; the file is whole.
final class ExportProgressTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var path = ""

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        try store.database.write {
            for i in 0..<1_500 {
                try store.database.run("INSERT INTO associations(name, name_key, status, created_at, updated_at) VALUES (?, ?, 'active', '', '')",
                                       "Yhdistys \(i) ry", "yhdistys \(i) ry")
            }
        }
        path = NSTemporaryDirectory() + "export-progress-\(UUID().uuidString)"
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: path) }

    func run(_ command: String, language: Language = .fi) -> [Frame] {
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        let app = App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
        _ = app.screen(100, 30)
        var shown: [Frame] = []
        app.presentDuringWork = { shown.append($0) }
        app.press(.char(":"))
        app.type(command + " " + path)
        app.press(.enter)
        return shown
    }

    func percents(_ frames: [Frame]) -> [Int] {
        frames.compactMap { frame in
            frame.text.range(of: #"\d+ ?%"#, options: .regularExpression).flatMap { Int(frame.text[$0].filter(\.isNumber)) }
        }
    }

    func testTheCSVExportShowsItsBarRisingAndWritesEveryRow() throws {
        let frames = run("export")
        XCTAssertTrue(frames.contains { $0.text.contains("Vie yhdistykset") }, frames.first?.text ?? "no frame shown")
        let figures = percents(frames)
        XCTAssertGreaterThanOrEqual(figures.count, 2, "the bar moved during the export")
        XCTAssertEqual(figures, figures.sorted())
        XCTAssertGreaterThan(figures.last ?? 0, 50)
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines.filter { !$0.isEmpty }.count, 1 + 1_500)
    }

    func testTheFullExportShowsItsBarToo() throws {
        let frames = run("export-all", language: .en)
        let figures = percents(frames)
        XCTAssertGreaterThanOrEqual(figures.count, 2, frames.last?.text ?? "no frame shown")
        XCTAssertEqual(figures, figures.sorted())
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        XCTAssertEqual((json?["associations"] as? [Any])?.count, 1_500)
    }
}
