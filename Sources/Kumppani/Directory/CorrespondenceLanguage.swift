import Foundation

/// The language an association is written to (issue 17): letters and referral slips.
public enum CorrespondenceLanguage {
    /// `fi`/`sv`/`en`, or the language's name in Finnish, Swedish or English (`ruotsi`, `svenska`,
    /// `Swedish`); empty is Finnish, the default. Nil for anything else.
    public static func parse(_ text: String) -> Language? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if t.isEmpty { return .fi }
        let names: [String: Language] = [
            "fi": .fi, "suomi": .fi, "finska": .fi, "finnish": .fi,
            "sv": .sv, "ruotsi": .sv, "svenska": .sv, "swedish": .sv,
            "en": .en, "englanti": .en, "engelska": .en, "english": .en,
        ]
        return names[t]
    }
}

extension DirectoryStore {
    /// The association's language of correspondence; Finnish when it is not known.
    public func correspondenceLanguage(of associationID: Int64) throws -> Language {
        try db.scalarString("SELECT correspondence_language FROM associations WHERE id = ?", associationID)
            .flatMap(Language.init(rawValue:)) ?? .fi
    }
}
