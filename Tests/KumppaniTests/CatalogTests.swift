import XCTest
@testable import Kumppani

/// The whole message catalog: every text in Finnish and English with the same placeholders,
/// and every language file readable with no key defined twice.
final class CatalogTests: XCTestCase {
    func testEveryLanguageFileParsesWithEachKeyOnce() throws {
        // The files merge by union in git, so a key added on two branches would appear twice;
        // the parser refuses that, and a refused file would leave its language empty.
        for language in Language.allCases {
            let text = try XCTUnwrap(Translations.resourceText(language.rawValue + ".strings"), "\(language) file missing")
            XCTAssertNoThrow(try StringsFile.parse(text), "\(language).strings")
        }
        XCTAssertEqual(Set(Translations.tables[.fi]?.keys.map { $0 } ?? []).count, Catalog.all.count)
    }

    func testTheTranslationsAreReadFromTheResourceFiles() {
        XCTAssertGreaterThan(Translations.tables[.fi]?.count ?? 0, 1000, "fi.strings was not found or not parsed")
        XCTAssertEqual(Translations.tables[.fi]?["common.yes"], Catalog.all["common.yes"]?.fi)
    }

    func testEveryTextExistsInBothLanguagesWithTheSamePlaceholders() throws {
        let placeholder = try NSRegularExpression(pattern: "\\{[0-9]+\\}")
        func placeholders(_ s: String) -> [String] {
            placeholder.matches(in: s, range: NSRange(s.startIndex..., in: s))
                .map { String(s[Range($0.range, in: s)!]) }.sorted()
        }
        for (key, text) in Catalog.all {
            XCTAssertFalse(text.fi.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): Finnish missing")
            XCTAssertFalse(text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): English missing")
            XCTAssertEqual(placeholders(text.fi), placeholders(text.en), "\(key): placeholders differ")
        }
    }

    func testAnUnknownKeyShowsItselfInsteadOfNothing() {
        XCTAssertEqual(L(.fi)["no.such.key"], "no.such.key")
        XCTAssertEqual(L(.en)["store.locked", "/tmp/x"], "The database /tmp/x is locked by another program. Close the other Kumppani window and try again.")
    }
}
