import Kumppani

/// Pane 1's worklist: open follow-ups of the whole directory due within a week (overdue first),
/// read once when the view opens and again after each change made from it.
struct WorklistState {
    /// How far ahead the view looks: this week's work, not only today's.
    static let daysAhead = 7
    var items: [DueFollowUp] = []
    var list: ListView
    var until: CivilDate

    init(directory: DirectoryStore, today: CivilDate, language: Language) {
        until = today.adding(days: Self.daysAhead)
        list = ListView(columns: [], source: ArrayListSource([]), emptyText: "")
        reload(directory: directory, today: today, language: language)
    }

    var selected: DueFollowUp? { list.selection.flatMap { items.indices.contains($0) ? items[$0] : nil } }

    /// Re-reads the items, keeping the cursor near where it was (a done item leaves the list).
    mutating func reload(directory: DirectoryStore, today: CivilDate, language: Language) {
        let l = L(language)
        let keep = list.selection ?? 0
        items = (try? directory.followUps(until: until.iso)) ?? []
        let rows = items.map { item -> ListRow in
            let date = item.entry.followUpOn.flatMap(CivilDate.init(iso:))?.formatted(language) ?? ""
            let overdue = (item.entry.followUpOn ?? "") < today.iso
            let note = item.entry.note.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            // `!` as in the association list: due today or overdue.
            let mark = (item.entry.followUpOn ?? "") <= today.iso ? "! " : ""
            return ListRow([mark + date, FollowUpLine.status(item, today: today, language), item.associationName, note],
                           role: overdue ? .highlight : .normal)
        }
        list = ListView(columns: [
            ListColumn(l["worklist.column.date"], width: .fixed(13)),
            ListColumn(l["worklist.column.status"], width: .fixed(15)),
            ListColumn(l["worklist.column.association"], width: .flexible(min: 12, weight: 2)),
            ListColumn(l["worklist.column.note"], width: .flexible(min: 8, weight: 2)),
        ], source: ArrayListSource(rows), emptyText: l["worklist.empty", until.formatted(language)])
        if !items.isEmpty { list.select(min(keep, items.count - 1)) }
    }
}
