import Foundation
import Kumppani

/// The whole terminal app: routes events, owns the panes and overlays, draws the frame.
/// The presenter (ncurses or the headless runner) calls `handle`, `render`, `idle` and reads
/// `shouldQuit`; nothing here touches the terminal.
public final class App {
    public internal(set) var state: AppState
    public var themeName: String { state.themeName }
    public var shouldQuit: Bool { state.shouldQuit }

    /// Loads a theme by name (the program uses `ThemeLoader`); problems go to the status line.
    public var themeLoader: (String) -> ThemeLoadResult = { name in
        ThemeLoadResult(theme: name == "mono" ? .builtInMono : .builtInDefault, problems: [])
    }
    /// The theme for `state.themeName`, loaded once per name.
    var loadedTheme: (name: String, theme: Theme)?

    /// Called during long service calls (demo data) with a frame showing the progress bar,
    /// so the presenter can put it on screen while the app is busy. Optional.
    public var presentDuringWork: ((Frame) -> Void)?

    var panes: [any Pane]
    let store: Store
    let services: AppServices
    /// Runs the panes' background queries (`PaneContext.runInBackground`).
    let worker: BackgroundWorker
    let clock: Clock
    /// Info messages disappear after this long (on `idle`); errors stay until the next key.
    static let infoLifetime: TimeInterval = 8
    private var switchDepth = 0
    /// The in-progress copy of an open form (`App+CrashDraft`).
    var crashDraft = CrashDraftState()

    /// `panes`: one per `PaneID`; any missing one gets a placeholder.
    public init(store: Store, services: AppServices, panes: [any Pane] = [], language: Language,
                themeName: String = "default", boxStyle: BoxStyle = .unicode, clock: Clock = SystemClock(),
                worker: BackgroundWorker? = nil) {
        self.store = store
        self.services = services
        self.worker = worker ?? InlineWorker(store: store)
        self.clock = clock
        self.panes = PaneID.allCases.map { id in panes.first { $0.id == id } ?? PlaceholderPane(id: id) }
        state = AppState(language: language, themeName: themeName, boxStyle: boxStyle,
                         databasePath: services.databasePath, databaseIsEmpty: services.isDatabaseEmpty())
        refreshSyncStatus()
        activate(state.currentPane)
    }

    var l: L { L(state.language) }

    /// Ctrl-L asks the presenter to repaint the whole screen once.
    public func takeFullRedrawRequest() -> Bool {
        defer { state.fullRedrawRequested = false }
        return state.fullRedrawRequested
    }

    // MARK: Events

    public func handle(_ event: Event) {
        defer {
            deliverBackgroundResults()
            dropCrashDraftIfDone()   // a form saved, discarded or closed leaves no in-progress copy
        }
        switch event {
        case .resize(let size): state.lastSize = size; return
        case .tick: idle(); return
        default: break
        }
        if refuseControlCharacters(event) { return }
        if !state.overlays.isEmpty { handleOverlay(event); return }
        if state.status?.kind == .error, case .key = event { state.status = nil }
        guard case .key(let key) = event else {
            if !state.showsWelcome { _ = sendToPane(event) }   // paste: literal text for the pane
            return
        }
        if case .char = key, currentPane.isCapturingText, !state.showsWelcome { _ = sendToPane(event); return }
        if key == .escape {
            if state.showsWelcome || sendToPane(event) == .ignored { state.status = nil }
            return
        }
        if state.showsWelcome, let b = KeyBindings.welcome.first(where: { $0.matches(key) }) {
            run(b.action, target: .app, argument: nil); return
        }
        if let b = KeyBindings.global.first(where: { $0.matches(key) }) {
            run(b.action, target: .app, argument: nil); return
        }
        if case .alt(let c) = key, let i = menus().firstIndex(where: { $0.hotkey == Character(c.lowercased()) }) {
            state.overlays.append(.menu(MenuState(menu: i, item: 0))); return
        }
        if !state.showsWelcome { _ = sendToPane(event) }
    }

    /// The autosave and housekeeping hook: every pane's `idle`, and old info messages fade.
    public func idle() {
        if let notice = services.takeNotice() { warn(notice) }
        deliverBackgroundResults()
        for id in PaneID.allCases { _ = withPane(id) { pane, ctx in pane.idle(context: &ctx); return .handled } }
        noticeExternalChanges()   // after the autosave, so a conflict is found by the save itself
        keepCrashDraft()
        refreshSyncStatus()
        if let s = state.status, s.kind == .info, clock.now().timeIntervalSince(s.time) > App.infoLifetime {
            state.status = nil
        }
    }

    private func handleOverlay(_ event: Event) {
        guard let top = state.overlays.popLast() else { return }
        switch top {
        case .help(var help):
            guard case .key(let key) = event else { state.overlays.append(top); return }
            let area = bodyArea(state.lastSize)
            let lines = HelpState.lines(helpGroups(), l: l, width: HelpState.textWidth(in: area)).count
            if help.handle(key, lineCount: lines, page: HelpState.page(in: area)) == .stay {
                state.overlays.append(.help(help))
            }
        case .menu(var menu):
            guard case .key(let key) = event else { state.overlays.append(top); return }
            let all = menus()
            switch menu.handle(key, menus: all) {
            case .stay: state.overlays.append(.menu(menu))
            case .close: break
            case .run(let m, let i):
                guard all.indices.contains(m), all[m].items.indices.contains(i) else { return }
                let item = all[m].items[i]
                run(item.binding.action, target: item.target, argument: nil)
            }
        case .palette(var palette):
            let commands = paletteCommands()
            switch palette.handle(event, commands: commands) {
            case .stay: state.overlays.append(.palette(palette))
            case .close: break
            case .run(let command, let argument): run(command.binding.action, target: command.target, argument: argument)
            }
        case .dialog(var dialog):
            if case .key(let key) = event, dialog.scrollMessage(key, area: bodyArea(state.lastSize)) {
                state.overlays.append(.dialog(dialog)); return
            }
            switch dialog.handle(event) {
            case .stay: state.overlays.append(.dialog(dialog))
            case .cancel: break
            case .accept(let answer): deliver(answer, to: dialog.request)
            }
        case .progress:
            state.overlays.append(top)   // busy: keys wait until the work is done
        }
    }

    // MARK: Panes

    var currentPane: any Pane { panes[index(of: state.currentPane)] }

    func pane(_ id: PaneID) -> any Pane { panes[index(of: id)] }

    private func index(of id: PaneID) -> Int { panes.firstIndex { $0.id == id } ?? 0 }

    func makeContext() -> PaneContext {
        var context = PaneContext(store: store, language: state.language, clock: clock, boxStyle: state.boxStyle,
                                  writeDocument: { [services] text, path in try services.writeDocument(text, to: path) })
        context.area = bodyArea(state.lastSize)
        return context
    }

    /// Runs `body` on a pane with a fresh context, then carries out what the pane asked for.
    @discardableResult
    func withPane(_ id: PaneID, _ body: (inout any Pane, inout PaneContext) -> PaneResult) -> PaneResult {
        let i = index(of: id)
        var ctx = makeContext()
        let result = body(&panes[i], &ctx)
        apply(ctx, from: id)
        return result
    }

    private func sendToPane(_ event: Event) -> PaneResult {
        withPane(state.currentPane) { pane, ctx in pane.handle(event, context: &ctx) }
    }

    /// True while a background query is queued or running: the presenter polls for its answer.
    public var isWaitingForWork: Bool { worker.isBusy }

    /// Hands finished background queries to the panes that asked for them.
    func deliverBackgroundResults() {
        for result in worker.takeFinished() {
            withPane(result.pane) { pane, ctx in pane.receive(result, context: &ctx); return .handled }
        }
    }

    private func apply(_ ctx: PaneContext, from id: PaneID) {
        if let last = ctx.messages.last { state.status = last }
        for var request in ctx.backgroundRequests {
            request.pane = id
            worker.submit(request)
        }
        for var d in ctx.dialogs {
            if d.target == .app { d.target = .pane(id) }
            state.overlays.append(.dialog(DialogState(d)))
        }
        if let s = ctx.paneSwitch, switchDepth < 3 {
            switchDepth += 1
            defer { switchDepth -= 1 }
            switchPane(s.pane)
            if let action = s.action { perform(action, in: s.pane, argument: s.argument) }
        }
    }

    func activate(_ id: PaneID) {
        withPane(id) { pane, ctx in pane.activate(context: &ctx); return .handled }
    }

    func switchPane(_ id: PaneID) {
        state.currentPane = id
        activate(id)
    }

    @discardableResult
    func perform(_ action: ActionID, in id: PaneID, argument: String?) -> PaneResult {
        withPane(id) { pane, ctx in pane.perform(action, argument: argument, context: &ctx) }
    }

    /// Runs an action from a key, menu item, palette command or dialog answer.
    func run(_ action: ActionID, target: DialogTarget, argument: String?) {
        switch target {
        case .pane(let id):
            if id != state.currentPane { switchPane(id) }
            perform(action, in: id, argument: argument)
        case .app:
            runAppAction(action, argument: argument)
        }
    }

    /// A dialog's typed answer to whoever asked: the pane (shown first) or the app itself.
    func deliver(_ answer: DialogAnswer, to request: DialogRequest) {
        guard let action = request.action else { return }
        switch request.target {
        case .pane(let id):
            if id != state.currentPane { switchPane(id) }
            withPane(id) { pane, ctx in pane.answer(action, answer, argument: request.argument, context: &ctx) }
        case .app:
            answerAppDialog(action, answer, argument: request.argument)
        }
    }

    /// Posts a status message in the current language.
    func post(_ text: String, kind: StatusMessage.Kind = .info) {
        state.status = StatusMessage(text: text, kind: kind, time: clock.now())
    }

    /// A warning from the services (no backup today, a damaged file): on the status line when it
    /// fits, else in a dialog, since a cut-off warning hides what to do.
    func warn(_ text: String) {
        if DisplayWidth.of(text) <= state.lastSize.width - 2 { post(text, kind: .error); return }
        push(DialogRequest(title: l["shell.notice.title"], kind: .message(text: text)))
    }

    func push(_ request: DialogRequest) {
        state.overlays.append(.dialog(DialogState(request)))
    }

    func closeOverlays() { state.overlays.removeAll() }

    func pushOverlay(_ overlay: Overlay) { state.overlays.append(overlay) }

    func setLanguage(_ language: Language) { state.language = language }
    func setTheme(_ name: String) {
        state.themeName = name
        loadedTheme = nil
    }
    func requestRedraw() { state.fullRedrawRequested = true }
    func quitNow() {
        idle()   // let every pane flush what it has (autosave)
        removeCrashDraft()   // a normal quit: whatever was open was saved or given up
        state.shouldQuit = true
    }
    func refreshEmptiness() { state.databaseIsEmpty = services.isDatabaseEmpty() }

    /// Shows the progress overlay while `work` runs, redrawing through `presentDuringWork`.
    func withProgress<T>(_ title: String, _ work: ((Double) -> Void) throws -> T) rethrows -> T {
        state.overlays.append(.progress(ProgressState(title: title, fraction: 0)))
        defer { if case .progress = state.overlays.last { state.overlays.removeLast() } }
        return try work { [self] fraction in
            if case .progress(var p) = state.overlays.last {
                p.fraction = fraction
                state.overlays[state.overlays.count - 1] = .progress(p)
                presentDuringWork?(render(size: state.lastSize))
            }
        }
    }
}
