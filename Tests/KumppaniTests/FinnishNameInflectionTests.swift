import XCTest
@testable import Kumppani

/// The surname forms `person erase` looks for after a first name: what a Finnish reader
/// expects to see in minutes ("Matti Virtasen ehdotus", "Liisa Mäelle", "Pekka Lahdessa").
final class FinnishNameInflectionTests: XCTestCase {
    /// Fails listing every expected form the inflector does not give.
    func assertForms(_ surname: String, include expected: [String], exclude wrong: [String] = [],
                     file: StaticString = #filePath, line: UInt = #line) {
        let forms = Set(FinnishNameInflection.forms(of: surname))
        let missing = expected.filter { !forms.contains($0) }
        XCTAssertEqual(missing, [], "\(surname): missing forms", file: file, line: line)
        let present = wrong.filter { forms.contains($0) }
        XCTAssertEqual(present, [], "\(surname): wrong forms given", file: file, line: line)
    }

    func testNenNamesTakeTheSeStem() {
        assertForms("Virtanen", include: ["Virtasen", "Virtasta", "Virtaseen", "Virtasessa", "Virtasesta", "Virtasella",
                                          "Virtaselta", "Virtaselle", "Virtasena", "Virtaseksi"],
                    exclude: ["Virtanenin", "Virtasellä", "Virtasessä"])
        assertForms("Nieminen", include: ["Niemisen", "Niemistä", "Niemiseen", "Niemisessä", "Niemisellä", "Niemiseltä",
                                          "Niemiselle", "Niemisenä", "Niemiseksi"],
                    exclude: ["Niemisella", "Niemista"])
        assertForms("Korhonen", include: ["Korhosen", "Korhosta", "Korhoseen", "Korhosella", "Korhoselle", "Korhosena"])
        assertForms("Hämäläinen", include: ["Hämäläisen", "Hämäläistä", "Hämäläiseen", "Hämäläisessä", "Hämäläisellä",
                                            "Hämäläiselle", "Hämäläisenä"])
        assertForms("Laaksonen", include: ["Laaksosen", "Laaksosta", "Laaksoseen", "Laaksosessa", "Laaksoselle"])
        // The -kk- inside a -nen name stays: consonant gradation is only for the last syllable.
        assertForms("Heikkinen", include: ["Heikkisen", "Heikkistä", "Heikkiselle", "Heikkisenä"], exclude: ["Heikisen"])
        assertForms("Järvinen", include: ["Järvisen", "Järvistä", "Järviseen", "Järvisellä", "Järviselle", "Järvisenä"])
    }

    func testIWordsTakeTheEStemWithGradation() {
        assertForms("Mäki", include: ["Mäen", "Mäkeä", "Mäkeen", "Mäessä", "Mäestä", "Mäellä", "Mäeltä", "Mäelle",
                                      "Mäkenä", "Mäeksi"])
        assertForms("Koski", include: ["Kosken", "Koskea", "Koskeen", "Koskessa", "Koskella", "Koskelle", "Koskena", "Koskeksi"])
        assertForms("Lahti", include: ["Lahden", "Lahtea", "Lahteen", "Lahdessa", "Lahdesta", "Lahdella", "Lahdelle",
                                       "Lahtena", "Lahdeksi"])
        assertForms("Lampi", include: ["Lammen", "Lampea", "Lampeen", "Lammessa", "Lammelle"])
        assertForms("Kurki", include: ["Kurjen", "Kurkea", "Kurjelle"])
        assertForms("Saari", include: ["Saaren", "Saarta", "Saareen", "Saaressa", "Saarelle"])
        assertForms("Lehtimäki", include: ["Lehtimäen", "Lehtimäkeä", "Lehtimäelle"])
    }

    func testVowelFinalNamesWithAndWithoutGradation() {
        assertForms("Lehto", include: ["Lehdon", "Lehtoa", "Lehtoon", "Lehdossa", "Lehdosta", "Lehdolla", "Lehdolle",
                                       "Lehtona", "Lehdoksi"])
        assertForms("Salo", include: ["Salon", "Saloa", "Saloon", "Salossa", "Salolla", "Salolle", "Salona", "Saloksi"])
        assertForms("Kallio", include: ["Kallion", "Kalliota", "Kallioon", "Kalliossa", "Kalliolla", "Kalliolle",
                                        "Kalliona", "Kallioksi"])
        assertForms("Aalto", include: ["Aallon", "Aaltoa", "Aaltoon", "Aallossa", "Aallolle", "Aaltona"])
        assertForms("Ranta", include: ["Rannan", "Rantaa", "Rantaan", "Rannassa", "Rannalle", "Rantana"])
        assertForms("Honka", include: ["Hongan", "Honkaa", "Hongalle"])
        assertForms("Tikka", include: ["Tikan", "Tikkaa", "Tikalle"])
        assertForms("Pihlajamaa", include: ["Pihlajamaan", "Pihlajamaata", "Pihlajamaahan", "Pihlajamaalla"])
        assertForms("Heikkilä", include: ["Heikkilän", "Heikkilää", "Heikkilään", "Heikkilässä", "Heikkilälle"])
    }

    func testEWordsTakeTheStrongGradeBeforeEe() {
        assertForms("Rinne", include: ["Rinteen", "Rinnettä", "Rinteeseen", "Rinteessä", "Rinteestä", "Rinteellä",
                                       "Rinteelle", "Rinteenä", "Rinteeksi"])
        assertForms("Laine", include: ["Laineen", "Lainetta", "Laineeseen", "Laineessa", "Laineella", "Laineelle",
                                       "Laineena", "Laineeksi"])
        assertForms("Kangas", include: ["Kankaan", "Kangasta", "Kankaaseen", "Kankaassa", "Kankaalle"])
    }

    /// Back vowels anywhere give a-endings, otherwise ä-endings: no name gets both.
    func testVowelHarmony() {
        for back in ["Virtanen", "Korhonen", "Laaksonen", "Salo", "Lehto", "Kallio", "Koski", "Lahti", "Laine"] {
            XCTAssertEqual(FinnishNameInflection.forms(of: back).filter { $0.contains("ä") }, [], back)
        }
        for front in ["Nieminen", "Hämäläinen", "Heikkinen", "Järvinen", "Mäki", "Rinne", "Smith"] {
            XCTAssertEqual(FinnishNameInflection.forms(of: front).filter { $0.lowercased().contains("a") }, [], front)
        }
    }

    func testForeignAndOddShapes() {
        assertForms("Smith", include: ["Smithin", "Smithiä", "Smithiin", "Smithissä", "Smithille", "Smithinä"])
        assertForms("Johnson", include: ["Johnsonin", "Johnsonia", "Johnsonille"])
        assertForms("Rossi", include: ["Rossin", "Rossia", "Rossille"])
        assertForms("Mäki-Laine", include: ["Mäki-Laineen", "Mäki-Lainetta", "Mäki-Laineelle"])
        assertForms("VIRTANEN", include: ["VIRTASEN", "VIRTASELLE"])
        XCTAssertEqual(FinnishNameInflection.forms(of: "  "), [])
        XCTAssertEqual(FinnishNameInflection.forms(of: "1234"), [])
        XCTAssertEqual(FinnishNameInflection.forms(of: "-"), [])
        XCTAssertFalse(FinnishNameInflection.forms(of: "Virtanen").contains("Virtanen"), "the basic form is not an inflected form")
    }
}
