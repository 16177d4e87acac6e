extension Catalog {
    /// The PRH/YTJ register import and its review list (issue 16, item 1).
    static let register: [String: Text] = [:]
}
