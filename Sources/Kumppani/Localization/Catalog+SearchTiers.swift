extension Catalog {
    /// The search tiers' marks in the association list and their lines in the help.
    static let searchTiers: [String: Text] = [
        "directory.marks.title": Text("Merkit hakutuloksissa", "Marks in search results"),
        "directory.marks.stem": Text(
            "sama sana toisessa taivutusmuodossa (omaishoitajien → Omaishoitajat)",
            "the same word in another inflected form (omaishoitajien → Omaishoitajat)"),
        "directory.marks.part": Text(
            "sanan osa, osoite, postinumero, puhelin tai sähköposti (hoitajat → Omaishoitajat)",
            "part of a word, address, postcode, phone or e-mail (hoitajat → Omaishoitajat)"),
        "directory.marks.typo": Text(
            "lähes sama sana, 1–2 kirjainta eri: löytyi vain tämä (omaishoitjat → Omaishoitajat)",
            "a word 1–2 letters away: nothing closer was found (omaishoitjat → Omaishoitajat)"),
    ]
}
