import XCTest
import Kumppani
@testable import KumppaniTUI

/// The help overlay at 80×24 wraps a long label under its column instead of cutting it at the box.
final class HelpWrapTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    /// Every page of the help, as the text inside the box (borders and margins dropped), joined
    /// with single spaces so a wrapped label reads as one.
    func helpText(_ language: Language) throws -> String {
        let store = try Store.inMemory(clock: clock)
        var draft = AssociationDraft()   // not empty, so the directory rather than the welcome screen
        draft.name = "Lahden Omaishoitajat ry"; draft.municipality = "Lahti"
        guard case .saved = try DirectoryStore(store: store).save(draft) else { throw XCTSkip("fixture not saved") }
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        let app = App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
        _ = app.screen(80, 24)
        app.press(.char("?"))
        var rows: [String] = []
        var previous = ""
        for _ in 0..<40 {
            let text = app.screen(80, 24).text
            if text == previous { break }
            previous = text
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let parts = line.split(separator: "│", omittingEmptySubsequences: false)
                if parts.count >= 3 { rows.append(String(parts[1])) }
            }
            app.press(.pageDown)
        }
        return rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    func testLongLabelsAreWrappedNotCutAt80Columns() throws {
        for language in [Language.sv, .en, .fi] {
            let text = try helpText(language)
            for key in ["directory.action.merge_undo", "directory.marks.follow_up", "directory.marks.marked"] {
                let label = L(language)[key].split(separator: " ").joined(separator: " ")
                XCTAssertTrue(text.contains(label), "\(language) \(key): «\(label)» not whole in the help:\n\(text)")
            }
        }
    }
}
