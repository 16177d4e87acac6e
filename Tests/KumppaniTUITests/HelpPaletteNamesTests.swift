import XCTest
import Kumppani
@testable import KumppaniTUI

/// An action without a key is listed in the help as the palette command a user types
/// (`:directory.clear`): typing exactly that in the palette and pressing Enter runs that action,
/// not another whose name starts the same (`directory.clear-marks`).
final class HelpPaletteNamesTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    func testEveryKeylessActionInTheHelpIsThePaletteCommandThatRunsIt() throws {
        let store = try Store.inMemory(clock: clock)
        var draft = AssociationDraft()   // not empty, so the panes rather than the welcome screen
        draft.name = "Lahden Omaishoitajat ry"; draft.municipality = "Lahti"
        guard case .saved = try DirectoryStore(store: store).save(draft) else { throw XCTSkip("fixture not saved") }
        let app = AppFactory.make(store: store, settings: AppFactory.Settings(language: .fi, clock: clock))
        var checked = 0
        for pane in ["1", "2", "3", "4"] {
            app.press(.char(Character(pane)))
            let help = HelpState.lines(app.helpGroups(), l: app.l).map { $0.text }.joined(separator: "\n")
            let commands = app.paletteCommands()
            for binding in app.helpGroups().flatMap(\.bindings) where binding.keys.isEmpty {
                let shown = ":" + binding.action.rawValue
                XCTAssertTrue(help.contains(shown), "pane \(pane): \(shown) in the help")
                var palette = PaletteState()
                for c in binding.action.rawValue { _ = palette.handle(.key(.char(c)), commands: commands) }
                guard case .run(let command, _) = palette.handle(.key(.enter), commands: commands) else {
                    XCTFail("pane \(pane): \(shown) runs nothing"); continue
                }
                XCTAssertEqual(command.binding.action, binding.action, "pane \(pane): \(shown) runs \(command.name)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 8, "the keyless actions were found")
    }

    func testAnExactNameWinsOverALongerNameListedBeforeIt() {
        let longer = PaletteCommand(binding: KeyBinding(action: ActionID("directory.clear-marks"), keys: [.char("u")], labelKey: "a", context: .global),
                                    target: .app, label: "Poista merkinnät")
        let exact = PaletteCommand(binding: KeyBinding(action: ActionID("directory.clear"), keys: [], labelKey: "b", context: .global),
                                   target: .app, label: "Tyhjennä rajaukset")
        var palette = PaletteState()
        for c in "directory.clear" { _ = palette.handle(.key(.char(c)), commands: [longer, exact]) }
        XCTAssertEqual(palette.matches([longer, exact]).first?.name, "directory.clear")
    }
}
