import XCTest
@testable import Kumppani

/// Issue 17: Swedish texts beside the Finnish ones, and the documents of a Finnish, a Swedish and
/// a bilingual body built from them; the association's language of correspondence.
final class SwedishTextsDocumentsTests: XCTestCase {
    /// A meeting with one item written in both languages and one written in Finnish only.
    func meeting(_ f: MeetingFixture) throws -> (meeting: Int64, both: Int64, finnishOnly: Int64) {
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Borgå stadshus")
        let both = try f.meetings.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try f.meetings.save([ItemEdit(itemID: both, field: .background, text: "Hakemuksia saapui 42."),
                             ItemEdit(itemID: both, field: .proposal, text: "Avustukset myönnetään liitteen 1 mukaisesti."),
                             ItemEdit(itemID: both, field: .decision, text: "Hyväksyttiin esityksen mukaisesti.")])
        try f.meetings.setSwedish(itemID: both, title: "Föreningsunderstöd 2027", background: "Det inkom 42 ansökningar.",
                                  proposal: "Understöden beviljas enligt bilaga 1.", decision: "Godkändes enligt förslaget.")
        let finnishOnly = try f.meetings.addItem(meetingID: m, title: "Kumppanuusfoorumin ohjelma")
        try f.meetings.setText(itemID: finnishOnly, field: .proposal, text: "Ohjelma hyväksytään.")
        return (m, both, finnishOnly)
    }

    func testTheSwedishTextsAreStoredBesideTheFinnishOnes() throws {
        let f = try MeetingFixture()
        let (_, item, _) = try meeting(f)
        let stored = try XCTUnwrap(f.meetings.item(item))
        XCTAssertEqual(stored.title, "Järjestöavustukset 2027")
        XCTAssertEqual(stored.titleSV, "Föreningsunderstöd 2027")
        XCTAssertEqual(try f.meetings.swedish(itemID: item),
                       SwedishItemTexts(title: "Föreningsunderstöd 2027", background: "Det inkom 42 ansökningar.",
                                        proposal: "Understöden beviljas enligt bilaga 1.", decision: "Godkändes enligt förslaget."))
        try f.meetings.setSwedish(itemID: item, proposal: "Ändrat förslag.")
        XCTAssertEqual(try f.meetings.item(item)?.proposalSV, "Ändrat förslag.")
        XCTAssertEqual(try f.meetings.item(item)?.titleSV, "Föreningsunderstöd 2027", "a nil text is left as it was")
    }

    func testAFinnishBodyPrintsTheFinnishTextsOnly() throws {
        let f = try MeetingFixture()
        let (m, _, _) = try meeting(f)
        let text = try f.meetings.exportInBodyLanguage(meetingID: m, minutes: true, format: .txt)
        XCTAssertTrue(text.contains("Järjestöavustukset 2027") && text.contains("Avustukset myönnetään liitteen 1 mukaisesti."), text)
        for swedish in ["Föreningsunderstöd", "Understöden beviljas", "protokoll", "[svensk text saknas]"] {
            XCTAssertFalse(text.contains(swedish), "\(swedish) in\n\(text)")
        }
    }

    func testASwedishBodyPrintsTheSwedishTextsAndItsOwnTextWhereNoneIsBeside() throws {
        let f = try MeetingFixture()
        try f.meetings.setDocumentLanguage(bodyID: f.bodyID, .sv)
        let (m, _, _) = try meeting(f)
        let text = try f.meetings.exportInBodyLanguage(meetingID: m, minutes: true, format: .txt)
        XCTAssertTrue(text.contains("Föreningsunderstöd 2027"), text)
        XCTAssertTrue(text.contains("Understöden beviljas enligt bilaga 1."), text)
        XCTAssertTrue(text.contains("Godkändes enligt förslaget."), text)
        XCTAssertFalse(text.contains("Järjestöavustukset 2027"), "the Swedish title replaces the Finnish one\n\(text)")
        XCTAssertFalse(text.contains("Avustukset myönnetään"), text)
        // The item written once (in the body's own fields) prints that text.
        XCTAssertTrue(text.contains("Ohjelma hyväksytään."), text)
    }

    func testABilingualBodyPrintsEachFinnishTextWithTheSwedishAfterItAndMarksAMissingOne() throws {
        let f = try MeetingFixture()
        try f.meetings.setBilingualDocuments(bodyID: f.bodyID)
        let (m, both, _) = try meeting(f)
        try f.store.database.run("UPDATE agenda_items SET case_number = '5146/01.04.00/2026' WHERE id = ?", both)
        let text = try f.meetings.exportInBodyLanguage(meetingID: m, minutes: true, format: .txt)
        func at(_ s: String, after: String.Index? = nil) throws -> String.Index {
            try XCTUnwrap(text.range(of: s, range: (after ?? text.startIndex)..<text.endIndex)?.lowerBound, "\(s) in\n\(text)")
        }
        // Heading, then each text: Finnish first, Swedish right after it.
        let fiTitle = try at("Järjestöavustukset 2027"), svTitle = try at("Föreningsunderstöd 2027", after: fiTitle)
        let fiBackground = try at("Hakemuksia saapui 42.", after: svTitle), svBackground = try at("Det inkom 42 ansökningar.", after: fiBackground)
        let fiProposal = try at("Avustukset myönnetään liitteen 1 mukaisesti.", after: svBackground)
        let svProposal = try at("Understöden beviljas enligt bilaga 1.", after: fiProposal)
        let fiDecision = try at("Hyväksyttiin esityksen mukaisesti.", after: svProposal)
        _ = try at("Godkändes enligt förslaget.", after: fiDecision)
        // The case number is the same in both: once, under both labels.
        XCTAssertEqual(text.components(separatedBy: "5146/01.04.00/2026").count - 1, 1, text)
        // The Finnish-only item: its Swedish title and proposal are marked missing, never copied.
        let other = try at("Kumppanuusfoorumin ohjelma")
        let rest = String(text[other...])
        XCTAssertEqual(rest.components(separatedBy: "Ohjelma hyväksytään.").count - 1, 1, rest)
        XCTAssertGreaterThanOrEqual(rest.components(separatedBy: "[svensk text saknas]").count - 1, 2, rest)
        // Standard items carry their Swedish names.
        XCTAssertTrue(text.contains("Sammanträdet öppnas"), text)
    }

    func testABilingualBodysNegotiationGoalsPrintBothAndTheCalendarNamesItemsInBoth() throws {
        let f = try MeetingFixture()
        try f.meetings.setBilingualDocuments(bodyID: f.bodyID)
        let (m, _, _) = try meeting(f)
        let goal = try f.meetings.addGoal(bodyID: f.bodyID, year: 2026, goal: "Vertaisryhmät joka kuntaan", measures: "Kartoitus")
        try f.meetings.setGoalSwedish(goalID: goal, goal: "Kamratgrupper i varje kommun")
        let g = try XCTUnwrap(f.meetings.goals(bodyID: f.bodyID, year: 2026).first)
        let doc = try f.meetings.document(meetingID: m)
        let table = BilingualDocument.interleave(finnish: DocumentParts.goalsTable([g], language: .fi, texts: .bilingualFinnish),
                                                 swedish: DocumentParts.goalsTable([g], language: .sv, texts: .bilingualSwedish))
        let written = DocumentWriter.write(table, format: .txt, title: doc.body.name)
        XCTAssertTrue(written.contains("Vertaisryhmät joka kuntaan / Kamratgrupper i varje kommun"), written)
        XCTAssertTrue(written.contains("Kartoitus / [svensk text saknas]"), written)
        // Long lines are folded at 75 octets (RFC 5545): read them unfolded.
        let calendar = try f.meetings.exportCalendar(language: .en).replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(calendar.contains("Järjestöavustukset 2027 / Föreningsunderstöd 2027"), calendar)
        XCTAssertTrue(calendar.contains("Kumppanuusfoorumin ohjelma / [svensk text saknas]"), calendar)
    }

    func testACalendarOfASwedishBodyNamesTheSwedishTitles() throws {
        let f = try MeetingFixture()
        try f.meetings.setDocumentLanguage(bodyID: f.bodyID, .sv)
        _ = try meeting(f)
        let calendar = try f.meetings.exportCalendar(language: .fi).replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(calendar.contains("Föreningsunderstöd 2027"), calendar)
        XCTAssertFalse(calendar.contains("Järjestöavustukset 2027"), calendar)
    }

    /// Erasing a person reaches the Swedish texts too: they name the same people.
    func testErasingAPersonReplacesTheNameInTheSwedishTexts() throws {
        let f = try MeetingFixture()
        let (_, item, _) = try meeting(f)
        try f.meetings.setSwedish(itemID: item, decision: "Till protokolljusterare valdes Eero Esko.")
        try f.meetings.setGoalSwedish(goalID: try f.meetings.addGoal(bodyID: f.bodyID, year: 2026, goal: "Tavoite"), goal: "Eero Esko sammankallar.")
        let found = try PersonLookup.find("Eero Esko", in: f.store.database)
        let marker = L(.fi)["privacy.marker"]
        _ = try PersonErasure.erase(found.people, marker: marker, in: f.store.database)
        XCTAssertEqual(try f.meetings.item(item)?.decisionSV, "Till protokolljusterare valdes \(marker).")
        XCTAssertEqual(try f.meetings.goals(bodyID: f.bodyID, year: 2026).first?.goalSV, "\(marker) sammankallar.")
    }

    // MARK: Grants: the decision list in the body's languages, the letter in the recipient's

    func testABilingualBodysDecisionListHoldsBothLanguages() throws {
        let f = try GrantsFixture()
        let body = try f.body("Kumppanuuspöytä")
        try MeetingStore(store: f.store).setBilingualDocuments(bodyID: body)
        let round = try f.round(body: body, name: "Kohdeavustukset 2027")
        let app = try f.application(round: round, association: try f.association("Folkhälsan i Lovisa r.f.", businessID: "1234567-1"),
                                    requested: 1_000_00, purpose: "Kerho")
        try f.propose(app, 500_00, reasoning: "Perustelu")
        let md = try DecisionList.inBodyLanguage(store: f.store, roundID: round, format: .md)
        let fi = try XCTUnwrap(md.range(of: "Päätösluettelo: Kohdeavustukset 2027"))
        let sv = try XCTUnwrap(md.range(of: "Beslutsförteckning: Kohdeavustukset 2027"))
        XCTAssertLessThan(fi.lowerBound, sv.lowerBound, md)
        XCTAssertTrue(md.contains("Hakija / Sökande"), md)
        XCTAssertTrue(md.contains("Folkhälsan i Lovisa r.f."), md)
        let csv = try DecisionList.inBodyLanguage(store: f.store, roundID: round, format: .csv)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Hakija / Sökande;"), csv)
    }

    func testTheDecisionLetterIsWrittenInTheRecipientsLanguage() throws {
        let f = try GrantsFixture()
        let body = try f.body("HYTE-lautakunta")
        let round = try f.round(body: body, name: "Kohdeavustukset 2027")
        let swedish = try f.association("Folkhälsan i Lovisa r.f.", businessID: "1234567-1")
        let finnish = try f.association("Loviisan Martat ry", businessID: "7654321-0")
        try f.db.run("UPDATE associations SET correspondence_language = 'sv' WHERE id = ?", swedish)
        let toSwedish = try f.application(round: round, association: swedish, requested: 1_000_00, purpose: "Klubb")
        let toFinnish = try f.application(round: round, association: finnish, requested: 1_000_00, purpose: "Kerho")
        let sv = try DecisionLetter.inRecipientLanguage(store: f.store, applicationID: toSwedish, format: .md)
        XCTAssertTrue(sv.hasPrefix("# Beslut om ansökan om understöd\n"), sv)
        let fi = try DecisionLetter.inRecipientLanguage(store: f.store, applicationID: toFinnish, format: .md)
        XCTAssertTrue(fi.hasPrefix("# Päätös avustushakemukseen\n"), fi)
    }

    // MARK: The association's language of correspondence

    func testTheCorrespondenceLanguageIsSavedExportedAndImported() throws {
        let store = try Store.inMemory()
        let directory = DirectoryStore(store: store)
        var draft = AssociationDraft()
        draft.name = "Folkhälsan i Lovisa r.f."
        draft.municipality = "Lovisa"
        draft.correspondenceLanguage = .sv
        guard case .saved(let id, _) = try directory.save(draft) else { return XCTFail("not saved") }
        XCTAssertEqual(try directory.association(id)?.correspondenceLanguage, .sv)
        XCTAssertEqual(try directory.correspondenceLanguage(of: id), .sv)
        XCTAssertEqual(try directory.draft(for: id)?.correspondenceLanguage, .sv)
        XCTAssertNotNil(try directory.draft(for: id))

        let lines = try export(.csv, store).components(separatedBy: "\r\n")
        let header = lines[0].split(separator: ";").map(String.init)
        let column = try XCTUnwrap(header.firstIndex(of: "asiointikieli"), lines[0])
        XCTAssertEqual(lines[1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)[column], "sv", lines[1])
        let json = try export(.json, store)
        XCTAssertTrue(json.contains("\"correspondence_language\":\"sv\""), json)

        XCTAssertEqual(CorrespondenceLanguage.parse("svenska"), .sv)
        XCTAssertEqual(CorrespondenceLanguage.parse("Englanti"), .en)
        XCTAssertEqual(CorrespondenceLanguage.parse(""), .fi)
        XCTAssertNil(CorrespondenceLanguage.parse("saksa"))
        if case .failure(let reason) = AssociationImport.check(.correspondenceLanguage, "saksa") {
            XCTAssertEqual(L(.fi)[reason.key, reason.args[0]], "asiointikieli \"saksa\" ei ole tuettu (fi, sv tai en)")
        } else { XCTFail("saksa accepted") }
    }

    func export(_ format: AssociationExport.Format, _ store: Store) throws -> String {
        let path = NSTemporaryDirectory() + "export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(format, from: store.database, to: sink, today: "2026-11-23")
        try sink.commit()
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}
