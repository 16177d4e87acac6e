extension Catalog {
    /// The draft view (`:draft`), long dialogs that scroll, and the bars while a field has the keyboard.
    static let drafts: [String: Text] = [:]
}
