import Kumppani

/// The likely-duplicates view (`k`): pairs ranked by name similarity, municipality and contact
/// details, each with why. The search runs off the key path (`context.runInBackground`): at
/// 100,000 associations it takes longer than a frame, and the keys stay responsive meanwhile.
struct DuplicatesState {
    static let channel = "directory.duplicates"
    var pairs: [DuplicatePair] = []
    var list: ListView
    var isSearching = true

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
        list = ListView(columns: [
            ListColumn(l["directory.duplicates.column.first"], width: .flexible(min: 12, weight: 3)),
            ListColumn(l["directory.duplicates.column.second"], width: .flexible(min: 12, weight: 3)),
            ListColumn(l["directory.duplicates.column.why"], width: .flexible(min: 10, weight: 3)),
        ], source: ArrayListSource(rows), emptyText: l[isSearching ? "directory.duplicates.searching" : "directory.duplicates.none"])
        if !pairs.isEmpty { list.select(min(keep, pairs.count - 1)) }
    }

    /// "nimi 86 % · sama kunta · sama puhelin"
    static func reasons(_ p: DuplicatePair, _ language: Language) -> String {
        p.reasons.map { reason in
            reason == .similarName ? L(language)["directory.duplicates.reason.similarName", p.nameSimilarity] : reason.label(language)
        }.joined(separator: " · ")
    }
}
