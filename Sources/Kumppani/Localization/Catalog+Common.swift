extension Catalog {
    static let common: [String: Text] = [
        "app.name": Text("Kumppani", "Kumppani"),
        "app.tagline": Text("Järjestöyhteistyön työkalu hyvinvointialueelle", "NGO cooperation for a wellbeing services county"),
        "common.yes": Text("Kyllä", "Yes"),
        "common.no": Text("Ei", "No"),
        "common.ok": Text("OK", "OK"),
        "common.cancel": Text("Peruuta", "Cancel"),
        "common.save": Text("Tallenna", "Save"),
        "common.none": Text("–", "–"),
    ]
}
