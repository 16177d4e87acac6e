import XCTest
@testable import Kumppani

final class FinnishSearchFoldingTests: XCTestCase {
    func testFoldKeepsFinnishLetters() {
        XCTAssertEqual(SearchFolding.fold("ÄÄNEKOSKEN Kyläyhdistys"), "äänekosken kyläyhdistys")
        XCTAssertEqual(SearchFolding.fold("Åland"), "åland")
        XCTAssertNotEqual(SearchFolding.fold("Sää"), SearchFolding.fold("saa"))
        XCTAssertEqual(SearchFolding.fold("Café Müller"), "cafe muller")
        XCTAssertEqual(SearchFolding.fold("Søren Ærø"), "sören ärö")
        XCTAssertEqual(SearchFolding.fold("a\u{0308}iti"), "äiti", "decomposed input folds to the composed letter")
        XCTAssertEqual(SearchFolding.fold("HELSINKI"), "helsinki")
    }

    func testFoldAllRemovesFinnishLettersToo() {
        XCTAssertEqual(SearchFolding.foldAll("Äänekoski"), "aanekoski")
        XCTAssertEqual(SearchFolding.foldAll("Öljynporaus Åbo"), "oljynporaus abo")
        XCTAssertEqual(SearchFolding.foldAll("Crème brûlée"), "creme brulee")
        XCTAssertEqual(SearchFolding.foldAll("Sää"), SearchFolding.foldAll("saa"))
    }

    func testFoldingIsIdempotentAndConsistent() {
        for text in FinnishCollationTests.generatedNames(count: 200) {
            let once = SearchFolding.fold(text)
            XCTAssertEqual(SearchFolding.fold(once), once)
            XCTAssertEqual(SearchFolding.foldAll(once), SearchFolding.foldAll(text))
            XCTAssertTrue(SearchFolding.foldAll(text).unicodeScalars.allSatisfy { $0.isASCII }, text)
        }
    }
}
