import Kumppani

/// The grant pane's actions; their keys, labels and menu places are in `GrantsBindings.all`.
extension ActionID {
    static let grantsOpen: ActionID = "grants.open"
    static let grantsBack: ActionID = "grants.back"
    static let grantsForward: ActionID = "grants.forward"
    static let grantsBackward: ActionID = "grants.backward"
    static let grantsNew: ActionID = "grants.new"
    static let grantsEdit: ActionID = "grants.edit"
    static let grantsDecide: ActionID = "grants.decide"
    static let grantsCorrectDecision: ActionID = "grants.correct-decision"
    static let grantsPay: ActionID = "grants.pay"
    static let grantsCorrectPayment: ActionID = "grants.correct-payment"
    static let grantsReport: ActionID = "grants.report"
    static let grantsRecovery: ActionID = "grants.recovery"
    static let grantsSettle: ActionID = "grants.settle"
    static let grantsAppeal: ActionID = "grants.appeal"
    static let grantsWithdraw: ActionID = "grants.withdraw"
    static let grantsWithdrawConfirmed: ActionID = "grants.withdraw-confirmed"
    static let grantsCriterion: ActionID = "grants.criterion"
    static let grantsWarnings: ActionID = "grants.warnings"
    static let grantsConflicts: ActionID = "grants.disqualification"
    static let grantsDue: ActionID = "grants.due"
    static let grantsCharts: ActionID = "grants.charts"
    static let grantsChartsPreviousYear: ActionID = "grants.charts-previous-year"
    static let grantsChartsNextYear: ActionID = "grants.charts-next-year"
    static let grantsExport: ActionID = "grants.export-decisions"
    static let grantsExportTo: ActionID = "grants.export-decisions-to"
    static let grantsAddType: ActionID = "grants.add-grant-type"
}

enum GrantsBindings {
    static func row(_ action: ActionID, _ keys: [Key], _ label: String, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: action, keys: keys, labelKey: "grants.action.\(label)", context: .pane(.grants),
                   menu: menu ? .pane(.grants) : nil)
    }

    /// The key bar for each view: only keys that do something there (the help and menus list all).
    static func keyBar(_ screen: GrantsPane.Screen) -> Set<ActionID> {
        switch screen {
        case .rounds: return [.grantsOpen, .grantsNew, .grantsEdit, .grantsCharts, .grantsDue]
        case .board: return [.grantsForward, .grantsBackward, .grantsOpen, .grantsEdit, .grantsBack]
        case .application: return [.grantsForward, .grantsBackward, .grantsEdit, .grantsDecide, .grantsPay, .grantsBack]
        case .side: return [.grantsOpen, .grantsBack]
        case .charts: return [.grantsChartsPreviousYear, .grantsChartsNextYear, .grantsBack]
        }
    }

    /// Every binding in the help's order, with the key bar marked for `screen`.
    static func forScreen(_ screen: GrantsPane.Screen) -> [KeyBinding] {
        let bar = keyBar(screen)
        return all.map { b in var b = b; b.showInKeyBar = bar.contains(b.action); return b }
    }

    /// In the order the help lists them: moving around, the pipeline step by step, the views.
    static let all: [KeyBinding] = [
        row(.grantsForward, [.char(">")], "forward"),
        row(.grantsBackward, [.char("<")], "backward"),
        row(.grantsOpen, [.enter], "open", menu: false),
        row(.grantsBack, [.escape, .backspace], "back", menu: false),
        row(.grantsEdit, [.char("e")], "edit"),
        row(.grantsNew, [.char("n")], "new"),
        row(.grantsDecide, [.char("d")], "decide"),
        row(.grantsPay, [.char("p")], "pay"),
        row(.grantsReport, [.char("r")], "report"),
        row(.grantsRecovery, [.char("t")], "recovery"),
        row(.grantsSettle, [.char("s")], "settle"),
        row(.grantsAppeal, [.char("a")], "appeal"),
        row(.grantsCorrectDecision, [.char("c")], "correct_decision"),
        row(.grantsCorrectPayment, [.char("m")], "correct_payment"),
        row(.grantsWithdraw, [.char("w")], "withdraw"),
        row(.grantsCriterion, [.char("k")], "criterion"),
        row(.grantsWarnings, [.char("v")], "warnings"),
        row(.grantsConflicts, [.char("j")], "disqualification"),
        row(.grantsDue, [.char("u")], "due"),
        row(.grantsCharts, [.char("g")], "charts"),
        row(.grantsChartsPreviousYear, [.char("[")], "charts_previous_year"),
        row(.grantsChartsNextYear, [.char("]")], "charts_next_year"),
        row(.grantsExport, [.char("x")], "export"),
        row(.grantsAddType, [], "add_type"),
    ]
}
