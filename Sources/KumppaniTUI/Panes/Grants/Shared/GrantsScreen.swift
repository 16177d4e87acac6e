import Kumppani

/// Where the grant pane is. The rounds are the home (their state lives on the pane, kept under
/// every deeper screen); each deeper screen carries its own state and the screen Esc goes back to,
/// so an application opened from a side list returns to that very list, and the list to where it
/// was opened from.
indirect enum GrantsScreen {
    case rounds
    case board(BoardScreen)
    case application(ApplicationScreen)
    case list(ListScreen)
    case charts(ChartsScreen)

    /// The screen without its state: for the key bar and for "which screen is this".
    enum Kind { case rounds, board, application, list, charts }

    var kind: Kind {
        switch self {
        case .rounds: return .rounds
        case .board: return .board
        case .application: return .application
        case .list: return .list
        case .charts: return .charts
        }
    }

    /// Where Esc goes; nil on the home.
    var back: GrantsScreen? {
        switch self {
        case .rounds: return nil
        case .board: return .rounds
        case .application(let s): return s.returnTo
        case .list(let s): return s.returnTo
        case .charts(let s): return s.returnTo
        }
    }

    /// Where a side list or the charts opened from here go back to. Side views replace each other,
    /// so they all go back to the screen the first of them was opened from. From an application
    /// they go back to it, and from it straight to its board: the way back stays at most
    /// application → list → application → board deep however long one browses list to application.
    var sideReturn: GrantsScreen {
        switch self {
        case .list(let s): return s.returnTo
        case .charts(let s): return s.returnTo
        case .application(var s): s.returnTo = s.returnTo.base; return .application(s)
        case .rounds, .board: return self
        }
    }

    /// The board (or the rounds) at the bottom of the way back.
    var base: GrantsScreen {
        switch self {
        case .rounds, .board: return self
        case .application(let s): return s.returnTo.base
        case .list(let s): return s.returnTo.base
        case .charts(let s): return s.returnTo.base
        }
    }

    /// The application the pipeline keys act on: the open one, else the one selected.
    var currentApplicationID: Int64? {
        switch self {
        case .application(let s): return s.detail.application.id
        case .board(let s): return s.selectedApplicationID
        case .list(let s): return s.list.selectedTarget
        case .rounds, .charts: return nil
        }
    }

    mutating func move(by step: Int, area: Rect) {
        switch self {
        case .rounds: break   // the home's rows are the pane's (`RoundsScreen.move`)
        case .board(var s): s.move(by: step); self = .board(s)
        case .application(var s): s.move(by: step); self = .application(s)
        case .list(var s): s.move(by: step); self = .list(s)
        case .charts(var s): s.move(by: step, area: area); self = .charts(s)
        }
    }

    /// Keeps the cursor on an application after a board regrouped it: on the board shown, or the
    /// one an open application or list goes back to.
    mutating func follow(_ id: Int64) {
        switch self {
        case .rounds: break
        case .board(var s): s.follow(id); self = .board(s)
        case .application(var s): s.returnTo.follow(id); self = .application(s)
        case .list(var s): s.returnTo.follow(id); self = .list(s)
        case .charts(var s): s.returnTo.follow(id); self = .charts(s)
        }
    }

    /// After the file changed: every board and application on the way back is read again, so
    /// Esc never shows an old one. Side lists and charts stay as built (their key rebuilds them).
    mutating func refresh(home: RoundsScreen, store: Store, today: CivilDate, language: Language) throws {
        switch self {
        case .rounds: break
        case .board(var s):
            try s.refresh(home: home, store: store, today: today); self = .board(s)
        case .application(var s):
            try s.reload(store: store, today: today, language: language)
            try s.returnTo.refresh(home: home, store: store, today: today, language: language); self = .application(s)
        case .list(var s):
            try s.returnTo.refresh(home: home, store: store, today: today, language: language); self = .list(s)
        case .charts(var s):
            try s.returnTo.refresh(home: home, store: store, today: today, language: language); self = .charts(s)
        }
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        switch self {
        case .rounds: break   // drawn by the pane from its home
        case .board(let s): s.render(into: &frame, in: area, context: context)
        case .application(let s): s.render(into: &frame, in: area, context: context)
        case .list(let s): s.render(into: &frame, in: area, context: context)
        case .charts(let s): s.render(into: &frame, in: area, context: context)
        }
    }
}
