extension Catalog {
    /// The forms a signal's draft can reopen through their edit session (besides the association,
    /// contact-log and application forms, which have their own lines in `drafts`).
    static let editSession: [String: Text] = [:]
}
