extension Catalog {
    /// Likely duplicates found by the import (issue 16, item 4).
    static let duplicates: [String: Text] = [:]
}
