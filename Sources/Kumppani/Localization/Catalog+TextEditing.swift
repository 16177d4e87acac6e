extension Catalog {
    /// One text behaviour in every form and editor (issue 13): the form hint, the editing keys
    /// listed in the help, and the live minutes' decision suggestion.
    static let textEditing: [String: Text] = [:]
}
