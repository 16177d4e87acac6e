extension Catalog {
    static let privacy: [String: Text] = [:]
}
