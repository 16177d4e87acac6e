extension Catalog {
    /// The app shell: tabs, menus, help, command palette, dialogs, welcome view.
    static let shell: [String: Text] = [:]
}
