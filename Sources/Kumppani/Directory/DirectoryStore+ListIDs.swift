import Foundation

extension DirectoryStore {
    /// Every id of a listing in its order (for exporting the list as shown).
    public func ids(of listing: DirectoryListing) throws -> [Int64] {
        try pageIDs(listing, offset: 0, limit: listing.count)
    }

    /// Every association the search and filters of `query` find, in the list's order: the list
    /// stops at `searchCap` ("1 000+"), an export or a bulk tag of the search must not.
    public func allIDs(matching query: DirectoryQuery) throws -> [Int64] {
        try ids(of: listing(query, cap: Self.wholeDirectoryCap))
    }

    /// More than any county's (or the country's) directory holds.
    static let wholeDirectoryCap = 10_000_000
}
