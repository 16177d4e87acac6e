extension Catalog {
    /// The grant pane: keys, views, forms and status messages.
    static let grantsPane: [String: Text] = [:]
}
