extension Catalog {
    /// The directory pane's texts (the domain's own are in `Catalog+Directory.swift`).
    static let directoryUI: [String: Text] = [:]
}
