import Foundation
import Kumppani
import KumppaniTUI

/// Builds the App exactly as the executable does: the real store, the real panes.
enum BenchApp {
    static let size = Size(width: 120, height: 40)

    static func make(store: Store) -> App {
        // waiting for the directory pane (Panes/Directory) and the meetings pane (Panes/Meetings):
        // until they land the shell shows its placeholders.
        let panes: [any Pane] = []
        return App(store: store, services: BenchServices(store: store), panes: panes, language: .fi)
    }

    /// Times one event from `handle` until `render(size:)` has returned the frame, in ms.
    static func keyToFrame(_ app: App, _ event: Event, size: Size = size) -> (ms: Double, frame: Frame) {
        let watch = Stopwatch()
        app.handle(event)
        let frame = app.render(size: size)
        return (watch.elapsedMilliseconds, frame)
    }
}
