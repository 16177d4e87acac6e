import XCTest
@testable import Kumppani

/// The whole message catalog: every text in both languages, the same placeholders in both,
/// and no key defined twice (tables are merged first-wins, so a clash would hide a text).
final class CatalogTests: XCTestCase {
    func testNoKeyIsDefinedInTwoTables() {
        var seen: [String: Int] = [:]
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
