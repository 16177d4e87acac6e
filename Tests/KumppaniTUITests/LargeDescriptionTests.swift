import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A 1 MB description (one paragraph, or 20,000 short lines) shows in the detail view and
/// scrolls to its end; moving and re-rendering do not wrap the whole text again each time.
final class LargeDescriptionTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))

    func app(description: String) throws -> App {
        let store = try Store.inMemory(clock: clock)
        var draft = AssociationDraft()
        draft.name = "Iso Kuvaus ry"; draft.municipality = "Lahti"; draft.description = description
        _ = try DirectoryStore(store: store).save(draft)
        var other = AssociationDraft()
        other.name = "Pieni ry"; other.municipality = "Lahti"
        _ = try DirectoryStore(store: store).save(other)
        return AppFactory.make(store: store, settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func check(_ description: String, lastWords: String) throws {
        XCTAssertGreaterThanOrEqual(description.utf8.count, 1_000_000)
        let app = try app(description: description)
        let size = Size(width: 100, height: 30)
        let first = app.render(size: size)
        XCTAssertTrue(first.text.contains("Iso Kuvaus ry"), first.text)
        XCTAssertTrue(first.text.contains("alku"), "the description's start is in the detail:\n\(first.text)")
        // Into the detail and down page by page: 40 renders, each must not re-wrap 1 MB.
        app.handle(.key(.tab))
        for _ in 0..<40 { app.handle(.key(.pageDown)); _ = app.render(size: size) }
        app.handle(.key(.end))
        var screen = app.render(size: size)
        if !screen.text.contains(lastWords) {
            // `End` may not be bound in the detail: page down until the end is shown (bounded).
            for _ in 0..<3000 where !screen.text.contains(lastWords) { app.handle(.key(.pageDown)); screen = app.render(size: size) }
        }
        XCTAssertTrue(screen.text.contains(lastWords), "the end of the description is reachable:\n\(screen.text)")
        app.handle(.key(.home))
        app.handle(.key(.escape))
        app.handle(.key(.down))
        XCTAssertTrue(app.render(size: size).text.contains("Pieni ry"))
    }

    func testOneMegabyteParagraphScrollsToItsEnd() throws {
        var text = "alku "
        while text.utf8.count < 1_000_000 { text += "sana\(text.utf8.count % 97) " }
        try check(text + "LOPPU", lastWords: "LOPPU")
    }

    func testOneMegabyteWithoutSpacesOrWithManyLines() throws {
        try check("alku" + String(repeating: "x", count: 1_000_000) + " LOPPU", lastWords: "LOPPU")
        let lines = (0..<20_000).map { "alku rivi \($0) " + String(repeating: "ä", count: 40) }.joined(separator: "\n")
        try check(lines + "\nLOPPU", lastWords: "LOPPU")
    }
}
