import Kumppani

/// The association list as a paging data source: only the rows on screen are read.
struct DirectoryListSource: ListDataSource {
    let directory: DirectoryStore
    let listing: DirectoryListing
    let language: Language

    var count: Int { listing.count }

    func rows(in range: Range<Int>) -> [ListRow] {
        let rows = (try? directory.rows(listing, offset: range.lowerBound, limit: range.count)) ?? []
        return rows.map(Self.listRow(language))
    }

    /// Name (with a mark when a follow-up is due), municipality, status.
    static func listRow(_ language: Language) -> (AssociationRow) -> ListRow {
        { r in
            let role: StyleRole = r.followUpDue ? .highlight : (r.status == .dissolved ? .dim : .normal)
            let name = r.followUpDue ? "! " + r.name : r.name
            return ListRow([name, r.municipalityName, r.status.label(language)], role: role)
        }
    }

    func id(at index: Int) -> Int64? {
        (try? directory.rows(listing, offset: index, limit: 1))?.first?.id
    }
}
