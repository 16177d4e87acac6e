import Kumppani

/// The association list as a paging data source. Only the rows around the visible page are
/// read, and only on the update path (`prefetch`, after the list moves, resizes or changes):
/// drawing reads the cache and never the store (issue 13). A row outside the cache draws empty
/// until the next update, which never happens for the page the pane prefetched. It holds no
/// store: `prefetch` is given one, so nothing the drawing can reach is able to query.
final class DirectoryListSource: ListDataSource {
    let listing: DirectoryListing
    let language: Language
    let showsLastContact: Bool
    /// The rows read last: the visible page with a margin on both sides.
    private var cacheStart = 0
    private var cache: [AssociationRow] = []
    /// Marked rows and whether the mark and tag columns are shown (`Marks.swift`).
    var marks: Set<Int64> = []
    var showsMarks = false
    var showsTags = false
    /// The tags of the cached page's rows.
    private(set) var tagsByID: [Int64: [String]] = [:]
    /// At least this many rows before and after the page (a page more when the page is taller).
    static let margin = 40

    init(listing: DirectoryListing, language: Language, showsLastContact: Bool = false) {
        self.listing = listing
        self.language = language
        self.showsLastContact = showsLastContact
    }

    var count: Int { listing.count }

    /// "123 yhdistystä", or "1 000+ yhdistystä" when the search matched more than the list holds.
    func countText(_ language: Language) -> String { listing.countText(language) }

    /// From the cache only.
    func rows(in range: Range<Int>) -> [ListRow] {
        return range.compactMap(row(at:)).map { decorate(Self.listRow(language, lastContact: showsLastContact)($0), $0) }
    }

    /// From the cache only: the selected row is always in it after `prefetch`.
    func id(at index: Int) -> Int64? { row(at: index)?.id }

    private func row(at index: Int) -> AssociationRow? {
        let i = index - cacheStart
        return cache.indices.contains(i) ? cache[i] : nil
    }

    /// Reads the page `top..<top + height` with a margin around it, unless the cache holds it.
    /// Also called for the selected row alone (`index..<index + 1`) before its id is needed.
    func prefetch(top: Int, height: Int, from directory: DirectoryStore) {
        let page = max(0, top)..<min(count, max(0, top) + max(1, height))
        guard !page.isEmpty else { return }
        if page.lowerBound >= cacheStart && page.upperBound <= cacheStart + cache.count { return }
        let margin = max(Self.margin, height)
        let start = max(0, page.lowerBound - margin)
        let end = min(count, page.upperBound + margin)
        cache = (try? directory.rows(listing, offset: start, limit: max(0, end - start))) ?? []
        cacheStart = start
        tagsByID = showsTags ? ((try? directory.tagNames(of: cache.map(\.id))) ?? [:]) : [:]
    }

    /// Name (with a mark when a follow-up is due), municipality, and the status or the date of
    /// the last contact ("–" when there has been none).
    static func listRow(_ language: Language, lastContact: Bool = false) -> (AssociationRow) -> ListRow {
        { r in
            let role: StyleRole = r.followUpDue ? .highlight : (r.status == .dissolved ? .dim : .normal)
            // The search tier's mark (`~ + ?`, explained in the help) before the name.
            let tier = r.matchTier == .exact ? "" : r.matchTier.marker + " "
            let name = (r.followUpDue ? "! " : "") + tier + r.name
            let third = lastContact
                ? (r.lastContactOn.flatMap { CivilDate(iso: $0)?.formatted(language) } ?? "–")
                : r.status.label(language)
            return ListRow([name, r.municipalityName(language), third], role: role)
        }
    }
}
