import Kumppani

/// What putting a signal's draft back into the grant application form achieved.
enum GrantApplicationDraftRestore: Equatable {
    /// The form is open with the typed changes.
    case restored
    /// The application, its round or (for a new one) its applicant is no longer in the file.
    case gone
    /// The file could not be read; the value is the store's message.
    case failed(String)
}

extension GrantsPane {
    /// What a signal should keep so `:draft` can reopen the application form, when changed.
    var restorableDraft: DraftSidecar.Payload? {
        guard let editor, editor.form.isChanged, case .application(let id, let roundID, let associationID) = editor.kind else { return nil }
        func values(_ list: [FormValue]) -> [String: DraftSidecar.FieldValue] {
            var out: [String: DraftSidecar.FieldValue] = [:]
            for (field, value) in zip(editor.form.fields, list) { out[field.key] = DraftSidecar.FieldValue(value) }
            return out
        }
        return .grantApplication(.init(applicationID: id, roundID: roundID, associationID: associationID,
                                       applicantName: editor.form["applicant"]?.text ?? "",
                                       base: values(editor.form.initialValues), typed: values(editor.form.fields.map(\.value))))
    }

    /// Opens the application form as the normal edit (or new) does, then puts the fields the
    /// user had changed (typed ≠ base) on top: the rest comes from the file as it is now, and
    /// the normal save keeps its conflict check.
    mutating func restoreApplicationForm(_ draft: DraftSidecar.GrantApplicationFields, context: inout PaneContext) -> GrantApplicationDraftRestore {
        do {
            if let id = draft.applicationID {
                try openApplicationForm(id: id, context: &context)
            } else {
                let grants = GrantStore(store: context.store)
                _ = try grants.round(id: draft.roundID)
                try openApplicationForm(id: nil, roundID: draft.roundID, associationID: draft.associationID,
                                        applicantName: draft.applicantName, context: &context)
            }
        } catch GrantProblem.notFound {
            return .gone
        } catch {
            return .failed((error as? StoreError)?.message(context.language) ?? String(describing: error))
        }
        guard var editor else { return .failed("") }
        for i in editor.form.fields.indices {
            let key = editor.form.fields[i].key
            guard let typed = draft.typed[key], typed != draft.base[key], let value = typed.formValue else { continue }
            switch (editor.form.fields[i].input, value) {
            case (.text, .text(let text)), (.multiline, .text(let text)):
                editor.form.fields[i].setText(text)
            case (.checkbox, .checkbox(let on)):
                editor.form.fields[i].input = .checkbox(on)
            default:
                continue
            }
        }
        self.editor = editor
        return .restored
    }
}
