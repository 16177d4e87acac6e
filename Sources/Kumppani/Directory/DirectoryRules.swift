import Foundation

/// The Finnish rules the directory relies on, in one place (the shared `Finnish/` rules).
enum DirectoryRules {
    /// The binary-ordered key stored in `name_key`: a prefix of a name gives a prefix of its key.
    static func sortKey(_ text: String) -> String { FinnishCollation.sortKey(text) }

    /// Folds ä→a, ö→o, å→a and other marks, lowercased: the fallback search form.
    static func foldAll(_ text: String) -> String { SearchFolding.foldAll(text) }

    /// Today's civil date in Helsinki as `YYYY-MM-DD`.
    static func isoToday(_ clock: Clock) -> String { HelsinkiTime.civilDate(of: clock.now()).iso }

    /// `2026-11-23` → `23.11.2026` in Finnish; other text unchanged.
    static func date(_ iso: String, _ language: Language) -> String {
        CivilDate(iso: iso)?.formatted(language) ?? iso
    }

    static func money(_ cents: Int64, _ language: Language) -> String { Money(cents: cents).formatted(language) }
}
