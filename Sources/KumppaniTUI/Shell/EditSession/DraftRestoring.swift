import Kumppani

/// A pane whose forms a signal's draft can reopen (`:draft`). The signal asks the pane for the
/// open form's draft; the restore opens the form as a normal edit and puts what was typed on
/// top with `EditSession.restore`, so every form comes back the same way.
protocol DraftRestoring: Pane {
    /// What a signal should keep so `:draft` can reopen the open form; nil when nothing changed.
    func restorableDraft(today: CivilDate) -> DraftSidecar.Payload?
    /// Opens the draft's form over the pane.
    mutating func restoreDraft(_ payload: DraftSidecar.Payload, context: inout PaneContext) -> DraftRestoreOutcome
}

/// What putting a signal's draft back into its form achieved.
enum DraftRestoreOutcome: Equatable {
    /// The form is open with what was typed; the draft files can go.
    case restored
    /// The record is gone, so the form opened as a new one holding what was typed; the files
    /// can go, and the catalog key says so (an error, shown until a key).
    case restoredAsNew(messageKey: String)
    /// Nothing to attach the input to: nothing opened, the files stay; the line to show.
    case gone(message: String)
    /// The file could not be read; the store's message. The files stay for another try.
    case failed(String)
}

extension DraftSidecar.Payload {
    /// The pane that reopens this form.
    var pane: PaneID {
        switch self {
        case .association, .contactLog: return .directory
        case .form(let form):
            switch form.form {
            case DraftSidecar.FormFields.round: return .grants
            case DraftSidecar.FormFields.meetingsPrompt, DraftSidecar.FormFields.body: return .meetings
            case DraftSidecar.FormFields.premises, DraftSidecar.FormFields.booking, DraftSidecar.FormFields.strategyGoal: return .premises
            default: return .directory
            }
        case .grantApplication: return .grants
        }
    }
}

extension EditSession {
    /// Puts a draft's values (by field key) over this session's form as the file holds it now.
    mutating func restore(typed: [String: DraftSidecar.FieldValue], opened: [String: DraftSidecar.FieldValue]) {
        let fresh = form
        restore(typed: fresh.applying(typed), opened: fresh.applying(opened).fields.map(\.value))
    }
}

extension Form {
    /// The values by field key, as typed or, with `opened`, as the form opened with.
    func draftValues(opened: Bool = false) -> [String: DraftSidecar.FieldValue] {
        var out: [String: DraftSidecar.FieldValue] = [:]
        for (field, value) in zip(fields, opened ? initialValues : fields.map(\.value)) {
            switch (field.input, value) {
            case (.choice(let options, _), .choice(let i)) where options.indices.contains(i):
                out[field.key] = .init(choice: options[i])
            case (.multiChoice(let options, _, _), .choices(let chosen)):
                out[field.key] = .init(chosen: chosen.filter { options.indices.contains($0) }.map { options[$0] })
            default:
                out[field.key] = DraftSidecar.FieldValue(value)
            }
        }
        return out
    }

    /// The form with a draft's values put into the fields of the same key and kind (a choice
    /// by its option's text; one the list no longer has leaves the field as it was).
    func applying(_ values: [String: DraftSidecar.FieldValue]) -> Form {
        var out = self
        for i in out.fields.indices {
            guard let value = values[out.fields[i].key] else { continue }
            switch out.fields[i].input {
            case .text, .multiline:
                if let text = value.text { out.fields[i].setText(text) }
            case .checkbox:
                if let on = value.isOn { out.fields[i].input = .checkbox(on) }
            case .choice(let options, _):
                if let index = value.choice.flatMap({ options.firstIndex(of: $0) }) { out.fields[i].input = .choice(options: options, selected: index) }
            case .multiChoice(let options, _, let placeholder):
                if let chosen = value.chosen {
                    out.fields[i].input = .multiChoice(options: options, chosen: Set(chosen.compactMap { options.firstIndex(of: $0) }),
                                                       placeholder: placeholder)
                }
            }
        }
        return out
    }
}
