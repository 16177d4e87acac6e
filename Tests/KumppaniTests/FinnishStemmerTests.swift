import XCTest
@testable import Kumppani

final class FinnishStemmerTests: XCTestCase {
    private func assertSameStem(_ words: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        for word in words {
            XCTAssertEqual(FinnishStemmer.stem(word), expected, word, file: file, line: line)
        }
    }

    func testInflectionsOfOneNounShareAStem() {
        assertSameStem(["omaishoitajat", "omaishoitajan", "omaishoitajien", "omaishoitajille", "Omaishoitaja",
                        "omaishoitajia", "omaishoitajalle"], "omaishoitaj")
        assertSameStem(["eläkeläiset", "eläkeläisille", "eläkeläisten", "eläkeläinen"], "eläkeläis")
    }

    func testPlaceNamesInLocativeCases() {
        assertSameStem(["Heinola", "Heinolassa", "Heinolan", "Heinolaan", "Heinolasta"], "heinol")
        // Consonant gradation ht : hd, by the gradation step after Snowball's steps.
        assertSameStem(["Lahti", "Lahdessa", "Lahden", "Lahteen"], "lah")
        assertSameStem(["Hollola", "Hollolassa", "Hollolan"], "hollol")
    }

    func testGradationAndNenWords() {
        assertSameStem(["toimikunta", "toimikunnan", "toimikunnat"], "toimikun")
        assertSameStem(["Lehtinen", "Lehtisen", "Lehtiselle"], "lehtis")
        XCTAssertEqual(FinnishStemmer.stem("eläkkeen"), FinnishStemmer.stem("eläke"))
        assertSameStem(["Kyläyhdistys", "kyläyhdistyksen", "kyläyhdistykset", "kyläyhdistyksille"], "kyläyhdistys")
    }

    func testSnowballSteps() {
        XCTAssertEqual(FinnishStemmer.stem("kirjakin"), "kirj", "particle -kin")
        XCTAssertEqual(FinnishStemmer.stem("kirjani"), "kirj", "possessive -ni")
        XCTAssertEqual(FinnishStemmer.stem("taloon"), "talo", "illative -on after a long vowel")
        XCTAssertEqual(FinnishStemmer.stem("taloissa"), "talo", "plural -i after a case")
    }

    func testSwedishAndOddInputStayUsable() {
        XCTAssertEqual(FinnishStemmer.stem("Närståendevårdare"), FinnishStemmer.stem("närståendevårdare"))
        XCTAssertEqual(FinnishStemmer.stem("1234567"), "1234567")
        XCTAssertEqual(FinnishStemmer.stem("ry"), "ry")
        XCTAssertEqual(FinnishStemmer.stem(""), "")
        XCTAssertEqual(FinnishStemmer.stem("a\u{0308}iti"), FinnishStemmer.stem("äiti"))
    }
}
