import XCTest
@testable import Kumppani

/// The whole message catalog: every text in both languages, the same placeholders in both,
/// and no key defined twice (tables are merged first-wins, so a clash would hide a text).
final class CatalogTests: XCTestCase {
    func testNoKeyIsDefinedInTwoTables() {
        // The .strings files count as table -1: a key still in a Swift table must not also be there.
        var seen: [String: Int] = [:]
        for key in (Translations.tables[.fi] ?? [:]).keys { seen[key] = -1 }
        for (index, table) in Catalog.tables.enumerated() {
            for key in table.keys {
                if let earlier = seen[key] {
                    XCTFail("\(key) is in table \(earlier) and table \(index)")
                }
                seen[key] = index
            }
        }
        XCTAssertEqual(seen.count, Catalog.all.count)
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
