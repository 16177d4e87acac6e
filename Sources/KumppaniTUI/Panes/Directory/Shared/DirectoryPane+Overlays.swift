import Foundation
import Kumppani

extension DirectoryPane {
    /// Keys while a form, the filters, the referral view or the merge picker is open.
    func handleOverlay(_ event: Event, context: inout PaneContext) -> PaneResult {
        let dir = directory(context)
        switch overlay {
        case .form(var state):
            let wasRefused = state.form.saveRefused
            switch state.form.handle(event) {
            case .cancelled: overlay = nil
            case .submitted: overlay = .form(state); saveForm(&state, context: &context)
            default:
                overlay = .form(state)
                // A refused save also says why in full in the status line (a long message may be cut beside the field).
                if state.form.saveRefused, !wasRefused, let first = state.form.shownErrors.sorted(by: { $0.key < $1.key }).first {
                    let text = "\(state.form.fields[first.key].label): \(first.value)"
                    state.notice = .init(text: text, isError: true)
                    overlay = .form(state)
                    context.post(text, kind: .error)
                }
            }
        case .log(var state):
            switch state.form.handle(event) {
            case .cancelled: overlay = nil
            case .submitted: saveLogEntry(&state, context: &context)
            default: overlay = .log(state)
            }
        case .filters(var state):
            switch state.form.handle(event) {
            case .cancelled: overlay = nil
            case .submitted:
                overlay = nil
                home.filterLabels = FilterLabels(targetGroups: state.targetGroups, activityKinds: state.activityKinds, tags: state.tags)
                home.query.filter = state.filter
                reload(context: context, keeping: selectedID)
            default: overlay = .filters(state)
            }
        case .referral(var state):
            handleReferral(event, &state, context: &context)
        case .merge(var picker):
            handleMerge(event, &picker, context: &context)
        case .activity(var state):
            handleActivityForm(event, &state, context: &context)
        case .person(var state):
            handlePersonForm(event, &state, context: &context)
        case .worklist(var state):
            handleWorklist(event, &state, context: &context)
        case .review(var state):
            handleRegisterReview(event, &state, context: &context)
        case .duplicates(var state):
            handleDuplicates(event, &state, context: &context)
        case .mergeCompare(var state):
            handleCompare(event, &state, context: &context)
        case nil:
            return .ignored
        }
        return .handled
    }

    /// Saves the form; a similar-name warning is shown once, and the next save accepts it.
    func saveForm(_ state: inout AssociationFormState, context: inout PaneContext) {
        let l = context.l
        let (draft, id, acceptWarnings, dir) = (state.draft, state.editingID, state.warningShown, directory(context))
        do {
            guard let outcome = try state.session.save({
                try dir.save(draft, id: id, acceptWarnings: acceptWarnings, expecting: $0)
            }) else {
                overlay = .form(state)
                askAboutConflict(state.session, context: &context)
                return
            }
            switch outcome {
            case .saved(let id, _):
                overlay = nil
                context.post(l[state.editingID == nil ? "directory.saved_new" : "directory.saved", draft.name])
                reload(context: context, keeping: id)
            case .refused(let validation):
                let first = validation.issues.first { $0.severity == .error } ?? validation.issues.first
                if !validation.hasErrors { state.warningShown = true }
                state.notice = first.map { .init(text: $0.message(context.language), isError: validation.hasErrors) }
                overlay = .form(state)
                if let first { context.post(first.message(context.language), kind: validation.hasErrors ? .error : .info) }
            }
        } catch { fail(error, &context) }
    }

    func handleReferral(_ event: Event, _ state: inout ReferralState, context: inout PaneContext) {
        defer { if overlay != nil { overlay = .referral(state) } }
        if state.inResults {
            guard case .key(let key) = event else { return }
            switch key {
            case .escape, .tab, .backTab: state.inResults = false
            case .char(" "):
                state.toggleMark()
                context.post(context.l["referral.slip.marked", state.markedActivities.count])
            case .char("k"):
                state.switchSlipLanguage()
                context.post(context.l["referral.slip.language", context.l["referral.slip.language.\(state.slipLanguage.rawValue)"]])
            case .char("w"), .ctrl("s"):
                guard let result = state.slipResults.first else { context.post(context.l["directory.referral.pick_first"]); return }
                let path = "~/" + ReferralCard.defaultFileName(result)
                context.open(DialogRequest(title: context.l["directory.card.title_dialog"],
                                           kind: .prompt(label: context.l["directory.card.ask_path"], initial: path),
                                           action: DirectoryAction.writeCard.id))
            case .char("o"):
                // Open the association of the chosen activity in the directory.
                guard let result = state.selected else { return }
                overlay = nil
                home.query = DirectoryQuery(sort: home.query.sort)
                home.search = TextField()
                reload(context: context, keeping: result.associationID)
            default: _ = state.list.handle(event)
            }
            return
        }
        switch event {
        case .key(.escape) where !state.form.isConfirmingDiscard:
            overlay = nil
            return
        // Enter shows the results from any criterion (the hint says so), unless it picks a highlighted completion.
        case .key(.enter) where state.form.suggestionIndex == nil, .key(.ctrl("s")), .key(.pageDown):
            state.requestResults(&context)
            state.enterResults()
            return
        default:
            break
        }
        let result = state.form.handle(event)
        if result == .changed || result == .submitted { state.requestResults(&context) }
        if result == .submitted { state.enterResults() }
        if result == .cancelled { overlay = nil }
    }

    func handleMerge(_ event: Event, _ picker: inout AssociationPicker, context: inout PaneContext) {
        defer { if case .merge? = overlay { overlay = .merge(picker) } }
        if case .key(let key) = event {
            switch key {
            case .escape: overlay = nil; return
            case .up: picker.selection = max(0, picker.selection - 1); return
            case .down: picker.selection = min(max(0, picker.results.count - 1), picker.selection + 1); return
            case .enter:
                guard let other = picker.selected, let keep = home.detail.record?.association else { return }
                overlay = nil
                openCompare(keep: keep.id, other: other.id, back: nil, context: &context)
                return
            default: break
            }
        }
        if picker.field.handle(event) == .changed { picker.refresh(directory(context)) }
    }
}
