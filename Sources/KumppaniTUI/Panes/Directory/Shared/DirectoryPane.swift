import Foundation
import Kumppani

/// Pane 1: the association directory. The list (name, municipality, status) beside the
/// selected association's detail; search, filters, forms, contact log, merge and referrals.
///
/// A class because it owns a paging data source over the store and the loaded detail.
public final class DirectoryPane: Pane {
    public let id = PaneID.directory
    public var titleKey: String { "shell.pane.directory" }
    /// The list's keys; while a form, the search or the referral view has the keys, the key bar
    /// shows those instead (the list's rows stay for help and the menus).
    public var bindings: [KeyBinding] {
        let mode = modeBar
        guard !mode.isEmpty else { return DirectoryBindings.all }
        return DirectoryBindings.all.map { var b = $0; b.showInKeyBar = false; return b } + mode
    }

    var modeBar: [KeyBinding] {
        if home.isSearching { return DirectoryBindings.searchBar }
        switch overlay {
        case .none: return []
        case .form(let s): return s.form.checklistCursor != nil ? DirectoryBindings.checklistBar : DirectoryBindings.formBar
        case .activity(let s): return s.form.checklistCursor != nil ? DirectoryBindings.checklistBar : DirectoryBindings.formBar
        case .person, .log: return DirectoryBindings.formBar
        case .filters: return DirectoryBindings.filterBar
        case .referral(let r): return r.inResults ? DirectoryBindings.referralResultsBar : DirectoryBindings.referralFormBar
        case .merge: return DirectoryBindings.mergeBar
        case .worklist: return DirectoryBindings.worklistBar
        case .review: return DirectoryBindings.reviewBar
        case .duplicates: return DirectoryBindings.duplicatesBar
        case .mergeCompare: return DirectoryBindings.compareBar
        }
    }

    enum Overlay {
        case form(AssociationFormState)
        case log(ContactLogFormState)
        case filters(FilterFormState)
        case referral(ReferralState)
        case merge(AssociationPicker)
        case activity(ActivityFormState)
        case person(PersonFormState)
        case worklist(WorklistState)
        case review(RegisterReviewState)
        case duplicates(DuplicatesState)
        case mergeCompare(MergeCompareState)
    }

    /// The list with its query, marks and the selected association's detail: under every overlay.
    var home = ListScreen()
    var overlay: Overlay?
    /// The role whose end date the prompt asks for.
    var pendingRoleEnd: Int64?
    var language: Language = .fi
    var today = ""

    public init() {}

    public var isCapturingText: Bool {
        if home.isSearching { return true }
        switch overlay {
        case .none: return false
        case .referral(let r): return !r.inResults
        case .worklist, .duplicates, .mergeCompare: return false
        default: return true
        }
    }

    public var hasUnsavedWork: Bool {
        switch overlay {
        case .form(let f): return f.form.isChanged
        case .log(let f): return f.form.isChanged
        case .activity(let f): return f.form.isChanged
        case .person(let f): return f.form.isChanged
        default: return false
        }
    }

    func directory(_ context: PaneContext) -> DirectoryStore { DirectoryStore(store: context.store) }

    var selectedID: Int64? { home.selectedID }

    /// A background query's answer: the referral view's results.
    public func receive(_ result: BackgroundResult, context: inout PaneContext) {
        if result.channel == DuplicatesState.channel {
            if case .duplicates(var state)? = overlay { state.receive(result, context: &context); overlay = .duplicates(state) }
            return
        }
        guard result.channel == ReferralState.channel, case .referral(var state)? = overlay else { return }
        state.receive(result, context: &context)
        overlay = .referral(state)
    }

    public func activate(context: inout PaneContext) {
        loadFilterLabels(context: context)
        reload(context: context, keeping: selectedID)
    }

    /// Re-reads the list for the current query, keeping `keeping` selected when it is still there.
    func reload(context: PaneContext, keeping id: Int64? = nil) {
        language = context.language
        today = context.todayISO
        let l = context.l
        let dir = directory(context)
        guard let listing = try? dir.listing(home.query) else { return }
        home.usedFoldedSearch = listing.usedFoldedSearch
        // Sorted by last contact, the third column shows that date instead of the status.
        let byContact = home.query.sort == .lastContact
        let newSource = DirectoryListSource(listing: listing, language: context.language, showsLastContact: byContact)
        home.source = newSource
        home.list = ListView(columns: [
            ListColumn(l["directory.column.name"], width: .flexible(min: 12, weight: 3)),
            ListColumn(l["directory.column.municipality"], width: .flexible(min: 8, weight: 1)),
            byContact ? ListColumn(l["directory.column.last_contact"], width: .fixed(12))
                      : ListColumn(l["directory.column.status"], width: .fixed(11)),
        ], source: newSource, emptyText: l[home.query.search.isEmpty && home.query.filter.isEmpty ? "directory.list.empty" : "directory.list.no_match"])
        applyBulkColumns(l, directory: dir)
        home.list.setViewport(height: home.listHeight)
        if let id, let position = try? dir.position(of: id, in: listing) { home.list.select(position) }
        syncList(context: context)
        loadDetail(context: context)
    }

    func loadDetail(context: PaneContext) {
        let id = selectedID
        if home.detail.record?.association.id != id { home.detail.scroll = 0; home.detail.selectedItem = nil }
        home.detail.record = id.flatMap { try? directory(context).detail($0) }
        refreshDetailLines(context: context)
    }

    // MARK: Keys

    public func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        followLayout(context: context)
        if overlay != nil { return handleOverlay(event, context: &context) }
        if home.isSearching { return handleSearch(event, context: &context) }
        guard case .key(let key) = event else { return .ignored }
        if home.detail.focused {
            if home.detail.selectedItem != nil, let binding = DirectoryBindings.items.first(where: { $0.matches(key) }) {
                return perform(binding.action, argument: nil, context: &context)
            }
            switch key {
            case .up: home.detail.moveSelection(by: -1); return .handled
            case .down: home.detail.moveSelection(by: 1); return .handled
            case .pageUp, .pageDown, .home, .end: home.detail.page(key); return .handled
            case .tab, .escape, .left, .backTab: home.detail.focused = false; home.detail.selectedItem = nil; return .handled
            default: break
            }
        } else {
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end:
                if home.list.handle(event) == .changed { syncList(context: context); loadDetail(context: context) }
                return .handled
            case .escape:
                return perform(DirectoryAction.clear, argument: nil, context: &context)
            default: break
            }
        }
        guard let binding = bindings.first(where: { $0.matches(key) }) else { return .ignored }
        return perform(binding.action, argument: nil, context: &context)
    }

    /// The `/` line: every key re-runs the query; Enter keeps it, Esc clears it.
    func handleSearch(_ event: Event, context: inout PaneContext) -> PaneResult {
        switch event {
        case .key(.enter), .key(.tab):
            home.isSearching = false
            return .handled
        case .key(.escape):
            home.isSearching = false
            home.search = TextField()
            home.query.search = ""
            reload(context: context)
            return .handled
        case .key(.up), .key(.down), .key(.pageUp), .key(.pageDown):
            if home.list.handle(event) == .changed { syncList(context: context); loadDetail(context: context) }
            return .handled
        default:
            if home.search.handle(event) == .changed {
                home.query.search = home.search.text
                reload(context: context)
            }
            return .handled
        }
    }

    public func perform(_ id: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        followLayout(context: context)
        // Not one of ours (the shell's search where this pane has none): the shell answers it.
        guard let action = DirectoryAction(id) else { return .ignored }
        return perform(action, argument: argument, context: &context)
    }

    /// A dialog's typed answer: the similar-people chooser maps its index to the person offered;
    /// the others take text (a path, a date) or the confirmation's argument (an id).
    public func answer(_ id: ActionID, _ answer: DialogAnswer, argument: String?, context: inout PaneContext) -> PaneResult {
        if DirectoryAction(id) == .personChosen { return choosePerson(answer, context: &context) }
        return perform(id, argument: answer.asArgument(confirming: argument), context: &context)
    }

    /// Every action, exhaustively (no `default`: a new action does not compile until it is handled).
    func perform(_ action: DirectoryAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        let dir = directory(context)
        switch action {
        case .search:
            overlay = nil
            home.detail.focused = false
            home.isSearching = true
            if let argument { home.search = TextField(text: argument); home.query.search = argument; reload(context: context) }
        case .clear:
            guard !home.query.search.isEmpty || !home.query.filter.isEmpty else { return .ignored }
            home.search = TextField()
            home.query.search = ""
            home.query.filter = DirectoryFilter()
            reload(context: context, keeping: selectedID)
        case .sort:
            home.query.sort = home.query.sort.next
            // A new order is read from its top (keeping the row would scroll the top out of view).
            reload(context: context)
            context.post(l["directory.sorted", home.query.sort.label(context.language)])
        case .filters:
            overlay = .filters(FilterFormState(filter: home.query.filter, directory: dir, language: context.language))
        case .add:
            overlay = .form(AssociationFormState(draft: AssociationDraft(), editingID: nil, directory: dir, language: context.language))
        case .edit:
            guard let id = selectedID, let draft = try? dir.draft(for: id) else { return nothingSelected(&context) }
            overlay = .form(AssociationFormState(draft: draft, editingID: id, directory: dir, language: context.language))
        case .log:
            guard let id = selectedID else { return nothingSelected(&context) }
            overlay = .log(ContactLogFormState(associationID: id, today: context.today, language: context.language))
        case .referral:
            var state = ReferralState(directory: dir, municipalityCode: home.query.filter.municipalityCode, language: context.language)
            state.requestResults(&context)
            overlay = .referral(state)
        case .focusDetail:
            guard home.detail.record != nil else { return nothingSelected(&context) }
            home.detail.focused.toggle()
        case .delete:
            guard let id = selectedID, let a = home.detail.record?.association, a.id == id else { return nothingSelected(&context) }
            let grants = (try? dir.grantCount(of: id)) ?? 0
            // Already dissolved and kept for its grants: asking again would change nothing.
            if grants > 0, a.status == .dissolved {
                context.post(l["directory.delete.already_dissolved", a.name, grants])
                return .handled
            }
            let question = grants > 0 ? l["directory.delete.ask_dissolve", a.name, grants] : l["directory.delete.ask", a.name]
            context.open(DialogRequest(title: l["directory.delete.title"], kind: .confirm(message: question),
                                       action: DirectoryAction.deleteConfirmed.id, argument: String(id)))
        case .deleteConfirmed:
            guard let id = argument.flatMap(Int64.init) else { return .ignored }
            do {
                let outcome = try dir.deleteOrDissolve(id)
                context.post(outcome.message(context.language))
                reload(context: context, keeping: id)
            } catch { fail(error, &context) }
        case .merge:
            guard let id = selectedID else { return nothingSelected(&context) }
            var picker = AssociationPicker(excluding: id)
            picker.refresh(dir)
            overlay = .merge(picker)
        case .registerReview:
            openRegisterReview(context: &context)
        case .mergeConfirmed:
            // "keep remove" (the kept one's values win, empty fields filled) or "keep remove =a,b" (chosen fields).
            let parts = (argument ?? "").split(separator: " ")
            let ids = parts.prefix(2).compactMap { Int64($0) }
            guard ids.count == 2 else { return .ignored }
            let chosen = parts.count > 2 && parts[2].hasPrefix("=") ? Set(parts[2].dropFirst().split(separator: ",").map(String.init)) : nil
            do {
                let summary = try chosen.map { try dir.merge(keep: ids[0], remove: ids[1], takingFromRemoved: $0) }
                    ?? dir.merge(keep: ids[0], remove: ids[1])
                overlay = nil
                context.post(summary.message(context.language) + " " + l["directory.merge.undo_hint"])
                reload(context: context, keeping: ids[0])
            } catch { fail(error, &context) }
        case .duplicates: return openDuplicates(context: &context)
        case .mergeUndo: return askUndoMerge(context: &context)
        case .mergeUndoConfirmed: return undoMerge(argument, context: &context)
        case .followUpDone:
            guard let entry = home.detail.record?.contactLog.first(where: { $0.followUpOn != nil && $0.followUpDoneOn == nil }) else {
                context.post(l["directory.log.no_follow_up"]); return .handled
            }
            do {
                try dir.markFollowUpDone(entryID: entry.id)
                context.post(l["directory.log.follow_up_marked", DirectoryFormat.date(entry.followUpOn ?? "", context.language)])
                reload(context: context, keeping: selectedID)
            } catch { fail(error, &context) }
        case .writeCard:
            guard case .referral(let state)? = overlay, !state.slipResults.isEmpty,
                  let path = argument?.trimmingCharacters(in: .whitespaces), !path.isEmpty else { return .ignored }
            do {
                // The slip (text or HTML by the file's ending) is made by the library, written by the services.
                let slip = try ReferralSlip.make(state.slipResults, directory: dir, language: state.slipLanguage)
                try context.writeDocument(slip.document(for: path), path)
                context.post(l["directory.card.written", path])
            } catch {
                context.post(l["directory.card.failed", path, (error as NSError).localizedDescription], kind: .error)
            }
        case .worklist: return openWorklist(context: &context)
        case .activityAdd: return addActivity(context: &context)
        case .personAdd: return addPerson(context: &context)
        case .itemEdit: return editItem(context: &context)
        case .itemRemove: return removeItem(context: &context)
        case .activityDeleteConfirmed: return deleteActivity(argument, context: &context)
        case .roleEnd: return endRole(argument, context: &context)
        case .logDeleteConfirmed: return deleteLogEntry(argument, context: &context)
        case .personChosen:
            // Answered by index through `answer`; palette text cannot say which row.
            context.post(l["actions.choose_from_list"], kind: .error)
        case .keyHint:
            return .ignored   // a hint on the key bar, never run
        case .conflict:
            return resolveConflict(argument, context: &context)
        case .mark, .markAll, .clearMarks, .tagAdd, .tagRemove, .exportMarked, .emailList, .saveSearch, .savedSearches,
             .deleteSavedSearch, .tagAddNamed, .tagRemoveChosen, .exportMarkedTo, .emailListTo, .saveSearchNamed,
             .savedSearchChosen, .deleteSavedSearchChosen:
            return performBulk(action, argument: argument, context: &context)
        case .open:
            guard let id = argument.flatMap(Int64.init) else { return .ignored }
            home.query = DirectoryQuery(sort: home.query.sort)
            home.search = TextField()
            reload(context: context, keeping: id)
        }
        return .handled
    }

    func nothingSelected(_ context: inout PaneContext) -> PaneResult {
        context.post(context.l["directory.none_selected"])
        return .handled
    }

    func fail(_ error: Error, _ context: inout PaneContext) {
        let message: String
        switch error {
        case let e as DirectoryEditError: message = e.message(context.language)
        case let e as ContactLogError: message = e.message(context.language)
        case let e as StoreError: message = e.message(context.language)
        case let e as RoleError: message = e.message(context.language)
        default: message = context.l["directory.error.failed", String(describing: error)]
        }
        context.post(message, kind: .error)
    }
}
