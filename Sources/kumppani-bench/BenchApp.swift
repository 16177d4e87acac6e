import Foundation
import Kumppani
import KumppaniTUI

/// Builds the App exactly as the executable does (`AppFactory`: the real panes and services).
enum BenchApp {
    static let size = Size(width: 120, height: 40)

    /// As `kumppani` opens the file for the UI (`UILauncher.runInteractiveUI`): files above
    /// 64 MiB get their quick_check in the background. The daily automatic copy is left out:
    /// the bench files are scratch, and a large file's copy runs in the background anyway
    /// (it would only compete with the measurements).
    static let uiOpenOptions = Store.Options(create: true, deferHealthCheckAbove: 64 << 20, autoBackup: false)
    /// Every other open in the bench: no daily copy of scratch files.
    static let plainOptions = Store.Options(autoBackup: false)

    /// `backgroundThread`: slow queries off the key path, as in the terminal (the referral view).
    static func make(store: Store, backgroundThread: Bool = false) -> App {
        var settings = AppFactory.Settings(language: .fi)
        settings.backgroundThread = backgroundThread
        return AppFactory.make(store: store, settings: settings)
    }

    /// Opens the store for a measurement of key paths: the quick_check runs here, at open,
    /// so no background check competes with the keys being timed.
    static func openForKeys(_ path: String) throws -> Store {
        try Store.open(path: path, options: plainOptions)
    }

    /// Times one event from `handle` until `render(size:)` has returned the frame, in ms.
    static func keyToFrame(_ app: App, _ event: Event, size: Size = size) -> (ms: Double, frame: Frame) {
        let watch = Stopwatch()
        app.handle(event)
        let frame = app.render(size: size)
        return (watch.elapsedMilliseconds, frame)
    }
}
