import XCTest
@testable import Kumppani

/// Every language file against the Finnish source: the keys each one lacks (listed, so a
/// translator sees the work left) and every placeholder mismatch (a failure: a `{2}` lost in
/// translation would drop a name or a sum from a message).
final class TranslationCoverageTests: XCTestCase {
    /// Swedish is complete: a key added in Finnish must get its Swedish text in the same change.
    static let allowedMissingSwedish = 0

    static func placeholders(_ s: String) -> [String] {
        var out: [String] = []
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let inner = after[..<close]
            if !inner.isEmpty, inner.allSatisfy(\.isNumber) { out.append("{\(inner)}") }
            rest = after[close...]
        }
        return out.sorted()
    }

    func testPlaceholdersMatchTheFinnishSourceInEveryLanguage() {
        let source = Translations.tables[.fi] ?? [:]
        XCTAssertFalse(source.isEmpty)
        var mismatches: [String] = []
        for language in Language.allCases where language != .fi {
            for (key, text) in Translations.tables[language] ?? [:] {
                guard let fi = source[key] else { mismatches.append("\(language.rawValue) \(key): not in fi.strings"); continue }
                if Self.placeholders(fi) != Self.placeholders(text) {
                    mismatches.append("\(language.rawValue) \(key): \(Self.placeholders(text)) ≠ fi \(Self.placeholders(fi))")
                }
            }
        }
        XCTAssertEqual(mismatches, [], mismatches.joined(separator: "\n"))
    }

    func testMissingKeysAreListedAndEnglishAndSwedishAreComplete() {
        let source = Translations.tables[.fi] ?? [:]
        var missing: [Language: [String]] = [:]
        for language in Language.allCases where language != .fi {
            let table = Translations.tables[language] ?? [:]
            missing[language] = source.keys.filter { (table[$0] ?? "").isEmpty }.sorted()
            if let keys = missing[language], !keys.isEmpty {
                print("\(keys.count) keys missing in \(language.rawValue).strings:\n  " + keys.joined(separator: "\n  "))
            }
        }
        XCTAssertEqual(missing[.en] ?? [], [], "English is complete")
        XCTAssertLessThanOrEqual(missing[.sv]?.count ?? 0, Self.allowedMissingSwedish,
                                 "keys missing in sv.strings: \((missing[.sv] ?? []).prefix(20).joined(separator: ", "))")
    }

    func testAMissingSwedishTextFallsBackToFinnishThenEnglish() {
        let onlyFinnish = Text(translations: [.fi: "Vain suomeksi", .en: "English only"])
        XCTAssertEqual(onlyFinnish(.sv), "Vain suomeksi")
        let onlyEnglish = Text(translations: [.en: "English only"])
        XCTAssertEqual(onlyEnglish(.sv), "English only")
        XCTAssertEqual(Text(translations: [.fi: "a", .sv: "b", .en: "c"])(.sv), "b")
    }
}
