import Foundation

/// The demo strategy goals' Swedish titles and descriptions (issue 17), so the Swedish UI and
/// the benefit report in Swedish show the goals in Swedish. Uses no random numbers, so the rest
/// of the demo stays as the seed makes it.
enum DemoStrategySwedish {
    static let texts: [String: (title: String, description: String)] = [
        "H1": ("Delaktigheten och gemenskapen stärks", "Alla har möjlighet att delta och höra till en gemenskap."),
        "H2": ("Barns, ungas och familjers välfärd förbättras", "Familjerna får stöd i tid och nära."),
        "H3": ("Äldre bor tryggt hemma längre", "Funktionsförmågan bevaras och närståendevårdarna orkar."),
        "H4": ("Det psykiska välbefinnandet stärks och rusmedelsskadorna minskar", "Stöd med låg tröskel finns lätt tillgängligt."),
    ]

    static func generate(_ c: DemoContext) throws {
        for (code, text) in texts.sorted(by: { $0.key < $1.key }) {
            try c.db.run("UPDATE strategy_goals SET title_sv = ?, description_sv = ? WHERE code = ?", text.title, text.description, code)
        }
    }
}
