import XCTest
@testable import Kumppani

/// The import's new keys: ascending and distinct, positive, random within their slice, and held
/// in constant memory (a 1 GB file has millions of rows).
final class AscendingIDsTests: XCTestCase {
    func testKeysAscendDistinctWithinTheKeySpaceAndDifferBetweenImports() {
        var a = AscendingIDs(count: 10_000), b = AscendingIDs(count: 10_000)
        let first = (0..<10_000).map { _ in a.take() }
        let second = (0..<10_000).map { _ in b.take() }
        XCTAssertEqual(first, first.sorted())
        XCTAssertEqual(Set(first).count, 10_000)
        XCTAssertTrue(first.allSatisfy { $0 >= 1 })
        XCTAssertGreaterThan(first.last ?? 0, Int64.max / 10_000 * 9_998, "the keys spread over the whole space")
        XCTAssertNotEqual(first, second, "random, not a fixed sequence")
        XCTAssertGreaterThanOrEqual(a.take(), 1, "past the count: a plain random key")
    }

    func testOneAndZeroKeys() {
        var one = AscendingIDs(count: 1)
        XCTAssertGreaterThanOrEqual(one.take(), 1)
        var none = AscendingIDs(count: 0)
        XCTAssertGreaterThanOrEqual(none.take(), 1)
    }
}
