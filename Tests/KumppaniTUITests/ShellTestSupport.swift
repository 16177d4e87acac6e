import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Records every call the shell makes to the outside world.
final class FakeServices: AppServices {
    var databasePath = "/home/koordinaattori/.local/share/kumppani/kumppani.sqlite"
    var empty: Bool
    var calls: [String] = []
    var themes = ["default", "mono", "high-contrast"]
    var importResult = ImportSummary(inserted: 12, updated: 2, unchanged: 1)
    var failWith: Error?

    init(empty: Bool = false) { self.empty = empty }

    func isDatabaseEmpty() -> Bool { empty }
    func loadDemoData(progress: (Double) -> Void) throws {
        calls.append("demo")
        progress(0.5)
        progress(1)
        empty = false
    }
    func importAssociations(path: String, dryRun: Bool, progress: (Double) -> Void) throws -> ImportSummary {
        calls.append("import \(path) dryRun=\(dryRun)")
        if let failWith { throw failWith }
        if !dryRun { empty = false }
        return importResult
    }
    func exportAssociations(path: String, progress: (Double) -> Void) throws -> Int { calls.append("export \(path)"); return 3 }
    /// Documents the panes asked to write (they never write files themselves), by path.
    var documents: [String: String] = [:]
    func writeDocument(_ text: String, to path: String) throws {
        calls.append("document \(path)")
        if let failWith { throw failWith }
        documents[path] = text
        try PrivateFile.write(text, toPath: path)
    }
    func exportAssociations(path: String, ids: [Int64], progress: (Double) -> Void) throws -> Int {
        calls.append("export \(path) ids=\(ids.map(String.init).joined(separator: ","))"); return ids.count
    }
    func exportAll(path: String, progress: (Double) -> Void) throws -> Int { calls.append("exportAll \(path)"); return 30 }
    func backup(to path: String) throws {
        calls.append("backup \(path)")
        if let failWith { throw failWith }
    }
    func availableThemes() -> [String] { themes }
    /// A warning the app shows on its next `idle` (no backup today, a damaged file).
    var notice: String?
    func takeNotice() -> String? { defer { notice = nil }; return notice }
    /// What `searchIndexProgress` answers on the next idle ticks, in turn.
    var indexProgress: [SearchIndexProgress] = []
    func searchIndexProgress() -> SearchIndexProgress? { indexProgress.isEmpty ? nil : indexProgress.removeFirst() }
    var changedExternally = false
    func databaseChangedExternally() -> Bool { defer { changedExternally = false }; return changedExternally }
}

/// A pane with a text field, to prove typed letters reach the field and do not quit.
struct TypingPane: Pane {
    let id = PaneID.grants
    var titleKey: String { "shell.pane.grants" }
    var typed = ""
    var editing = false
    var unsaved = false
    var bindings: [KeyBinding] {
        [KeyBinding(action: "grants.edit", keys: [.char("e")], labelKey: "shell.placeholder.hello",
                    context: .pane(id), showInKeyBar: true, menu: .pane(id))]
    }
    var isCapturingText: Bool { editing }
    var hasUnsavedWork: Bool { unsaved }

    mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        if editing {
            switch event {
            case .key(.char(let c)): typed.append(c); return .handled
            case .paste(let s): typed += s; return .handled
            case .key(.escape): editing = false; return .handled
            default: return .ignored
            }
        }
        if event == .key(.char("e")) { return perform("grants.edit", argument: nil, context: &context) }
        return .ignored
    }

    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        guard action == "grants.edit" else { return .ignored }
        editing = true
        return .handled
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        frame.put("Field: [\(typed)]", x: area.x + 1, y: area.y + 1)
    }
}

extension XCTestCase {
    func makeApp(language: Language = .fi, empty: Bool = false, panes: [any Pane] = [],
                 file: StaticString = #filePath, line: UInt = #line) throws -> (App, FakeServices) {
        let services = FakeServices(empty: empty)
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let app = App(store: try Store.inMemory(clock: clock), services: services, panes: panes,
                      language: language, clock: clock)
        return (app, services)
    }
}

extension App {
    func press(_ keys: Key...) { for k in keys { handle(.key(k)) } }
    func type(_ text: String) { for c in text { handle(.key(.char(c))) } }
    /// The frame at that size. Drawing the Meetings, Grants and Premises panes is pure (issue
    /// 13): a pane whose drawing runs a statement on the store fails the test that drew it, and so
    /// does the shell around it (tabs, status line, key bar), so every screen any test reaches is checked.
    func screen(_ width: Int = 80, _ height: Int = 24, file: StaticString = #filePath, line: UInt = #line) -> Frame {
        let size = Size(width: width, height: height)
        guard !state.showsWelcome, Self.panesDrawnPurely.contains(currentPane.id), width >= App.minimumSize.width,
              height >= App.minimumSize.height else { return render(size: size) }
        let ran = statementsRun { _ = currentPane.drawnAlone(size: size, in: bodyArea(size), context: makeContext()) }
        if ran != 0 { XCTFail("drawing the \(currentPane.id) pane ran \(ran) statements on the store", file: file, line: line) }
        var frame: Frame?
        let shell = statementsRun { frame = render(size: size) }
        if shell != 0 { XCTFail("drawing the screen around the \(currentPane.id) pane ran \(shell) statements on the store", file: file, line: line) }
        return frame ?? render(size: size)
    }

    /// How many statements `body` ran on this app's store.
    func statementsRun(_ body: () -> Void) -> Int {
        let before = store.database.statementsStarted
        body()
        return store.database.statementsStarted - before
    }

    static let panesDrawnPurely: Set<PaneID> = [.meetings, .grants, .premises]
}

extension Pane {
    /// The pane drawn on a frame of its own, as the shell draws it into the body.
    func drawnAlone(size: Size, in area: Rect, context: PaneContext) -> Frame {
        var frame = Frame(size: size)
        render(into: &frame, in: area, context: context.drawing)
        return frame
    }
}
