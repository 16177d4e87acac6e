import XCTest
@testable import Kumppani

/// Pass two sizes its trigram array from pass one's bound once (issue 16: growing it by doubling
/// kept both copies at the duplicate search's peak); the bound must never be below the count.
final class DuplicateFinderSizingTests: XCTestCase {
    func testTheBoundCoversEveryNamesTrigrams() {
        let names = ["", "a", "Lahden Laulajat ry", "Äänekosken Öljymäki r.y.", "Café Noël", "e\u{301}e\u{301}e\u{301}",
                     "東京 協会", "👨‍👩‍👧 perhe", "   ", "x-y-z", String(repeating: "kerho ", count: 200)]
        var numbers = DuplicateFinder.CharacterNumbers()
        for name in names {
            let normalised = DuplicateFinder.normaliseName(name)
            var grams: [UInt64] = []
            numbers.appendTrigrams(of: normalised, to: &grams)
            XCTAssertGreaterThan(grams.count, 0, name)
            XCTAssertLessThanOrEqual(grams.count, DuplicateFinder.CharacterNumbers.trigramBound(of: normalised), name)
        }
    }
}
