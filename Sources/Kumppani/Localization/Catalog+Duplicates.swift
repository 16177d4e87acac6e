extension Catalog {
    /// Likely duplicates found by the import (issue 16, item 4).
    static let duplicates: [String: Text] = [
        "duplicates.import.skipped": Text("Ohitettu {1} todennäköistä kaksoiskappaletta (ei Y-tunnusta, sama nimi samassa kunnassa):",
                                          "Skipped {1} likely duplicates (no business ID, same name in the same municipality):"),
        "duplicates.import.would_skip": Text("Ohitettaisiin {1} todennäköistä kaksoiskappaletta (ei Y-tunnusta, sama nimi samassa kunnassa):",
                                             "Would skip {1} likely duplicates (no business ID, same name in the same municipality):"),
        "duplicates.import.row": Text("rivi {1}: {2} – hakemistossa jo {3}", "line {1}: {2} – already in the directory as {3}"),
        "duplicates.import.more": Text("… ja {1} muuta", "… and {1} more"),
        "duplicates.import.allow_hint": Text("Tuo ne silti valitsimella --allow-duplicates.", "To import them anyway, add --allow-duplicates."),
    ]
}
