extension Catalog {
    /// The meetings pane (pane 3): key labels, dialogs, status messages, screen texts.
    static let meetingsPane: [String: Text] = [:]
}
