import XCTest
@testable import Kumppani

/// Issue 15: `person erase` finds a name with any run of white space between its words (two
/// spaces, a no-break space, a tab, a line break) and in any case, also inflected.
final class PersonSpacingTests: XCTestCase {
    let jari = PersonRecord(id: 1, name: "Jari Laine", email: "jari.laine@esimerkki.fi", phone: "", title: "", notes: "",
                            createdAt: "", updatedAt: "")

    func testEverySpellingOfTheGapIsFoundAndScrubbed() {
        let mentions = PersonMentions([jari])
        for text in ["Jari  Laine avasi", "Jari\u{A0}Laine avasi", "Jari\tLaine avasi", "Jari\nLaine avasi",
                     "JARI \u{A0}\n LAINE avasi", "Jari\r\nLaineelle annettiin", "Laine\u{A0}Jari avasi"] {
            XCTAssertTrue(mentions.occur(in: text), text.debugDescription)
            let scrubbed = mentions.scrub(text, marker: "[poistettu]")
            XCTAssertFalse(scrubbed.lowercased().contains("jari"), "\(text.debugDescription) → \(scrubbed.debugDescription)")
            XCTAssertTrue(scrubbed.hasPrefix("[poistettu]"), scrubbed)
        }
    }

    func testALongerNameOrAnotherPersonIsLeftAlone() {
        let mentions = PersonMentions([jari])
        for text in ["Jari  Laineskoski avasi", "Mari\u{A0}Laine", "Jari\n\nkertoi, Laine"] {
            XCTAssertEqual(mentions.scrub(text, marker: "X"), text, text.debugDescription)
        }
    }
}
