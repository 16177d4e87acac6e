import Kumppani

/// Where the premises pane is. The week is the home (its state lives on the pane and stays
/// loaded under the other screens); the benefit report and the strategy goals carry their own.
enum PremisesScreen {
    case week
    case benefits(BenefitsScreen)
    case goals(StrategyGoalsScreen)

    /// The screen without its state: for the key bar and for "which screen is this".
    enum Kind { case week, benefits, goals }

    var kind: Kind {
        switch self {
        case .week: return .week
        case .benefits: return .benefits
        case .goals: return .goals
        }
    }

    /// The goals screen's state when it is shown.
    var goals: StrategyGoalsScreen? {
        if case .goals(let s) = self { return s }
        return nil
    }

    /// Reads what this screen shows again (the week is the pane's home, read by the pane).
    mutating func load(store: Store, choice: ReportChoice, today: CivilDate, language: Language) throws {
        switch self {
        case .week: break
        case .benefits(var s): try s.load(store: store, choice: choice, language: language); self = .benefits(s)
        case .goals(var s): try s.load(store: store, year: choice.year ?? today.year, language: language); self = .goals(s)
        }
    }

    /// Changes the report's or the goals' state; nothing on another screen.
    mutating func updateBenefits(_ change: (inout BenefitsScreen) -> Void) {
        if case .benefits(var s) = self { change(&s); self = .benefits(s) }
    }

    mutating func updateGoals(_ change: (inout StrategyGoalsScreen) -> Void) {
        if case .goals(var s) = self { change(&s); self = .goals(s) }
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        switch self {
        case .week: break   // drawn by the pane from its home
        case .benefits(let s): s.render(into: &frame, in: area, context: context)
        case .goals(let s): s.render(into: &frame, in: area, context: context)
        }
    }
}
