extension Catalog {
    /// Leaving on SIGTERM, SIGHUP or SIGINT: the one line after the terminal is restored, and the
    /// draft file for a form that was open with changes.
    static let signals: [String: Text] = [:]
}
