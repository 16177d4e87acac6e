import XCTest
@testable import Kumppani

final class MeetingsExportTests: XCTestCase {
    /// A held meeting with attendance, a decided item, a vote, a counter-proposal and an action.
    func heldMeeting() throws -> (MeetingFixture, Int64, Int64) {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00",
                                             place: "Lahden kaupungintalo, Harjukatu 31")
        var meeting = try XCTUnwrap(f.meetings.meeting(m))
        meeting.chairPersonID = f.person("Aino Aalto")
        meeting.secretaryPersonID = try f.meetings.createPerson(name: "Sanna Sihteeri")
        meeting.checker1PersonID = f.person("Liisa Laine")
        meeting.checker2PersonID = f.person("Matti Mäki")
        try f.meetings.updateMeeting(meeting)
        let item = try f.meetings.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try f.meetings.save([ItemEdit(itemID: item, field: .preparer, text: "Järjestökoordinaattori"),
                             ItemEdit(itemID: item, field: .background, text: "Hakemuksia saapui 42."),
                             ItemEdit(itemID: item, field: .proposal, text: "Esitetään avustukset liitteen 1 mukaisesti.")])
        try f.meetings.addAttachment(itemID: item, label: "Liite 1 Avustusesitys", target: "avustukset-2027.pdf")
        try f.meetings.startMeeting(m)
        for n in ["Aino Aalto", "Liisa Laine", "Matti Mäki"] { try f.meetings.toggleAttendance(meetingID: m, personID: f.person(n)) }
        let guest = try f.meetings.createPerson(name: "Olli Asiantuntija")
        f.clock.advance(minutes: 10)
        try f.meetings.addAttendee(meetingID: m, personID: guest, role: .other, arrivedNow: true)
        try f.meetings.save([ItemEdit(itemID: item, field: .discussion, text: "Keskusteltiin jakoperusteista, klo 14.25."),
                             ItemEdit(itemID: item, field: .dissent, text: "Matti Mäki: eriävä mielipide.")])
        try f.meetings.addCounterProposal(itemID: item, text: "Korotetaan pienten yhdistysten osuutta.", proposer: "Matti Mäki", seconder: "Liisa Laine")
        try f.meetings.setVote(itemID: item, for: 2, against: 1, abstain: 0, names: "Jaa: Aalto, Laine; Ei: Mäki")
        try f.meetings.decideAsProposed(itemID: item)
        try f.meetings.addAction(bodyID: f.bodyID, meetingID: m, itemID: item, text: "Ilmoita päätöksistä hakijoille", ownerText: "Sanna Sihteeri", dueOn: "2026-12-04")
        f.clock.advance(minutes: 80)
        try f.meetings.endMeeting(m)
        return (f, m, item)
    }

    func testMinutesMarkdownHasHeaderSectionsAndSignatures() throws {
        let (f, m, item) = try heldMeeting()
        let section = try XCTUnwrap(f.meetings.item(item)?.section)
        let md = try f.meetings.exportMinutes(meetingID: m, format: .md)
        XCTAssertTrue(md.hasPrefix("# Päijät-Hämeen kumppanuuspöytä – pöytäkirja 1/2026\n"), md)
        XCTAssertTrue(md.contains("**Aika:** 23.11.2026 klo 14.00–15.30"), "actual start and end are stamped")
        XCTAssertTrue(md.contains("**Paikka:** Lahden kaupungintalo, Harjukatu 31"))
        XCTAssertTrue(md.contains("**Läsnä:** Aino Aalto, puheenjohtaja (Yhdistys A)"))
        XCTAssertTrue(md.contains("**Poissa:** Eero Esko (Yhdistys E)"), md)
        XCTAssertTrue(md.contains("**Muut läsnäolijat:** Olli Asiantuntija, saapui klo 14.10"), md)
        XCTAssertTrue(md.contains("**Puheenjohtaja:** Aino Aalto"))
        XCTAssertTrue(md.contains("**Sihteeri:** Sanna Sihteeri"))
        XCTAssertTrue(md.contains("## § \(section) Järjestöavustukset 2027"))
        XCTAssertTrue(md.contains("## § 1 Kokouksen avaus"))
        XCTAssertTrue(md.contains("**Päätösehdotus:**  \nEsitetään avustukset liitteen 1 mukaisesti."))
        XCTAssertTrue(md.contains("**Päätös:**  \nHyväksyttiin esityksen mukaisesti."))
        XCTAssertTrue(md.contains("Jaa 2, ei 1, tyhjää 0"))
        XCTAssertTrue(md.contains("Korotetaan pienten yhdistysten osuutta. (ehdotti Matti Mäki, kannatti Liisa Laine)"), md)
        XCTAssertTrue(md.contains("**Eriävä mielipide:**"))
        XCTAssertTrue(md.contains("- Ilmoita päätöksistä hakijoille – Sanna Sihteeri, määräaika 4.12.2026"))
        XCTAssertTrue(md.contains("Vakuudeksi"))
        XCTAssertTrue(md.contains("Aino Aalto, puheenjohtaja\n"))
        XCTAssertTrue(md.contains("Sanna Sihteeri, sihteeri"))
        XCTAssertTrue(md.contains("Liisa Laine, pöytäkirjantarkastaja"))
        XCTAssertTrue(md.contains("Olemme tarkastaneet pöytäkirjan"))
        XCTAssertTrue(md.contains("§ \(section): Liite 1 Avustusesitys (avustukset-2027.pdf)"))
        // The § follow each other in agenda order.
        let order = try f.meetings.items(meetingID: m).compactMap(\.section).map { "## § \($0) " }
        var last = md.startIndex
        for heading in order {
            let r = try XCTUnwrap(md.range(of: heading, range: last..<md.endIndex), heading)
            last = r.upperBound
        }
    }

    func testPrintSample() throws {
        guard ProcessInfo.processInfo.environment["KUMPPANI_PRINT_SAMPLE"] != nil else { return }
        let (f, m, _) = try heldMeeting()
        print(try f.meetings.exportMinutes(meetingID: m, format: .txt))
        print(try f.meetings.exportMinutes(meetingID: m, format: .md))
    }

    func testMinutesPlainTextAndHTML() throws {
        let (f, m, item) = try heldMeeting()
        let section = try XCTUnwrap(f.meetings.item(item)?.section)
        let txt = try f.meetings.exportMinutes(meetingID: m, format: .txt)
        XCTAssertTrue(txt.contains("\n§ \(section)  Järjestöavustukset 2027\n"), txt)
        XCTAssertTrue(txt.contains("Aika:                   23.11.2026 klo 14.00–15.30"), txt)
        XCTAssertTrue(txt.contains("Päätös:\n    Hyväksyttiin esityksen mukaisesti."))
        XCTAssertTrue(txt.split(separator: "\n").allSatisfy { $0.count <= 72 || !$0.contains(" ") }, "wrapped to the page")
        let html = try f.meetings.exportMinutes(meetingID: m, format: .html)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("<h2>§ \(section) Järjestöavustukset 2027</h2>"))
        XCTAssertTrue(html.contains("<dt>Läsnä</dt>"))
        XCTAssertTrue(html.contains("<div class=\"signatures\">"))
    }

    func testUserTextCannotInjectMarkup() throws {
        let (f, m, item) = try heldMeeting()
        try f.meetings.setText(itemID: item, field: .discussion, text: "<script>alert(1)</script> & *tähdet* # otsikko")
        let html = try f.meetings.exportMinutes(meetingID: m, format: .html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *tähdet*"))
        let md = try f.meetings.exportMinutes(meetingID: m, format: .md)
        XCTAssertTrue(md.contains("\\<script\\>alert(1)\\</script\\> & \\*tähdet\\* # otsikko"), md)
    }

    func testAmendmentsAppearInTheExport() throws {
        let (f, m, item) = try heldMeeting()
        try f.meetings.setStatus(meetingID: m, to: .checked)
        try f.meetings.setStatus(meetingID: m, to: .approved)
        try f.meetings.amend(meetingID: m, itemID: item, reason: "Äänestystulos kirjattu väärin", text: "Jaa 3, ei 0.", osUser: "sanna")
        let section = try XCTUnwrap(f.meetings.item(item)?.section)
        let md = try f.meetings.exportMinutes(meetingID: m, format: .md)
        XCTAssertTrue(md.contains("## Oikaisut"))
        XCTAssertTrue(md.contains("23.11.2026 klo 15.30, sanna, § \(section): Äänestystulos kirjattu väärin – Jaa 3, ei 0."), md)
    }

    func testAgendaHasProposalsButNoDecisions() throws {
        let (f, m, item) = try heldMeeting()
        let section = try XCTUnwrap(f.meetings.item(item)?.section)
        let md = try f.meetings.exportAgenda(meetingID: m, format: .md)
        XCTAssertTrue(md.hasPrefix("# Päijät-Hämeen kumppanuuspöytä – esityslista 1/2026"))
        XCTAssertTrue(md.contains("**Kutsutut:** Aino Aalto, puheenjohtaja (Yhdistys A)"))
        XCTAssertTrue(md.contains("Ville Vara, varajäsen (Eero Esko)"), md)
        XCTAssertTrue(md.contains("## § \(section) Järjestöavustukset 2027"))
        XCTAssertTrue(md.contains("**Asian tausta:**  \nHakemuksia saapui 42."))
        XCTAssertFalse(md.contains("**Päätös:**"))
        XCTAssertFalse(md.contains("Keskusteltiin"))
        let en = try f.meetings.exportAgenda(meetingID: m, format: .txt, language: .en)
        XCTAssertTrue(en.contains("agenda 1/2026"))
        XCTAssertTrue(en.contains("Proposal:"))
    }
}
