import Foundation
import Kumppani

/// The actions across meetings and the annual negotiation's goals table.
extension MeetingsPane {
    func reloadActions(context: inout PaneContext) {
        let filter = ActionFilter(scope: actionScope, bodyID: nil, owner: actionOwner.isEmpty ? nil : actionOwner)
        do {
            actionList = try store(context).actions(filter)
            actionIndex = min(actionIndex, max(0, actionList.count - 1))
        } catch { report(error, context: &context) }
    }

    func reloadGoals(context: inout PaneContext) {
        guard let body = currentBody else { goals = []; return }
        do {
            goals = try store(context).goals(bodyID: body.id, year: goalYear)
            goalIndex = min(goalIndex, max(0, goals.count - 1))
        } catch { report(error, context: &context) }
    }

    func toggleActionDone(context: inout PaneContext) {
        guard actionList.indices.contains(actionIndex) else { return }
        let a = actionList[actionIndex]
        var mine = a
        mine.doneOn = a.isDone ? nil : context.todayISO
        recordEdit = .action(PromptSession(base: a, mine: mine, merge: MeetingsRecordEdit.actionMerge))
        saveRecordEdit(context: &context)
    }

    func nextActionScope(context: inout PaneContext) {
        let all: [ActionFilter.Scope] = [.open, .overdue, .all, .done]
        actionScope = all[((all.firstIndex(of: actionScope) ?? 0) + 1) % all.count]
        actionIndex = 0
        reloadActions(context: &context)
    }

    func beginGoalEdit(context: inout PaneContext) {
        guard goals.indices.contains(goalIndex) else { return }
        draft = [String(goals[goalIndex].id)]
        // The goal as shown is the base of the save after the four prompts.
        recordEdit = .goal(PromptSession(base: goals[goalIndex], merge: MeetingsRecordEdit.goalMerge))
        ask(&context, .goalText, "meetings.prompt.goal", initial: goals[goalIndex].goal)
    }

    func cycleGoalStatus(context: inout PaneContext) {
        guard goals.indices.contains(goalIndex) else { return }
        var g = goals[goalIndex]
        let all = GoalStatus.allCases
        g.status = all[((all.firstIndex(of: g.status) ?? 0) + 1) % all.count]
        recordEdit = .goal(PromptSession(base: goals[goalIndex], mine: g, merge: MeetingsRecordEdit.goalMerge))
        saveRecordEdit(context: &context)
    }

    func carryGoals(_ body: Body, context: inout PaneContext) {
        var n = 0
        if attempt(&context, { n = try $0.carryOverGoals(bodyID: body.id, toYear: goalYear) }) {
            context.post(context.l["meetings.pane.carried", n, goalYear])
            reloadGoals(context: &context)
        }
    }

    func showGoalYear(_ year: Int, context: inout PaneContext) {
        goalYear = year
        goalIndex = 0
        reloadGoals(context: &context)
    }

    func answerOwnerFilter(_ text: String, context: inout PaneContext) {
        actionOwner = text
        actionIndex = 0
        reloadActions(context: &context)
    }

    /// The goal's four questions in turn; the last one saves (a new goal or the one edited).
    static let goalSteps: [MeetingsStep] = [.goalText, .goalMeasures, .goalResponsible, .goalIndicator]

    func answerGoal(_ step: MeetingsStep, _ text: String, context: inout PaneContext) {
        let order = Self.goalSteps
        let i = order.firstIndex(of: step) ?? 0
        draft = Array(draft.prefix(i + 1)) + [text]
        let existing = draft.first.flatMap(Int64.init).flatMap { id in goals.first { $0.id == id } }
        if i + 1 < order.count {
            let initial = existing.map { [$0.measures, $0.responsible, $0.indicator][i] } ?? ""
            ask(&context, order[i + 1], "meetings.prompt.\(order[i + 1].rawValue)", initial: initial)
            return
        }
        guard let body = currentBody, draft.count == 5 else { return }
        if case .goal(let opened)? = recordEdit, let base = opened.base, base.id == existing?.id {
            var g = base
            g.goal = draft[1]; g.measures = draft[2]; g.responsible = draft[3]; g.indicator = draft[4]
            recordEdit = .goal(PromptSession(base: base, mine: g, merge: MeetingsRecordEdit.goalMerge))
            saveRecordEdit(context: &context)
            return
        } else if var g = existing {
            g.goal = draft[1]; g.measures = draft[2]; g.responsible = draft[3]; g.indicator = draft[4]
            recordEdit = .goal(PromptSession(base: existing ?? g, mine: g, merge: MeetingsRecordEdit.goalMerge))
            saveRecordEdit(context: &context)
            return
        } else {
            attempt(&context) { try $0.addGoal(bodyID: body.id, year: goalYear, goal: draft[1], measures: draft[2],
                                               responsible: draft[3], indicator: draft[4]) }
        }
        reloadGoals(context: &context)
    }
}
