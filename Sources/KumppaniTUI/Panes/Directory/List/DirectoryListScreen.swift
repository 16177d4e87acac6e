import Kumppani

extension DirectoryPane {
    /// Pane 1's home screen, under every overlay: the query and its `/` field, the list and the
    /// page source behind it, the marks, and the selected association's detail beside the list.
    struct ListScreen {
        var query = DirectoryQuery()
        var search = TextField()
        var isSearching = false
        var list = ListView(columns: [], source: ArrayListSource([]), emptyText: "")
        var source: DirectoryListSource?
        /// The last search matched only with accents folded (the query line says so).
        var usedFoldedSearch = false
        /// The list's height from the layout (set on the update path, `syncList`).
        var listHeight = 20
        /// The labels the filter line shows, read when the pane opens and when filters are applied.
        var filterLabels = FilterLabels()
        /// Marked rows and the open choice dialog's options (`Marks.swift`).
        var bulk = BulkState()
        var detail = DetailState()

        var selectedID: Int64? { list.selection.flatMap { source?.id(at: $0) } }
    }
}
