extension Catalog {
    static let themes: [String: Text] = [:]
}
