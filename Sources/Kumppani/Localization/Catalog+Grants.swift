extension Catalog {
    /// The grant pipeline: stages, refusals, warnings, lists and the pane.
    static let grants: [String: Text] = grantsDomain.merging(grantsPane) { first, _ in first }

    static let grantsDomain: [String: Text] = [:]

}
