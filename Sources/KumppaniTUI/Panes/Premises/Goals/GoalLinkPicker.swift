import Kumppani

/// The list for linking something to a strategy goal (everything of the chosen kind not yet
/// linked) or for unlinking (what is linked), filtered as you type.
struct GoalLinkPicker {
    let goalID: Int64
    let unlinking: Bool
    let items: [StrategyStore.LinkCandidate]
    var dialog: PickerDialog

    /// The kinds in the order the kind question lists them.
    static let kinds: [StrategyLinkKind] = [.activity, .round, .application, .negotiationGoal]

    static func kindLabel(_ kind: StrategyLinkKind, _ l: L) -> String { l["strategy.link.kind.\(kind.rawValue)"] }
}
