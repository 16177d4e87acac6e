import Kumppani

extension DirectoryPane {
    /// The marked rows when any are marked, else the ids the list shows when a search or filter
    /// narrows it; nil for the whole directory.
    func narrowedListIDs(_ store: Store) -> [Int64]? {
        if !home.bulk.marks.isEmpty { return home.bulk.marks.sorted() }
        guard !home.query.search.isEmpty || !home.query.filter.isEmpty else { return nil }
        return try? DirectoryStore(store: store).allIDs(matching: home.query)
    }
}

extension App {
    /// Pane 1's narrowed list for `:export`, or nil when it shows every association.
    func directoryListIDs() -> [Int64]? {
        guard let pane = panes.first(where: { $0 is DirectoryPane }) as? DirectoryPane else { return nil }
        return pane.narrowedListIDs(store)
    }

    /// Whether `:export` writes pane 1's marked rows (its message says so).
    func directoryHasMarks() -> Bool {
        (panes.first(where: { $0 is DirectoryPane }) as? DirectoryPane)?.home.bulk.marks.isEmpty == false
    }
}
