import Kumppani

/// A pane whose one-line prompts a signal's draft can ask again (`:draft`): the pane says where
/// the prompt was asked (`restorablePrompt`) and, on restore, goes back there and opens it with
/// what was typed (`restoreDraft`).
protocol PromptDraftRestoring: DraftRestoring {
    /// The restore copy of the open prompt (`title`, `label`, `action`) holding `typed`; nil
    /// when the pane cannot ask it again.
    func restorablePrompt(_ action: ActionID, title: String, label: String, typed: String) -> DraftSidecar.Payload?
}

/// An open prompt on a signal: the forms' draft keeps only forms, so what was typed into a
/// one-line prompt (a new meeting's place, a membership answer, an item's title) would be lost.
/// Its text goes into the text draft and, when its pane can ask it again, into the restore copy.
extension App {
    struct OpenPrompt {
        var pane: PaneID
        var action: ActionID
        var title, label, typed: String
    }

    /// The top-most pane prompt whose text the user changed from what it opened with, or which
    /// holds what the user typed before a refusal.
    var changedPrompt: OpenPrompt? {
        for overlay in state.overlays.reversed() {
            guard case .dialog(let d) = overlay, case .prompt(let label, let initial) = d.request.kind,
                  case .pane(let pane) = d.request.target, let action = d.request.action else { continue }
            let unchanged = d.input.text == initial && !(d.request.initialIsTyped && !initial.isEmpty)
            return unchanged ? nil : OpenPrompt(pane: pane, action: action, title: d.request.title, label: label, typed: d.input.text)
        }
        return nil
    }

    /// The prompt as the text draft shows it: the pane and time, the question and the answer.
    func promptDraftText(_ prompt: OpenPrompt, heading: (String) -> String) -> String {
        heading(l[pane(prompt.pane).titleKey]) + "\n"
            + prompt.title + "\n" + prompt.label + " " + prompt.typed.replacingOccurrences(of: "\n", with: "\n    ") + "\n\n"
    }

    /// The restore copy of the open prompt, when its pane can ask it again.
    func restorablePrompt() -> DraftSidecar.Payload? {
        guard let prompt = changedPrompt, let restoring = pane(prompt.pane) as? PromptDraftRestoring else { return nil }
        return restoring.restorablePrompt(prompt.action, title: prompt.title, label: prompt.label, typed: prompt.typed)
    }
}
