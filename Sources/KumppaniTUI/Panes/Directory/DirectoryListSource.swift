import Kumppani

/// The association list as a paging data source: only the rows on screen are read, one page
/// query per change (the detail's "which id is selected" reads the same cached page).
final class DirectoryListSource: ListDataSource {
    let directory: DirectoryStore
    let listing: DirectoryListing
    let language: Language
    let showsLastContact: Bool
    /// The last page read, with a margin so a step up or down needs no query.
    private var cacheStart = 0
    private var cache: [AssociationRow] = []
    static let margin = 20
    /// Marked rows and whether the mark and tag columns are shown (`Marks.swift`).
    var marks: Set<Int64> = []
    var showsMarks = false
    var showsTags = false
    /// The tags of the cached page's rows.
    private(set) var tagsByID: [Int64: [String]] = [:]

    init(directory: DirectoryStore, listing: DirectoryListing, language: Language, showsLastContact: Bool = false) {
        self.directory = directory
        self.listing = listing
        self.language = language
        self.showsLastContact = showsLastContact
    }

    var count: Int { listing.count }

    /// "123 yhdistystä", or "1 000+ yhdistystä" when the search matched more than the list holds.
    func countText(_ language: Language) -> String { listing.countText(language) }

    func rows(in range: Range<Int>) -> [ListRow] {
        load(range)
        return range.compactMap(row(at:)).map { decorate(Self.listRow(language, lastContact: showsLastContact)($0), $0) }
    }

    func id(at index: Int) -> Int64? {
        load(index..<(index + 1))
        return row(at: index)?.id
    }

    private func row(at index: Int) -> AssociationRow? {
        let i = index - cacheStart
        return cache.indices.contains(i) ? cache[i] : nil
    }

    private func load(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if range.lowerBound >= cacheStart && range.upperBound <= cacheStart + cache.count { return }
        let start = max(0, range.lowerBound - Self.margin)
        let end = min(count, range.upperBound + Self.margin)
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
