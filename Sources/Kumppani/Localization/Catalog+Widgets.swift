extension Catalog {
    /// Texts of the reusable widgets (forms, dialogs, lists).
    static let widgets: [String: Text] = [:]
}
