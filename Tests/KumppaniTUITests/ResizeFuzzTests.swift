import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Window sizes from 1×1 to 400×120: every pane and overlay renders a frame of exactly the
/// asked size without crashing; then 1,000 seeded random resizes interleaved with keys.
final class ResizeFuzzTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
    /// Random keys can reach the export prompts, which write relative to the working directory:
    /// the tests run in a scratch folder so nothing lands in the package.
    var scratch: URL!
    var previousDirectory = ""

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-resize-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        previousDirectory = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(scratch.path)
    }

    override func tearDownWithError() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(previousDirectory)
        try? FileManager.default.removeItem(at: scratch)
    }

    func makeApp() throws -> App {
        let store = try Store.inMemory(clock: clock)
        _ = try DemoGenerator.generate(into: store, associations: 40, seed: 7, today: clock.now(), progress: { _ in })
        return AppFactory.make(store: store, settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    /// The screens to try: each pane, its detail, and the overlays (help, menu, palette, a form).
    static let states: [(name: String, keys: [Key])] = [
        ("directory", [.char("1")]), ("directory detail", [.char("1"), .tab]), ("grants", [.char("2")]),
        ("meetings", [.char("3")]), ("help", [.char("1"), .function(1)]), ("menu", [.char("1"), .function(10)]),
        ("palette", [.char("1"), .char(":")]), ("form", [.char("1"), .char("a")]),
        ("form in grants", [.char("2"), .char("a")]), ("search", [.char("1"), .char("/"), .char("ä")]),
    ]

    static var sizes: [Size] {
        var sizes: [Size] = []
        for w in 1...20 { for h in 1...12 { sizes.append(Size(width: w, height: h)) } }
        for w in stride(from: 21, through: 400, by: 47) { for h in stride(from: 13, through: 120, by: 17) { sizes.append(Size(width: w, height: h)) } }
        sizes += [Size(width: 400, height: 120), Size(width: 80, height: 24), Size(width: 400, height: 1), Size(width: 1, height: 120)]
        return sizes
    }

    func testEveryScreenAtEverySizeFromOneByOneTo400x120() throws {
        let app = try makeApp()
        var problems: [String] = []
        for state in Self.states {
            app.handle(.key(.escape)); app.handle(.key(.escape)); app.handle(.key(.escape))
            for key in state.keys { app.handle(.key(key)) }
            for size in Self.sizes {
                app.handle(.resize(size))
                let frame = app.render(size: size)
                if frame.size != size || frame.cells.count != size.width * size.height {
                    problems.append("\(state.name) at \(size.width)x\(size.height): frame \(frame.size)")
                }
                if let cursor = frame.cursor, !(0..<size.width).contains(cursor.x) || !(0..<size.height).contains(cursor.y) {
                    problems.append("\(state.name) at \(size.width)x\(size.height): cursor outside \(cursor)")
                }
            }
        }
        XCTAssertEqual(problems, [])
        // The screens are real: at 80×24 the directory shows the demo associations.
        app.handle(.key(.escape)); app.handle(.key(.escape)); app.handle(.key(.char("1")))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains(" ry"), app.render(size: Size(width: 80, height: 24)).text)
    }

    func testAThousandRandomResizesInARowWithKeys() throws {
        let app = try makeApp()
        var random = SeededRandom(seed: 0x5153)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        // Keys that move, open and close things, but never quit or write files.
        let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape,
                           .function(1), .function(10), .char(":"), .char("/"), .char("a"), .char("1"), .char("2"),
                           .char("3"), .char("x"), .char("ä"), .char(" "), .backspace]
        var problems: [String] = []
        for step in 0..<1000 {
            // Mostly small windows, where layouts break; sometimes huge ones.
            let size = below(4) == 0 ? Size(width: 1 + below(400), height: 1 + below(120)) : Size(width: 1 + below(60), height: 1 + below(20))
            app.handle(.resize(size))
            for _ in 0..<below(4) { app.handle(.key(keys[below(keys.count)])) }
            let frame = app.render(size: size)
            if frame.size != size { problems.append("step \(step): \(frame.size) for \(size)") }
            if step % 100 == 99 {
                // Do not get stuck in an overlay with a half-typed form: back out now and then.
                for _ in 0..<4 { app.handle(.key(.escape)) }
            }
        }
        XCTAssertEqual(problems, [])
    }
}
