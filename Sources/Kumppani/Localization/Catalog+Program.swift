extension Catalog {
    static let program: [String: Text] = [
        "services.cannot_read": Text(
            "Tiedostoa {1} ei voitu lukea. Tarkista nimi ja oikeudet.",
            "Could not read the file {1}. Check the name and the permissions."),
    ]
}
