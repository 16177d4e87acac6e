import Kumppani

/// The answers of the app's own dialogs (paths, confirmations, the theme and draft choices).
extension App {
    func answerAppDialog(_ action: ActionID, _ answer: DialogAnswer, argument: String?) {
        switch (action, answer) {
        case (.theme, .choice(let index)):
            // The index into the list as offered, not the label typed back.
            let themes = services.availableThemes()
            guard themes.indices.contains(index) else { return }
            runAppAction(.theme, argument: themes[index])
        case (App.draftAnswered, .choice(let index)):
            // The draft view's rows are keep, delete, restore: `runDraftAction` reads the row's number.
            runDraftAction(action, argument: String(index))
        default:
            // Prompts give the typed path; confirmations the request's argument (an import's file).
            runAppAction(action, argument: answer.asArgument(confirming: argument))
        }
    }
}
