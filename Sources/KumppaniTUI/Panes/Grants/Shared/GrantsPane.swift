import Kumppani

/// Pane 2: the grant pipeline. Rounds → a round's board → an application, with side views for
/// warnings, disqualification, due dates and charts. Every change goes straight to the store;
/// every refusal is shown in the status line in the words of `GrantProblem`.
public struct GrantsPane: Pane {
    public let id = PaneID.grants
    public var titleKey: String { "shell.pane.grants" }
    public var bindings: [KeyBinding] { GrantsBindings.forScreen(screen.kind) }
    public var isCapturingText: Bool { editor != nil || picker != nil }
    public var hasUnsavedWork: Bool { editor?.form.isChanged ?? false }

    /// The rounds: loaded from the start and kept, with their selection, under every deeper screen.
    var home = RoundsScreen()
    /// The screen shown; deeper screens carry their own state and where Esc goes back to.
    var screen: GrantsScreen = .rounds
    /// The forms, modal over whichever screen is shown.
    var editor: GrantEditor?
    var picker: ApplicantPicker?

    public init() {}

    var selectedRound: GrantRound? { home.selectedRound }

    /// The application the pipeline keys act on: the open one, else the one selected on the board or list.
    var currentApplicationID: Int64? { screen.currentApplicationID }

    public mutating func activate(context: inout PaneContext) { reload(context: &context) }

    /// Reads everything shown (and everything Esc goes back to) again, keeping the selections where they were.
    mutating func reload(context: inout PaneContext) {
        do {
            try home.load(store: context.store, language: context.language)
            try screen.refresh(home: home, store: context.store, today: context.today, language: context.language)
        } catch {
            context.post(GrantsPane.message(error, context.language), kind: .error)
        }
    }

    static func message(_ error: Error, _ language: Language) -> String {
        if let p = error as? GrantProblem { return p.message(language) }
        if let e = error as? DatabaseError { return GrantProblem.storage(e.message).message(language) }
        return "\(error)"
    }

    // MARK: Keys

    public mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        if picker != nil { return handlePicker(event, context: &context) }
        if editor != nil { return handleEditor(event, context: &context) }
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .up: move(by: -1, area: context.area); return .handled
        case .down: move(by: 1, area: context.area); return .handled
        case .pageUp: move(by: -10, area: context.area); return .handled
        case .pageDown: move(by: 10, area: context.area); return .handled
        case .home: move(by: -1_000_000, area: context.area); return .handled
        case .end: move(by: 1_000_000, area: context.area); return .handled
        default: break
        }
        if key == .escape && screen.kind == .rounds { return .ignored }
        guard let binding = bindings.first(where: { $0.matches(key) }) else { return .ignored }
        return perform(binding.action, argument: nil, context: &context)
    }

    mutating func move(by step: Int, area: Rect) {
        if case .rounds = screen { home.move(by: step) } else { screen.move(by: step, area: area) }
    }

    // MARK: Drawing

    public func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        if case .rounds = screen { home.render(into: &frame, in: area, context: context) } else { screen.render(into: &frame, in: area, context: context) }
        if let editor { editor.render(into: &frame, in: area, context: context) }
        if let picker { picker.dialog.render(into: &frame, in: area, focused: true) }
    }
}
