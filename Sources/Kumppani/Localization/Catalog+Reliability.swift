extension Catalog {
    /// Bad database files, automatic backups and `kumppani restore` (issue 8). Every message is one
    /// line that says what happened and what to do.
    static let reliability: [String: Text] = [:]
}
