import Kumppani

/// Pane 1's marked rows: Space marks the current row, `A` every row shown, `u` clears. The marks
/// are ids, so they stay through a new search or filter; the bulk actions (`TagDialog.swift`)
/// act on them, or on the current row when none is marked.
struct BulkState {
    var marks: Set<Int64> = []
    /// The options of the choice dialog open now (tags to remove, saved searches), by index.
    var choices: [String] = []
}

extension DirectoryListSource {
    /// The list row with the mark column before it and the tag column after it, when shown.
    func decorate(_ row: ListRow, _ r: AssociationRow) -> ListRow {
        var out = row
        // `|` between the tags (no tag holds one): the column shows what fits and "+n" (`DirectoryColumns`).
        if showsTags { out.cells.append((tagsByID[r.id] ?? []).joined(separator: "|")) }
        if showsMarks { out.cells.insert(marks.contains(r.id) ? "*" : "", at: 0) }
        return out
    }
}

extension DirectoryPane {
    /// The ids a bulk action acts on: the marked rows, else the current one (empty when neither).
    var bulkTargets: [Int64] {
        if !home.bulk.marks.isEmpty { return home.bulk.marks.sorted() }
        return selectedID.map { [$0] } ?? []
    }

    /// "3 marked associations", or the current association's name.
    func bulkTargetText(_ context: PaneContext) -> String {
        if !home.bulk.marks.isEmpty { return context.l["directory.bulk.target_marked", home.bulk.marks.count] }
        return home.detail.record?.association.name ?? ""
    }

    /// Adds the mark and tag columns to the list `reload` just built (called from there).
    func applyBulkColumns(_ l: L, directory: DirectoryStore) {
        guard let source = home.source else { return }
        source.marks = home.bulk.marks
        source.showsMarks = !home.bulk.marks.isEmpty
        source.showsTags = (try? directory.hasTags()) ?? false
        if source.showsTags {
            home.list.columns.append(ListColumn(l["directory.column.tags"], width: .flexible(min: 6, weight: 1), overflow: .countingRest(separator: "|")))
        }
        // No title over the marks: a `*` there would read as a mark.
        if source.showsMarks { home.list.columns.insert(ListColumn("", width: .fixed(1)), at: 0) }
    }

    /// Shows changed marks: a cheap re-read of the page, or a new list when the mark column comes or goes.
    func marksChanged(context: PaneContext) {
        guard let source = home.source else { return }
        if source.showsMarks != !home.bulk.marks.isEmpty {
            reload(context: context, keeping: selectedID)
        } else {
            source.marks = home.bulk.marks
            home.list.reload()
        }
    }

    func performBulk(_ action: DirectoryAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        case .mark:
            guard let id = selectedID else { return nothingSelected(&context) }
            if home.bulk.marks.remove(id) == nil { home.bulk.marks.insert(id) }
            marksChanged(context: context)
            // On to the next row, so Space Space Space marks three.
            if home.list.handle(.key(.down)) == .changed { loadDetail(context: context) }
        case .markAll:
            let dir = directory(context)
            guard let listing = try? dir.listing(home.query), let ids = try? dir.ids(of: listing), !ids.isEmpty else {
                return nothingSelected(&context)
            }
            home.bulk.marks.formUnion(ids)
            marksChanged(context: context)
            context.post(l["directory.marks.all", ids.count])
        case .clearMarks:
            guard !home.bulk.marks.isEmpty else { context.post(l["directory.marks.none"]); return .handled }
            let n = home.bulk.marks.count
            home.bulk.marks = []
            marksChanged(context: context)
            context.post(l["directory.marks.cleared", n])
        case .tagAdd, .tagAddNamed, .tagRemove, .tagRemoveChosen, .exportMarked, .exportMarkedTo, .emailList, .emailListTo:
            return performOnMarked(action, argument: argument, context: &context)
        case .saveSearch, .saveSearchNamed, .savedSearches, .savedSearchChosen, .deleteSavedSearch, .deleteSavedSearchChosen:
            return performSavedSearch(action, argument: argument, context: &context)
        default:
            return .ignored
        }
        return .handled
    }
}
