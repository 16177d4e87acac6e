import Kumppani

extension DirectoryPane {
    /// The selected association's detail: the record, its wrapped lines, the scroll and, while
    /// it has the keys, the activity or role chosen with Up/Down.
    struct DetailState {
        var record: AssociationDetail?
        var focused = false
        var scroll = 0
        /// The activity or role chosen with Up/Down while the detail has focus.
        var selectedItem: DetailItem?
        /// The detail's height and lines for the current layout, to keep the selected item on screen.
        var height = 10
        var lines: [DirectoryDetailLines.Line] = []
        /// What `lines` were made from: wrapping a 1 MB description on every key would freeze the UI.
        var linesKey: DetailLinesKey?

        /// The last scroll position that still fills the detail.
        var scrollLimit: Int { max(0, lines.count - height) }
    }
}
