import Foundation
import XCTest
@testable import Kumppani

/// `person erase` finds a full name also with its surname inflected ("Matti Virtasen ehdotus"),
/// never a surname or a first name alone.
final class PersonInflectedNameTests: XCTestCase {
    static let marker = L(.fi)["privacy.marker"]

    func person(_ name: String, id: Int64 = 1) -> PersonRecord {
        PersonRecord(id: id, name: name, email: "", phone: "", title: "", notes: "", createdAt: "", updatedAt: "")
    }

    // MARK: Matching

    func testInflectedSurnameAfterTheFirstNameIsReplaced() {
        let matti = PersonMentions([person("Matti Virtanen")])
        XCTAssertEqual(matti.scrub("Matti Virtasen ehdotus hyväksyttiin; asia siirrettiin Matti Virtaselle.", marker: "[x]"),
                       "[x] ehdotus hyväksyttiin; asia siirrettiin [x].")
        XCTAssertEqual(matti.scrub("Kuultiin MATTI VIRTASTA, kiitos matti virtaselta!", marker: "[x]"),
                       "Kuultiin [x], kiitos [x]!")
        XCTAssertEqual(PersonMentions([person("Liisa Mäki")]).scrub("Liisa Mäen mukaan; Liisa Mäelle tiedoksi.", marker: "[x]"),
                       "[x] mukaan; [x] tiedoksi.")
        XCTAssertEqual(PersonMentions([person("Pekka Lahti")]).scrub("(Pekka Lahden esitys)", marker: "[x]"), "([x] esitys)")
        XCTAssertEqual(PersonMentions([person("Liisa Koski")]).scrub("Liisa Kosken", marker: "[x]"), "[x]")
        XCTAssertTrue(matti.occur(in: "Sihteerinä toimi Matti Virtasena."))
    }

    func testSurnameAloneFirstNameAloneAndLongerWordsAreLeft() {
        let matti = PersonMentions([person("Matti Virtanen")])
        for text in ["Virtasen ehdotus hyväksyttiin.", "Virtaselle soitetaan.", "Soitin Matille.", "Mattia ei tavoitettu.",
                     "Matti Virtasalo esitteli.", "Matti Virtaseen-kaltainen ratkaisu", "Matti Virtasenkin mielestä",
                     "Matti Virtasellakin", "Matti Virtasen-Mäen"] {
            XCTAssertEqual(matti.scrub(text, marker: "[x]"), text, text)
            XCTAssertFalse(matti.occur(in: text), text)
        }
        // Another person's inflected name stays.
        XCTAssertEqual(matti.scrub("Aino Aallolle ja Matti Virtaselle", marker: "[x]"), "Aino Aallolle ja [x]")
    }

    /// With middle names the whole phrase goes, and the longer name wins over a shorter one
    /// erased at the same time, so no first name is left in front of the marker.
    func testMiddleNamesAndLongestFirst() {
        let both = PersonMentions([person("Liisa Virtanen", id: 2), person("Maija Liisa Virtanen", id: 1)])
        XCTAssertEqual(both.scrub("Maija Liisa Virtaselle ja Liisa Virtasen kautta.", marker: "[x]"), "[x] ja [x] kautta.")
        let one = PersonMentions([person("Maija Liisa Virtanen")])
        XCTAssertEqual(one.scrub("Liisa Virtaselle", marker: "[x]"), "Liisa Virtaselle", "one first name of two is not the person")
    }

    // MARK: In the file

    /// Minutes saying "Matti Virtasen ehdotus" lose the inflected name too: afterwards the
    /// database file's bytes no longer hold "Virtasen" (nor the basic form).
    func testEraseRemovesTheInflectedNameFromTheFileBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-inflect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kumppani.sqlite").path
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_000_000))
        let (matti, aino, item) = (Store.newID(), Store.newID(), Store.newID())
        do {
            let db = try Store.open(path: path, clock: clock).database
            let (body, meeting) = (Store.newID(), Store.newID())
            let now = "2026-11-23T10:00:00.000Z"
            try db.write {
                try db.run("INSERT INTO people(id, name, name_key, email, created_at, updated_at) VALUES (?, 'Matti Virtanen', 'matti virtanen', 'matti.virtanen@esimerkki.fi', ?, ?)", matti, now, now)
                try db.run("INSERT INTO people(id, name, name_key, email, created_at, updated_at) VALUES (?, 'Aino Aalto', 'aino aalto', 'aino.aalto@esimerkki.fi', ?, ?)", aino, now, now)
                try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Kumppanuuspöytä', 'partnership_table', ?, ?)", body, now, now)
                try db.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, chair_person_id, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-02', 'approved', ?, ?, ?)",
                           meeting, body, aino, now, now)
                try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, discussion, decision, created_at, updated_at) VALUES (?, ?, 1, 1, 'Kylätalon hanke', ?, ?, ?, ?)",
                           item, meeting, "Matti Virtasen ehdotus hyväksyttiin. Aino Aallolle kiitos.",
                           "Valmistelu annettiin Matti Virtaselle.", now, now)
            }
        }
        func bytes() throws -> Data {
            var all = try Data(contentsOf: URL(fileURLWithPath: path))
            if FileManager.default.fileExists(atPath: path + "-wal") { all += try Data(contentsOf: URL(fileURLWithPath: path + "-wal")) }
            return all
        }
        let needles = ["Virtasen", "Virtaselle", "Virtanen", "virtasen", "VIRTASEN"]
        func found() throws -> [String] { let b = try bytes(); return needles.filter { b.range(of: Data($0.utf8)) != nil } }
        XCTAssertTrue(try found().contains("Virtasen"), "control: the scan sees the inflected name before erasing")

        do {
            let db = try Store.open(path: path, clock: clock).database
            let people = try PersonLookup.find("Matti Virtanen", in: db).people
            XCTAssertEqual(people.map(\.id), [matti])
            let report = try PersonErasure.erase(people, marker: Self.marker, in: db)
            XCTAssertEqual(report[.textsScrubbed], 2, "the discussion and the decision")
            let row = try XCTUnwrap(db.queryOne("SELECT discussion, decision FROM agenda_items WHERE id = ?", item))
            XCTAssertEqual(row.string("discussion"), "\(Self.marker) ehdotus hyväksyttiin. Aino Aallolle kiitos.")
            XCTAssertEqual(row.string("decision"), "Valmistelu annettiin \(Self.marker).")
        }
        XCTAssertEqual(try found(), [], "after erasing and closing")
        XCTAssertTrue(try bytes().range(of: Data("Aino Aallolle".utf8)) != nil, "the other person's name stays")
    }
}
