import Foundation
import Kumppani

/// Activities and people's roles: the detail's selectable items and their forms.
extension DirectoryPane {
    func addActivity(context: inout PaneContext) -> PaneResult {
        guard let id = selectedID else { return nothingSelected(&context) }
        var draft = ActivityDraft()
        draft.municipalities = home.detail.record?.municipality?.nameFI ?? ""
        overlay = .activity(ActivityFormState(draft: draft, associationID: id, editingID: nil, people: home.detail.record?.people ?? [],
                                              directory: directory(context), language: context.language))
        return .handled
    }

    func addPerson(context: inout PaneContext) -> PaneResult {
        guard let id = selectedID else { return nothingSelected(&context) }
        var draft = PersonRoleDraft()
        draft.startOn = context.todayISO
        overlay = .person(PersonFormState(draft: draft, associationID: id, editingID: nil, today: context.today, language: context.language))
        return .handled
    }

    func editItem(context: inout PaneContext) -> PaneResult {
        let dir = directory(context)
        switch home.detail.selectedItem {
        case .activity(let activityID)?:
            guard let (association, draft) = try? dir.activityDraft(activityID) else { return itemGone(&context) }
            overlay = .activity(ActivityFormState(draft: draft, associationID: association, editingID: activityID,
                                                  people: home.detail.record?.people ?? [], directory: dir, language: context.language))
        case .role(let roleID)?:
            guard let (association, draft) = try? dir.roleDraft(roleID) else { return itemGone(&context) }
            overlay = .person(PersonFormState(draft: draft, associationID: association, editingID: roleID,
                                              today: context.today, language: context.language))
        case .logEntry(let entryID)?:
            guard let (association, draft) = try? dir.contactDraft(entryID) else { return itemGone(&context) }
            overlay = .log(ContactLogFormState(associationID: association, editingID: entryID, draft: draft,
                                               today: context.today, language: context.language))
        case nil:
            context.post(context.l["directory.item.choose_first"])
        }
        return .handled
    }

    func removeItem(context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch home.detail.selectedItem {
        case .activity(let activityID)?:
            guard let activity = home.detail.record?.activities.first(where: { $0.id == activityID }) else { return itemGone(&context) }
            context.open(DialogRequest(title: l["directory.activity.delete_title"],
                                       kind: .confirm(message: l["directory.activity.delete_ask", activity.title]),
                                       action: DirectoryAction.activityDeleteConfirmed.id, argument: String(activityID)))
        case .role(let roleID)?:
            guard let role = home.detail.record?.people.first(where: { $0.affiliationID == roleID }) else { return itemGone(&context) }
            pendingRoleEnd = roleID
            context.open(DialogRequest(title: l["directory.person.end_title"],
                                       kind: .prompt(label: l["directory.person.end_ask", role.name, role.kindLabel(context.language)],
                                                     initial: context.today.formatted(context.language)),
                                       action: DirectoryAction.roleEnd.id))
        case .logEntry(let entryID)?:
            guard let entry = home.detail.record?.contactLog.first(where: { $0.id == entryID }) else { return itemGone(&context) }
            context.open(DialogRequest(title: l["directory.log.delete_title"],
                                       kind: .confirm(message: l["directory.log.delete_ask", DirectoryFormat.date(entry.contactedOn, context.language),
                                                                  entry.kind.label(context.language)]),
                                       action: DirectoryAction.logDeleteConfirmed.id, argument: String(entryID)))
        case nil:
            context.post(l["directory.item.choose_first"])
        }
        return .handled
    }

    func deleteActivity(_ argument: String?, context: inout PaneContext) -> PaneResult {
        guard let id = argument.flatMap(Int64.init) else { return .ignored }
        let title = home.detail.record?.activities.first { $0.id == id }?.title ?? ""
        do {
            if try directory(context).deleteActivity(id) { context.post(context.l["directory.activity.deleted", title]) }
            home.detail.selectedItem = nil
            reload(context: context, keeping: selectedID)
        } catch { fail(error, &context) }
        return .handled
    }

    func endRole(_ argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        guard let roleID = pendingRoleEnd, let text = argument else { return .ignored }
        pendingRoleEnd = nil
        guard case .success(let day) = CivilDate.parse(text.trimmingCharacters(in: .whitespaces), today: context.today) else {
            context.post(l["directory.person.bad_date_example", text], kind: .error)
            return .handled
        }
        do {
            try directory(context).endRole(roleID, on: day.iso)
            let name = home.detail.record?.people.first { $0.affiliationID == roleID }?.name ?? ""
            context.post(l["directory.person.ended_on", name, day.formatted(context.language)])
            reload(context: context, keeping: selectedID)
        } catch { fail(error, &context) }
        return .handled
    }

    /// The similar-people chooser's answer: the row's index picks the person offered there (the
    /// last row, "a new person", picks nobody), so two people whose lines read alike stay apart.
    func choosePerson(_ answer: DialogAnswer, context: inout PaneContext) -> PaneResult {
        guard case .person(var state)? = overlay, let index = answer.index, state.offeredLines.indices.contains(index) else {
            return .ignored
        }
        state.personID = state.offered.indices.contains(index) ? state.offered[index].id : nil
        state.offered = []   // answered: save without asking again
        state.offeredLines = []
        savePerson(&state, askedAboutSimilar: true, context: &context)
        return .handled
    }

    func itemGone(_ context: inout PaneContext) -> PaneResult {
        context.post(context.l["directory.item.gone"], kind: .error)
        reload(context: context, keeping: selectedID)
        return .handled
    }

    func handleActivityForm(_ event: Event, _ state: inout ActivityFormState, context: inout PaneContext) {
        switch state.form.handle(event) {
        case .cancelled: overlay = nil
        case .submitted: saveActivity(&state, context: &context)
        default: overlay = .activity(state)
        }
    }

    func saveActivity(_ state: inout ActivityFormState, context: inout PaneContext) {
        overlay = .activity(state)
        let (draft, associationID, editingID, dir) = (state.draft, state.associationID, state.editingID, directory(context))
        do {
            guard let outcome = try state.session.save({
                try dir.saveActivity(draft, association: associationID, id: editingID, expecting: $0)
            }) else {
                overlay = .activity(state)
                askAboutConflict(state.session, context: &context)
                return
            }
            switch outcome {
            case .saved(let id):
                overlay = nil
                context.post(context.l[editingID == nil ? "directory.activity.saved_new" : "directory.activity.saved",
                                       draft.title.trimmingCharacters(in: .whitespaces)])
                reload(context: context, keeping: associationID)
                home.detail.selectedItem = .activity(id)
            case .refused(let issues):
                if let first = issues.first { context.post(first.message(context.language), kind: .error) }
            }
        } catch { fail(error, &context) }
    }

    func handlePersonForm(_ event: Event, _ state: inout PersonFormState, context: inout PaneContext) {
        switch state.form.handle(event) {
        case .cancelled: overlay = nil
        case .submitted: savePerson(&state, askedAboutSimilar: false, context: &context)
        default: overlay = .person(state)
        }
    }

    /// Saves the role. A new role for a name not picked yet first offers people with a similar
    /// name, so one person is not entered twice; the answer comes back as `DirectoryAction.personChosen`.
    func savePerson(_ state: inout PersonFormState, askedAboutSimilar: Bool, context: inout PaneContext) {
        let l = context.l
        let dir = directory(context)
        let draft = state.draft(today: context.today)
        overlay = .person(state)
        if state.editingID == nil, state.personID == nil, !askedAboutSimilar,
           let similar = try? dir.similarPeople(to: draft.name), !similar.isEmpty {
            state.offered = similar
            state.offeredLines = similar.map { PersonFormState.line($0, language: context.language) } + [l["directory.person.new_person", draft.name]]
            overlay = .person(state)
            context.open(DialogRequest(title: l["directory.person.similar_title", draft.name],
                                       kind: .choice(options: state.offeredLines, selected: 0), action: DirectoryAction.personChosen.id))
            return
        }
        let (associationID, editingID) = (state.associationID, state.editingID)
        do {
            guard let outcome = try state.session.save({
                try dir.saveRole(draft, association: associationID, affiliationID: editingID, expecting: $0)
            }) else {
                overlay = .person(state)
                askAboutConflict(state.session, context: &context)
                return
            }
            switch outcome {
            case .saved(let roleID, _):
                overlay = nil
                reload(context: context, keeping: associationID)
                home.detail.selectedItem = .role(roleID)
                // The name as stored: a person picked from the register keeps their own spelling.
                let name = home.detail.record?.people.first { $0.affiliationID == roleID }?.name ?? draft.name
                context.post(l[editingID == nil ? "directory.person.saved_new" : "directory.person.saved",
                               name, RoleKind.label(draft.kind, context.language)])
            case .refused(let issues):
                if let first = issues.first { context.post(first.message(context.language), kind: .error) }
            }
        } catch { fail(error, &context) }
    }
}
