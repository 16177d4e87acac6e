import Kumppani

/// What a prompt's answer came to: done (saved, or on to the next question), or refused with
/// the reason in the user's language. A refused answer wrote nothing.
enum PromptOutcome: Equatable {
    case done
    case refused(String)
}

/// The question last opened, so a refusal can ask the very same question again.
struct AskedPrompt: Equatable {
    var step: MeetingsStep
    var title: String
    var label: String
    /// Asked again after a refusal: the status line still says why until the answer is taken.
    var refused = false
}

/// The one "ask again" of the pane: an answer handler only says why it refused (a date that does
/// not parse, votes that do not add up, the store's refusal); here the same question opens again
/// with what was typed, the cursor at its end and the reason under the question (and on the
/// status line). No handler rebuilds its own prompt.
extension MeetingsPane {
    /// Opens a prompt and remembers it as the question asked.
    func openPrompt(_ context: inout PaneContext, _ step: MeetingsStep, title: String, label: String, initial: String) {
        asked = AskedPrompt(step: step, title: title, label: label)
        context.open(DialogRequest(title: title, kind: .prompt(label: label, initial: initial),
                                   action: step.id, argument: nil, target: .pane(.meetings)))
    }

    /// The refused question again, as it was asked, with `typed` and the reason. A step answered
    /// without its prompt (`:meetings.vote 9 9 9` in the palette) gets its title and the reason.
    /// `label` is for a caller that knows the question better than the last one asked.
    func askAgain(_ step: MeetingsStep, typed: String, reason: String, label: String? = nil, context: inout PaneContext) {
        if context.messages.last?.text != reason { context.post(reason, kind: .error) }
        let title = asked?.step == step ? asked?.title ?? "" : context.l["meetings.dialog.\(step.rawValue)"]
        let question = label ?? (asked?.step == step ? asked?.label ?? "" : "")
        let why = context.l["meetings.prompt.refused", reason]
        asked = AskedPrompt(step: step, title: title, label: question, refused: true)   // a second refusal does not stack reasons
        var request = DialogRequest(title: title, kind: .prompt(label: question.isEmpty ? why : question + "\n" + why, initial: typed),
                                    action: step.id, argument: nil, target: .pane(.meetings))
        request.initialIsTyped = true
        context.open(request)
    }

    /// An answer taken after a refusal replaces the refusal still on the status line, unless
    /// the answer said something of its own.
    func sayTakenAfterRefusal(_ refused: AskedPrompt?, messagesBefore: Int, context: inout PaneContext) {
        guard let refused, context.messages.count == messagesBefore else { return }
        context.post(context.l["meetings.prompt.taken", refused.title])
    }

    /// A store call for a prompt's answer: its refusal becomes the answer's, not a status message.
    func refusal(_ context: inout PaneContext, _ body: (MeetingStore) throws -> Void) -> PromptOutcome {
        do {
            try body(store(context))
            return .done
        } catch {
            return .refused(reason(for: error, context))
        }
    }

    /// An error as the pane says it.
    func reason(for error: Error, _ context: PaneContext) -> String {
        if let e = error as? MeetingError {
            // In the pane the refusal names the key that does what is allowed instead.
            return e == .readOnly ? context.l["meetings.pane.read_only"] : e.message(context.language)
        }
        return context.l["meetings.pane.error", "\(error)"]
    }
}
