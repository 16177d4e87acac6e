import Kumppani

/// A negotiation goal's Swedish goal and measures (issue 17), for a bilingual or Swedish body's
/// documents: `r` in the goals view asks for the two in turn, each prefilled with what is
/// written, and the second answer saves both. In the Swedish UI the table shows the Swedish
/// texts where they are written (else the Finnish).
extension MeetingsPane {
    func beginGoalSwedish(context: inout PaneContext) {
        guard let g = goalsScreen?.selected else { return }
        draft = [String(g.id)]
        ask(&context, .goalTextSV, "meetings.prompt.goal_text_sv", initial: g.goalSV, args: [g.goal])
    }

    func answerGoalSwedish(_ step: MeetingsStep, _ text: String, context: inout PaneContext) {
        guard let id = draft.first.flatMap(Int64.init), let g = goalsScreen?.list.first(where: { $0.id == id }) else { return }
        if step == .goalTextSV {
            draft = [String(id), text]
            ask(&context, .goalMeasuresSV, "meetings.prompt.goal_measures_sv", initial: g.measuresSV, args: [g.measures])
            return
        }
        guard draft.count == 2 else { return }
        let goalSV = draft[1]
        if attempt(&context, { try $0.setGoalSwedish(goalID: id, goal: goalSV, measures: text) }) {
            context.post(context.l["meetings.goal.swedish_saved"])
        }
        reloadGoals(context: &context)
    }

    /// The goal and measures cells in the screen's language: Swedish where written.
    static func goalTexts(_ g: NegotiationGoal, _ language: Language) -> (goal: String, measures: String) {
        switch language {
        case .sv: return (g.goalSV.isEmpty ? g.goal : g.goalSV, g.measuresSV.isEmpty ? g.measures : g.measuresSV)
        default: return (g.goal, g.measures)
        }
    }
}
