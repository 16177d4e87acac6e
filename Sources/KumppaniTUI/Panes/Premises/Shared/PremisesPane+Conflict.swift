import Kumppani

/// Two windows on one file: a room, booking or goal form never saves over another window's
/// change (or brings back what it deleted) without asking. The asking and the answer are the
/// form's `EditSession`; this carries out the step for whichever form is waiting.
extension PremisesPane {
    mutating func resolveConflict(_ answer: String?, context: inout PaneContext) {
        let step: ConflictStep
        if var f = premisesForm, f.session.hasConflict {
            step = f.session.answerPending(answer)
            premisesForm = f
            if step == .saveAgain { saveRoom(context: &context); if premisesForm == nil { context.post(context.l["sync.kept_mine"]) } }
            if case .close = step { premisesForm = nil }
        } else if var f = bookingForm, f.session.hasConflict {
            step = f.session.answerPending(answer)
            f.refreshActivities(store: context.store, language: context.language)
            bookingForm = f
            if step == .saveAgain { saveBooking(context: &context); if bookingForm == nil { context.post(context.l["sync.kept_mine"]) } }
            if case .close = step { bookingForm = nil }
        } else if var f = goalForm, f.session.hasConflict {
            step = f.session.answerPending(answer)
            goalForm = f
            if step == .saveAgain { saveGoal(context: &context); if goalForm == nil { context.post(context.l["sync.kept_mine"]) } }
            if case .close = step { goalForm = nil }
        } else {
            return
        }
        if case .close = step { reload(context: &context) }
        if let message = step.message(context.l) { context.post(message) }
    }
}
