import Foundation

extension DirectoryStore {
    /// Every id of a listing in its order (for exporting the list as shown).
    public func ids(of listing: DirectoryListing) throws -> [Int64] {
        try pageIDs(listing, offset: 0, limit: listing.count)
    }
}
