import Foundation
import Kumppani

/// The goals view's keys: a goal's four prompts, its status, carrying goals over, the year.
extension MeetingsPane {
    func showGoals(context: inout PaneContext) {
        guard let body = currentBody else { context.post(context.l["meetings.pane.no_body"]); return }
        goalsScreen = GoalsScreen(body: body, year: selectedMeeting?.year ?? context.today.year)
        reloadGoals(context: &context)
    }

    func reloadGoals(context: inout PaneContext) {
        let s = store(context)
        do { try goalsScreen?.reload(s) } catch { report(error, context: &context) }
    }

    func beginGoalEdit(context: inout PaneContext) {
        guard let goal = goalsScreen?.selected else { return }
        draft = [String(goal.id)]
        // The goal as shown is the base of the save after the four prompts.
        recordEdit = .goal(PromptSession(base: goal, merge: MeetingsRecordEdit.goalMerge))
        ask(&context, .goalText, "meetings.prompt.goal", initial: goal.goal)
    }

    func cycleGoalStatus(context: inout PaneContext) {
        guard let shown = goalsScreen?.selected else { return }
        var g = shown
        let all = GoalStatus.allCases
        g.status = all[((all.firstIndex(of: g.status) ?? 0) + 1) % all.count]
        recordEdit = .goal(PromptSession(base: shown, mine: g, merge: MeetingsRecordEdit.goalMerge))
        saveRecordEdit(context: &context)
    }

    func carryGoals(_ body: Body, year: Int, context: inout PaneContext) {
        var n = 0
        if attempt(&context, { n = try $0.carryOverGoals(bodyID: body.id, toYear: year) }) {
            context.post(context.l["meetings.pane.carried", n, year])
            reloadGoals(context: &context)
        }
    }

    func showGoalYear(by delta: Int, context: inout PaneContext) {
        guard let year = goalsScreen?.year else { return }
        goalsScreen?.show(year: year + delta)
        reloadGoals(context: &context)
    }

    /// The goal's four questions in turn; the last one saves (a new goal or the one edited).
    static let goalSteps: [MeetingsStep] = [.goalText, .goalMeasures, .goalResponsible, .goalIndicator]

    func answerGoal(_ step: MeetingsStep, _ text: String, context: inout PaneContext) {
        let order = Self.goalSteps
        let i = order.firstIndex(of: step) ?? 0
        draft = Array(draft.prefix(i + 1)) + [text]
        let goals = goalsScreen?.list ?? []
        let existing = draft.first.flatMap(Int64.init).flatMap { id in goals.first { $0.id == id } }
        if i + 1 < order.count {
            let initial = existing.map { [$0.measures, $0.responsible, $0.indicator][i] } ?? ""
            ask(&context, order[i + 1], "meetings.prompt.\(order[i + 1].rawValue)", initial: initial)
            return
        }
        guard let screen = goalsScreen, draft.count == 5 else { return }
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
            let draft = self.draft
            attempt(&context) { try $0.addGoal(bodyID: screen.body.id, year: screen.year, goal: draft[1], measures: draft[2],
                                               responsible: draft[3], indicator: draft[4]) }
        }
        reloadGoals(context: &context)
    }
}
