import Kumppani

/// The likely-duplicates view (`k`): pairs ranked by name similarity, municipality and contact
/// details, each with why. The search runs off the key path (`context.runInBackground`): at
/// 100,000 associations it takes longer than a frame, and the keys stay responsive meanwhile.
struct DuplicatesState {
    static let channel = "directory.duplicates"
    var pairs: [DuplicatePair] = []
    var list: ListView
    var isSearching = true
    /// The same rows with the reasons in short words ("nimi 86 %, kunta, s-posti") for a window
    /// too narrow for the long ones; the view's legend explains them.
    var compactRows: [ListRow] = []
    /// The widest long reasons of all pairs (chooses the wording for the whole list).
    var reasonsWidth = 0
    /// Each name column keeps at least this much before the long reasons are used.
    static let nameComfort = 26

    init(language: Language) {
        list = ListView(columns: [], source: ArrayListSource([]), emptyText: "")
        show([], language: language)
    }

    /// Asks for the pairs; `receive` shows them.
    static func request(_ context: inout PaneContext) {
        context.runInBackground(channel) { store in try DuplicateFinder.find(in: DirectoryStore(store: store)) }
    }

    mutating func receive(_ result: BackgroundResult, context: inout PaneContext) {
        isSearching = false
        switch result.value {
        case .success(let value): show(value as? [DuplicatePair] ?? [], language: context.language)
        case .failure(let error):
            show([], language: context.language)
            context.post((error as? UserFacingError)?.message(context.language) ?? "\(error)", kind: .error)
        }
    }

    var selected: DuplicatePair? { list.selection.flatMap { pairs.indices.contains($0) ? pairs[$0] : nil } }

    mutating func show(_ found: [DuplicatePair], language: Language) {
        let l = L(language)
        let keep = list.selection ?? 0
        pairs = found
        let rows = pairs.map { p in
            ListRow([p.left.name, p.right.name, Self.reasons(p, language)])
        }
        compactRows = pairs.map { p in ListRow([p.left.name, p.right.name, Self.compactReasons(p, language)]) }
        reasonsWidth = max(TextLayout.width(l["directory.duplicates.column.why"]), rows.map { TextLayout.width($0.cells[2]) }.max() ?? 0)
        list = ListView(columns: [
            ListColumn(l["directory.duplicates.column.first"], width: .flexible(min: 12, weight: 3)),
            ListColumn(l["directory.duplicates.column.second"], width: .flexible(min: 12, weight: 3)),
            ListColumn(l["directory.duplicates.column.why"], width: .flexible(min: 10, weight: 3)),
        ], source: ArrayListSource(rows), emptyText: l[isSearching ? "directory.duplicates.searching" : "directory.duplicates.none"])
        if !pairs.isEmpty { list.select(min(keep, pairs.count - 1)) }
    }

    /// "nimi 86 %, kunta, puh." (the legend says what is the same).
    static func compactReasons(_ p: DuplicatePair, _ language: Language) -> String {
        let l = L(language)
        return p.reasons.map { reason in
            reason == .similarName ? l["directory.duplicates.short.similarName", p.nameSimilarity] : l["directory.duplicates.short.\(reason.rawValue)"]
        }.joined(separator: ", ")
    }

    /// The short reasons are used when, for some pair, the long ones would leave either name
    /// less than `nameComfort` columns (one wording for the whole list, whatever is on screen).
    func isCompact(width: Int) -> Bool { reasonsWidth > width - 2 - 2 * Self.nameComfort }

    /// The list as drawn in `rect`: the reasons column as wide as the widest reasons on screen
    /// (both names keep at least 12), the two names share the rest.
    func shown(in rect: Rect, language: Language) -> ListView {
        let compact = isCompact(width: rect.width)
        var shown = compact ? list.showing(ArrayListSource(compactRows)) : list
        shown.setViewport(height: rect.height)
        guard shown.columns.count == 3 else { return shown }
        let l = L(language)
        if compact { shown.columns[2].title = l["directory.duplicates.column.alike"] }
        let page = shown.top..<min(shown.count, shown.top + shown.rowsVisible(inHeight: rect.height))
        let natural = max(TextLayout.width(shown.columns[2].title),
                          shown.source.rows(in: page).map { TextLayout.width($0.cells[2]) }.max() ?? 0)
        shown.columns[2].width = .fixed(max(0, min(natural, rect.width - 2 - 24)))
        return ColumnFit.fitted(shown, width: rect.width, restTo: 2)   // room to spare goes after the reasons
    }

    /// "nimi 86 % · sama kunta · sama puhelin"
    static func reasons(_ p: DuplicatePair, _ language: Language) -> String {
        p.reasons.map { reason in
            reason == .similarName ? L(language)["directory.duplicates.reason.similarName", p.nameSimilarity] : reason.label(language)
        }.joined(separator: " · ")
    }
}
