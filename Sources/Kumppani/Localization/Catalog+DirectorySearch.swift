extension Catalog {
    /// Texts of the directory search.
    static let directorySearch: [String: Text] = [
        // {1} is the cap already grouped (1 000 / 1,000): more matched than the list shows.
        "directory.count_capped": Text("{1}+ yhdistystä", "{1}+ associations"),
    ]
}
