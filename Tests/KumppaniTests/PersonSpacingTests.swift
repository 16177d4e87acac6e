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

    /// The meeting's link and an attachment's path name the person with odd spacing; the fixture's
    /// minutes are approved, so the rows are put in with the guards suspended as erasure does.
    func testEraseReachesMeetingLinksAndAttachmentTargets() throws {
        let f = try PersonPrivacyTests.Fixture()
        defer { try? FileManager.default.removeItem(at: f.folder) }
        let db = f.db
        let spaced = "Kyllikki\u{A0}\u{A0}ZYXÖNEN"
        try db.write {
            let suspended = try PersonErasure.suspendTriggers(on: ["meetings", "item_attachments"], in: db)
            try db.run("UPDATE meetings SET link = ? WHERE id = ?", "Teams: \(spaced) (huone 2)", f.id("meeting"))
            try db.run("INSERT INTO item_attachments(id, item_id, label, target) VALUES (?, ?, 'CV', ?)",
                       Store.newID(), f.id("item"), "/srv/liitteet/\(spaced)\tCV.pdf")
            try db.execute(suspended.joined(separator: ";\n"))
        }
        let found = try PersonLookup.find(PersonPrivacyTests.email, in: db)
        _ = try PersonErasure.erase(found.people, marker: "[poistettu]", in: db)
        let link = try db.scalarString("SELECT link FROM meetings WHERE id = ?", f.id("meeting")) ?? ""
        let target = try db.scalarString("SELECT target FROM item_attachments") ?? ""
        XCTAssertFalse(link.lowercased().contains("kyllikki"), link)
        XCTAssertFalse(target.lowercased().contains("kyllikki"), target)
        XCTAssertTrue(target.hasPrefix("/srv/liitteet/[poistettu]"), target)
    }
}
