extension Catalog {
    /// Reasons why a Finnish identifier, amount, date or contact detail was not accepted,
    /// and weekday names.
    static let finnish: [String: Text] = [:]
}
