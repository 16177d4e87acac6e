extension Catalog {
    static let premises: [String: Text] = [:]
}

extension Catalog {
    static let strategy: [String: Text] = [:]
}

extension Catalog {
    static let benefits: [String: Text] = [:]
}

extension Catalog {
    static let premisesExport: [String: Text] = [:]
}

extension Catalog {
    static let premisesPane: [String: Text] = [:]
}
