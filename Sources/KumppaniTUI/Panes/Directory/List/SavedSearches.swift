import Kumppani

/// Saved searches in pane 1: `v` saves the search text, filters and order under a name, `h` lists
/// them to apply one, `H` deletes one. Stored in the database (`DirectoryStore.saveSearch`).
extension DirectoryPane {
    func performSavedSearch(_ action: DirectoryAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        let dir = directory(context)
        switch action {
        case .saveSearch:
            guard !home.query.search.isEmpty || !home.query.filter.isEmpty else { context.post(l["directory.saved.nothing"]); return .handled }
            context.open(DialogRequest(title: l["directory.saved.name_title"],
                                       kind: .prompt(label: l["directory.saved.name"], initial: home.query.search),
                                       action: DirectoryAction.saveSearchNamed.id))
        case .saveSearchNamed:
            guard let name = argument else { return .ignored }
            do {
                let stored = try dir.saveSearch(name, home.query)
                context.post(l["directory.saved.saved", stored])
            } catch { failBulk(error, &context) }
        case .savedSearches, .deleteSavedSearch:
            let saved = (try? dir.savedSearches()) ?? []
            guard !saved.isEmpty else { context.post(l["directory.saved.none"]); return .handled }
            home.bulk.choices = saved.map(\.name)
            let deleting = action == .deleteSavedSearch
            context.open(DialogRequest(title: l[deleting ? "directory.saved.delete_title" : "directory.saved.choose_title"],
                                       kind: .choice(options: home.bulk.choices, selected: 0),
                                       action: (deleting ? DirectoryAction.deleteSavedSearchChosen : .savedSearchChosen).id))
        case .savedSearchChosen:
            guard let name = chosen(argument), let saved = ((try? dir.savedSearches()) ?? []).first(where: { $0.name == name }) else {
                return .ignored
            }
            overlay = nil
            home.isSearching = false
            home.query = saved.query
            home.search = TextField(text: saved.query.search)
            reload(context: context)
            context.post(l["directory.saved.applied", saved.name])
        case .deleteSavedSearchChosen:
            guard let name = chosen(argument) else { return .ignored }
            do {
                if try dir.deleteSavedSearch(name) { context.post(l["directory.saved.deleted", name]) }
            } catch { fail(error, &context) }
        default:
            return .ignored
        }
        return .handled
    }
}
