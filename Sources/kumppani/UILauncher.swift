import Foundation
import Kumppani
import KumppaniTUI

/// Starts the full-screen UI, or with `--replay` runs it headless on a virtual screen.
func runInteractiveUI(_ c: CommandContext) -> Int32 {
    if let script = c.options.replayFile { return runReplay(c, scriptPath: script) }
    // A bad existing file is reported first, terminal or not: it is the problem to fix. A missing
    // file is only created once the terminal is known to work.
    var opened: Store?
    var foreign: ForeignFileApp.Kind?
    if FileManager.default.fileExists(atPath: c.databasePath) {
        switch openForUI(c) {
        case .success(let s): opened = s
        case .failure(let error):
            // Another program's file: the screen offers a new database instead (when there is one).
            guard let kind = foreignKind(error), presenterProblem(environment: c.environment) == nil else {
                return c.fail(error.message(c.language))
            }
            foreign = kind
        }
    }
    if let problem = presenterProblem(environment: c.environment) {
        c.err(problem.message(c.language))   // the catalog text already starts with "kumppani:"
        return ExitCode.usage
    }
    if let foreign { return runForeignFileScreen(c, kind: foreign) }
    let store: Store
    if let opened {
        store = opened
    } else {
        switch openForUI(c) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
    }
    let theme = c.options.theme ?? "default"
    return runPresenter(makeApp: { capabilities in
        var uiSettings = settings(c, theme: theme, unicode: capabilities.unicode)
        uiSettings.backgroundThread = true   // slow queries off the key path; a replay keeps them inline
        let app = AppFactory.make(store: store, settings: uiSettings)
        app.announceLeftoverDraft()
        return app
    }, noColor: c.options.noColor || c.environment["NO_COLOR"] != nil, language: c.language, onSignal: { app, signal in
        // SIGTERM/SIGHUP/SIGINT: flush the minutes, keep an open form's input, say what happened.
        let report = app.saveForSignalExit(signal: signal)
        if let problem = report.problem { return c.l["signals.not_saved", signal, problem] }
        if let draft = report.draftFile { return c.l["signals.saved_draft", signal, draft] }
        return c.l["signals.saved", signal]
    })
}

/// The UI must open at once even at national scale: large files are checked in the background.
private func openForUI(_ c: CommandContext) -> Result<Store, StoreError> {
    c.openStore(create: true, deferHealthCheckAbove: 64 << 20)
}

/// The errors for which the UI offers a new database: the file is an SQLite database, not ours.
private func foreignKind(_ error: StoreError) -> ForeignFileApp.Kind? {
    switch error {
    case .foreignApplication: return .otherProgram
    case .emptySQLite: return .emptySQLite
    default: return nil
    }
}

/// The screen for another program's file; the app it opens runs in the same presenter.
private func runForeignFileScreen(_ c: CommandContext, kind: ForeignFileApp.Kind) -> Int32 {
    let theme = c.options.theme ?? "default"
    return runPresenter(makeApp: { capabilities in
        foreignFileApp(c, kind: kind, theme: theme, unicode: capabilities.unicode, backgroundThread: true)
    }, noColor: c.options.noColor || c.environment["NO_COLOR"] != nil, language: c.language, onSignal: { wrapper, signal in
        guard let app = wrapper.app else { return c.l["signals.saved", signal] }   // nothing was open to save
        let report = app.saveForSignalExit(signal: signal)
        if let problem = report.problem { return c.l["signals.not_saved", signal, problem] }
        if let draft = report.draftFile { return c.l["signals.saved_draft", signal, draft] }
        return c.l["signals.saved", signal]
    })
}

/// `open` opens or creates the typed path as `--db` would (a file that is not ours is refused
/// there too, untouched), and makes the same app as a normal start.
private func foreignFileApp(_ c: CommandContext, kind: ForeignFileApp.Kind, theme: String, unicode: Bool,
                            backgroundThread: Bool) -> ForeignFileApp {
    var uiSettings = settings(c, theme: theme, unicode: unicode)
    uiSettings.backgroundThread = backgroundThread
    return ForeignFileApp(path: c.databasePath, kind: kind, language: c.language,
                          theme: uiSettings.themeLoader.load(theme).theme) { path in
        do {
            let options = Store.Options(create: true, deferHealthCheckAbove: 64 << 20)
            let store = try Store.open(path: path, options: options, clock: c.clock)
            let app = AppFactory.make(store: store, settings: uiSettings)
            app.announceLeftoverDraft()
            return .success(app)
        } catch let error as StoreError {
            return .failure(.init(error.message(c.language)))
        } catch let error as DatabaseError {
            return .failure(.init(error.message))
        } catch {
            return .failure(.init("\(error)"))
        }
    }
}

/// `--replay KEYS --size WxH --screen-dump OUT`: the same app, fed from a file, dumped as text.
func runReplay(_ c: CommandContext, scriptPath: String) -> Int32 {
    guard let data = FileManager.default.contents(atPath: scriptPath), let text = String(data: data, encoding: .utf8) else {
        return c.fail(c.l["services.cannot_read", scriptPath])
    }
    let steps: [ReplayStep]
    do {
        steps = try ReplayScript.parse(text)
    } catch {
        c.err("kumppani: \(scriptPath): " + error.message(c.language))
        return ExitCode.usage
    }
    let app: TerminalApp
    switch c.openStore(create: true) {
    case .success(let store):
        app = AppFactory.make(store: store, settings: settings(c, theme: c.options.theme ?? "default", unicode: true))
    case .failure(let error):
        guard let kind = foreignKind(error) else { return c.fail(error.message(c.language)) }
        app = foreignFileApp(c, kind: kind, theme: c.options.theme ?? "default", unicode: true, backgroundThread: false)
    }
    let size = c.options.size.map { Size(width: $0.width, height: $0.height) } ?? Size(width: 80, height: 24)
    let output = HeadlessRunner.run(app: app, steps: steps, size: size)
    unlink(App.crashDraftPath(forDatabase: c.databasePath))   // the replay ended normally: no in-progress copy stays
    guard let dump = c.options.screenDump else {
        c.out(output)
        return ExitCode.success
    }
    do {
        let sink = try ExportSink.file(dump)
        try sink.write(output + "\n")
        try sink.commit()
    } catch let error as ExportError {
        return c.fail(error.message(c.language))
    } catch {
        return c.fail("\(error)")
    }
    return ExitCode.success
}

private func settings(_ c: CommandContext, theme: String, unicode: Bool) -> AppFactory.Settings {
    AppFactory.Settings(language: c.language, themeName: theme, boxStyle: unicode ? .unicode : .ascii, clock: c.clock)
}
