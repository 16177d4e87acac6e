import Foundation
import Kumppani

/// The actions view's keys: opening it, its filter, marking an action done.
extension MeetingsPane {
    func showActions(context: inout PaneContext) {
        actionsScreen = ActionsScreen(filter: actionsFilter, bodies: home.bodies)
        reloadActions(context: &context)
        if let place = actionsPlace { actionsScreen?.select(place) }
    }

    /// Enter: the selected action's meeting, at its item; Esc from there comes back here.
    func openActionsMeeting(context: inout PaneContext) {
        guard let action = actionsScreen?.selected else { return }
        guard let id = action.meetingID, let m = (try? store(context).meeting(id)) ?? nil else {
            context.post(context.l["meetings.pane.action_no_meeting"], kind: .error)
            return
        }
        actionsPlace = actionsScreen?.place
        open(m, context: &context)
        meetingFromActions = m.id
        if let item = action.itemID {
            meetingScreen?.select(itemID: item)
            reloadDetails(context: &context)
        }
    }

    /// Esc: from a meeting opened in the actions view, back to that view at the same action;
    /// from anywhere else, back to the list (the actions view remembers its selection).
    func goBack(context: inout PaneContext) {
        if let place = actionsScreen?.place { actionsPlace = place }
        let toActions = meetingFromActions != nil && meeting?.id == meetingFromActions
        meetingFromActions = nil
        screen = .list
        reloadList(context: &context)
        if toActions { showActions(context: &context) }
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
