import XCTest
@testable import Kumppani

/// `SearchWords.split` walks UTF-8 bytes (the stemming thread of a bulk load waits on it); it must
/// cut exactly the words the scalar-by-scalar reference cuts, or the stem index would change.
final class SearchWordsSplitTests: XCTestCase {
    func testTheByteWalkCutsTheSameWordsAsTheReference() {
        let samples = [
            "", " ", "Heinolan Omaishoitajat ry", "Päijät-Hämeen  Närståendevårdare (Lahti)", "Åke Östman, Ähtäri/Vöyri",
            "Kauppakatu 14 B, 18100 HEINOLA; toimisto@heinolanomaishoitajat.fi +358 44 512 3456",
            "e\u{301}cole cafe\u{301} a\u{308}iti", "\u{301}alku", "½ ² ³ ¹ ¼ × ÷ ª º µ ß ÿ Ā ž", "Ελληνικά Σύλλογος ΣΟΦΙΑ",
            "Русский язык", "中文 名字", "emoji 👍🏽 ok", "tab\tnew\nline\u{00A0}nbsp", "trailing word",
            "1234567-8 0981234-5", "a", "ä", "-", "Ωmega\u{10FFFF}end\u{E000}private",
        ]
        for text in samples {
            XCTAssertEqual(SearchWords.split(text).map(String.init), SearchWords.scalarSplit(text).map(String.init), text)
        }
        XCTAssertEqual(SearchWords.split("Päijät-Hämeen Kylätoimikunta 2026").map(String.init),
                       ["Päijät", "Hämeen", "Kylätoimikunta", "2026"])
    }

    func testRandomTextFromMixedScriptsIsCutTheSame() {
        let pieces: [Character] = ["a", "Z", "0", "9", " ", "-", ".", "@", "ä", "Ö", "å", "é", "\u{301}", "ß", "½", "×", "Σ",
                                   "я", "中", "👍", "\u{00A0}", "\t", "\n", "(", "ü", "ñ", "²"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! })
            XCTAssertEqual(SearchWords.split(text).map(String.init), SearchWords.scalarSplit(text).map(String.init), text)
        }
    }

    /// The words are slices of the text itself (the stemmer copies only the words it keeps).
    func testAWordIsASliceOfTheText() {
        let text = "Vertaistukea omaishoitajille Hollolassa"
        let words = SearchWords.split(text)
        XCTAssertEqual(words.count, 3)
        XCTAssertEqual(words[1], "omaishoitajille")
        XCTAssertEqual(words[2].base, text)
    }
}
