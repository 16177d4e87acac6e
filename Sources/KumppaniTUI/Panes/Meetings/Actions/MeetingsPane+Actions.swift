import Foundation
import Kumppani

/// The actions view's keys: opening it, its filter, marking an action done.
extension MeetingsPane {
    func showActions(context: inout PaneContext) {
        actionsScreen = ActionsScreen(filter: actionsFilter, bodies: home.bodies)
        reloadActions(context: &context)
    }

    func reloadActions(context: inout PaneContext) {
        let s = store(context)
        do { try actionsScreen?.reload(s) } catch { report(error, context: &context) }
        if let filter = actionsScreen?.filter { actionsFilter = filter }
    }

    func toggleActionDone(context: inout PaneContext) {
        guard let a = actionsScreen?.selected else { return }
        var mine = a
        mine.doneOn = a.isDone ? nil : context.todayISO
        recordEdit = .action(PromptSession(base: a, mine: mine, merge: MeetingsRecordEdit.actionMerge))
        saveRecordEdit(context: &context)
    }

    func nextActionScope(context: inout PaneContext) {
        actionsScreen?.nextScope()
        reloadActions(context: &context)
    }

    func answerOwnerFilter(_ text: String, context: inout PaneContext) {
        actionsScreen?.filter.owner = text
        actionsScreen?.index = 0
        reloadActions(context: &context)
    }
}
