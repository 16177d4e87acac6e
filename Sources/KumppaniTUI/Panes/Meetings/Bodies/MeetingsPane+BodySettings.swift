import Kumppani

/// The body settings form over the list (`E` on a body): opening it from the file as stored,
/// its keys, its save through `updateBody(expecting:)`, the conflict dialog's answer and the
/// signal's draft. Kept apart so the pane's wiring stays a few lines.
extension MeetingsPane {
    /// The answer of the body settings form's conflict dialog.
    static let bodySettingsConflict: ActionID = "meetings.body_settings_conflict"

    /// Opens the form for the selected body as the file holds it now.
    func openBodySettings(context: inout PaneContext) {
        guard let shown = currentBody else { context.post(context.l["meetings.pane.no_body"], kind: .error); return }
        let s = store(context)
        do {
            guard let stored = try s.body(shown.id) else {
                report(MeetingError.notFound, context: &context)
                reloadList(context: &context)
                return
            }
            let seats = Quorum.seats(members: try s.members(bodyID: stored.id), on: s.today).count
            bodyForm = BodySettingsForm(editing: stored, seats: seats, language: context.language)
        } catch {
            report(error, context: &context)
        }
    }

    func handleBodySettings(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard var f = bodyForm else { return .ignored }
        let result = f.form.handle(event)
        if result == .changed { f.problem = nil }
        bodyForm = f
        switch result {
        case .cancelled: bodyForm = nil
        case .submitted: saveBodySettings(context: &context)
        default: break
        }
        return .handled
    }

    /// Saves with the body as opened as `expecting:`; another window's change opens the dialog.
    func saveBodySettings(context: inout PaneContext) {
        guard var f = bodyForm else { return }
        let s = store(context)
        do {
            let body = try f.body(language: context.language)
            guard try f.session.save({ try s.updateBody(body, expecting: $0) }) != nil else {
                bodyForm = f
                if let request = f.session.pendingDialog(l: context.l, action: Self.bodySettingsConflict) { context.open(request) }
                return
            }
            bodyForm = nil
            reloadList(context: &context)
            home.bodyIndex = home.bodies.firstIndex { $0.id == body.id } ?? home.bodyIndex
            reloadList(context: &context)
            context.post(context.l["bodies.form.saved", body.name.trimmingCharacters(in: .whitespacesAndNewlines)])
        } catch {
            let message = (error as? FormProblem)?.message ?? (error as? MeetingError)?.message(context.language) ?? "\(error)"
            f.problem = message
            bodyForm = f
            context.post(message, kind: .error)
        }
    }

    /// Keep mine saves the form again over what is stored now, take theirs closes it and shows
    /// the file, back to the form keeps the changed fields on top of the stored body.
    func resolveBodySettingsConflict(_ answer: String?, context: inout PaneContext) {
        guard var f = bodyForm, f.session.hasConflict else { return }
        let step = f.session.answerPending(answer)
        bodyForm = f
        switch step {
        case .saveAgain:
            saveBodySettings(context: &context)
            if bodyForm == nil { context.post(context.l["sync.kept_mine"]) }
        case .close:
            bodyForm = nil
            reloadList(context: &context)
        case .stay:
            break
        }
        if let message = step.message(context.l) { context.post(message) }
    }

    /// What a signal keeps of the open form: its values as opened and as typed.
    func bodySettingsDraft() -> DraftSidecar.Payload? {
        guard let f = bodyForm, f.form.isChanged else { return nil }
        return .form(.init(form: DraftSidecar.FormFields.body, recordID: f.editing.id, ownerID: nil,
                           base: f.form.draftValues(opened: true), typed: f.form.draftValues()))
    }

    /// `:draft`: the form opens on the body as stored now with the changed fields on top.
    func restoreBodySettings(_ draft: DraftSidecar.FormFields, context: inout PaneContext) -> DraftRestoreOutcome {
        let s = store(context)
        do {
            guard let id = draft.recordID, try s.body(id) != nil else { return .gone(message: context.l["drafts.form_gone"]) }
            screen = .list
            reloadList(context: &context)
            home.bodyIndex = home.bodies.firstIndex { $0.id == id } ?? home.bodyIndex
            reloadList(context: &context)
        } catch {
            return .failed(error.localizedDescription)
        }
        openBodySettings(context: &context)
        guard var f = bodyForm else { return .failed("") }
        f.session.restore(typed: draft.typed, opened: draft.base)
        bodyForm = f
        return .restored
    }
}

extension MeetingsPane {
    /// The form a signal writes to the text draft (the one-field prompts are kept as `changedPrompt`).
    public var openForm: Form? { bodyForm?.form }
}
