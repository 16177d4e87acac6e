import Kumppani

/// The grant pane's actions; their keys, labels and menu places are in `GrantsBindings.all`. Raw
/// values are the palette commands (`:grants.decide`); `perform` switches over these exhaustively.
enum GrantsAction: String, CaseIterable {
    case open = "grants.open", back = "grants.back", forward = "grants.forward", backward = "grants.backward"
    case new = "grants.new", edit = "grants.edit", decide = "grants.decide", correctDecision = "grants.correct-decision"
    case pay = "grants.pay", correctPayment = "grants.correct-payment", report = "grants.report"
    case recovery = "grants.recovery", settle = "grants.settle", appeal = "grants.appeal"
    case withdraw = "grants.withdraw", withdrawConfirmed = "grants.withdraw-confirmed", criterion = "grants.criterion"
    case warnings = "grants.warnings", conflicts = "grants.disqualification", due = "grants.due", charts = "grants.charts"
    case chartsPreviousYear = "grants.charts-previous-year", chartsNextYear = "grants.charts-next-year"
    case section = "grants.section", openApplication = "grants.open-application", reopen = "grants.reopen"
    case export = "grants.export-decisions", exportTo = "grants.export-decisions-to", addType = "grants.add-grant-type"
    /// Answers of the conflict dialogs (a save met another window's change).
    case conflict = "grants.conflict"

    var id: ActionID { ActionID(rawValue) }
    init?(_ id: ActionID) { self.init(rawValue: id.rawValue) }
}

enum GrantsBindings {
    static func row(_ action: GrantsAction, _ keys: [Key], _ label: String, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: action.id, keys: keys, labelKey: "grants.action.\(label)", context: .pane(.grants),
                   menu: menu ? .pane(.grants) : nil)
    }

    /// The key bar for each view: only keys that do something there (the help and menus list all).
    static func keyBar(_ screen: GrantsScreen.Kind) -> Set<GrantsAction> {
        switch screen {
        case .rounds: return [.open, .new, .edit, .charts, .due]
        case .board: return [.forward, .backward, .open, .edit, .back]
        case .application: return [.forward, .backward, .edit, .decide, .pay, .back]
        case .list: return [.open, .back]
        case .charts: return [.chartsPreviousYear, .chartsNextYear, .back]
        }
    }

    /// Every binding in the help's order, with the key bar marked for `screen`.
    static func forScreen(_ screen: GrantsScreen.Kind) -> [KeyBinding] {
        let bar = keyBar(screen)
        return all.map { b in var b = b; b.showInKeyBar = GrantsAction(b.action).map(bar.contains) ?? false; return b }
    }

    /// In the order the help lists them: moving around, the pipeline step by step, the views.
    static let all: [KeyBinding] = [
        row(.forward, [.char(">")], "forward"),
        row(.backward, [.char("<")], "backward"),
        row(.open, [.enter], "open", menu: false),
        row(.back, [.escape, .backspace], "back", menu: false),
        row(.edit, [.char("e")], "edit"),
        row(.new, [.char("n")], "new"),
        row(.decide, [.char("d")], "decide"),
        row(.pay, [.char("p")], "pay"),
        row(.report, [.char("r")], "report"),
        row(.recovery, [.char("t")], "recovery"),
        row(.settle, [.char("s")], "settle"),
        row(.appeal, [.char("a")], "appeal"),
        row(.correctDecision, [.char("c")], "correct_decision"),
        row(.section, [.char("o")], "section"),
        row(.reopen, [.char("R")], "reopen"),
        row(.correctPayment, [.char("m")], "correct_payment"),
        row(.withdraw, [.char("w")], "withdraw"),
        row(.criterion, [.char("k")], "criterion"),
        row(.warnings, [.char("v")], "warnings"),
        row(.conflicts, [.char("j")], "disqualification"),
        row(.due, [.char("u")], "due"),
        row(.charts, [.char("g")], "charts"),
        row(.chartsPreviousYear, [.char("[")], "charts_previous_year"),
        row(.chartsNextYear, [.char("]")], "charts_next_year"),
        row(.export, [.char("x")], "export"),
        row(.addType, [], "add_type"),
    ]
}
