extension Catalog {
    /// Typed actions and dialog answers: what an action says where it cannot run.
    static let actions: [String: Text] = [:]
}
