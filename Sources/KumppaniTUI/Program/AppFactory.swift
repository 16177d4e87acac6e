import Foundation
import Kumppani

/// Builds the whole app the same way for the terminal, the headless replay and the benchmark,
/// so what is measured and tested is what the user runs.
public enum AppFactory {
    public struct Settings {
        public var language: Language
        public var themeName: String
        public var boxStyle: BoxStyle
        public var clock: Clock
        public var themeLoader: ThemeLoader
        /// Slow queries on a thread of their own (the terminal, the benchmark); else at once,
        /// so a replay or a test sees the same screens every time.
        public var backgroundThread: Bool = false

        public init(language: Language, themeName: String = "default", boxStyle: BoxStyle = .unicode,
                    clock: Clock = SystemClock(), themeLoader: ThemeLoader = ThemeLoader()) {
            self.language = language
            self.themeName = themeName
            self.boxStyle = boxStyle
            self.clock = clock
            self.themeLoader = themeLoader
        }
    }

    /// The real panes, in tab order.
    public static func panes() -> [any Pane] {
        [DirectoryPane(), GrantsPane(), MeetingsPane(), PremisesPane()]
    }

    public static func make(store: Store, settings: Settings) -> App {
        let loader = settings.themeLoader
        let initial = settings.language
        let services = LiveServices(store: store, language: { initial }, themes: { loader.available() })
        let worker: BackgroundWorker = settings.backgroundThread && store.path != ":memory:"
            ? ThreadedWorker(path: store.path) : InlineWorker(store: store)
        let app = App(store: store, services: services, panes: panes(), language: settings.language,
                      themeName: settings.themeName, boxStyle: settings.boxStyle, clock: settings.clock, worker: worker)
        app.themeLoader = { loader.load($0) }
        services.language = { [weak app] in app?.state.language ?? initial }
        _ = app.theme   // load now, so a bad theme file is reported on the first screen
        services.checkHealthInBackgroundIfDeferred()
        services.backUpInBackgroundIfDeferred()
        return app
    }
}
