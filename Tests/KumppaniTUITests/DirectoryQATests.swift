import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// What a newcomer met walking the directory at 80×24: the referral view, long refusals in the
/// form, the key bar in forms, and repeated questions. Keys in, screen text out.
final class DirectoryQATests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    var carers: Int64 = 0
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    let longName = "Heinolan Seudun Omaiset mielenterveystyön tukena ry"

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String, businessID: String = "") throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality; d.businessID = businessID
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            return id
        }
        carers = try add(longName, "Heinola", businessID: "0737546-2")
        _ = try add("Lahden Partiolaiset ry", "Lahti")
        var activity = ActivityDraft()
        activity.title = "Omaishoitajien vertaisryhmä"; activity.kindCode = "peer_group"; activity.targetGroups = ["family_carers"]
        activity.municipalities = "Heinola"; activity.place = "Järjestötalo, Kauppakatu 3, Heinola"
        activity.schedule = "ti klo 13–15"; activity.cost = "maksuton"; activity.contactText = "040 123 4567"
        guard case .saved = try directory.saveActivity(activity, association: carers) else { throw XCTSkip("activity not saved") }
    }

    func makeApp(_ language: Language = .fi) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func rows(_ frame: Frame) -> [String] { (0..<frame.size.height).map { frame.line($0) } }

    /// Target group: any → children → youth → families → older people → family carers.
    func openReferralForFamilyCarers(_ app: App) {
        app.press(.char("r"))
        app.press(.right, .right, .right, .right, .right, .tab)
    }

    func testEnterOnAnyReferralCriterionShowsTheResults() {
        let app = makeApp(.en)
        openReferralForFamilyCarers(app)
        app.type("Heinola")
        app.press(.tab)          // activity kind: Enter here used to move on to the words field
        app.press(.enter)
        app.press(.char("w"))    // in the results, w writes the card (in the words field it would be typed)
        let screen = app.screen(80, 24).text
        XCTAssertTrue(screen.contains("Referral to a file"), screen)
    }

    func testAnUnknownMunicipalityIsSaidInsteadOfListingEveryMunicipality() {
        let app = makeApp(.en)
        openReferralForFamilyCarers(app)
        app.type("hein")         // Heinola and Heinävesi both begin so
        let screen = app.screen(80, 24).text
        XCTAssertTrue(screen.contains("No municipality “hein”"), screen)
        XCTAssertFalse(screen.contains("Omaishoitajien vertaisryhmä"), "no results while the municipality is unclear")
        app.press(.backspace, .backspace, .backspace, .backspace)
        app.type("heinol")       // only Heinola begins so: taken as Heinola
        XCTAssertTrue(app.screen(80, 24).text.contains("1 match ·"), app.screen(80, 24).text)
    }

    func testTheChosenActivityShowsTimePlaceCostAndContactAt80x24() {
        let app = makeApp(.fi)
        openReferralForFamilyCarers(app)
        app.type("Heinola")
        app.press(.enter)
        let lines = rows(app.screen(80, 24))
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("1 osuma ·"), text)
        XCTAssertTrue(text.contains("Aika: ti klo 13–15"), text)
        XCTAssertTrue(text.contains("Hinta: maksuton"), text)
        XCTAssertTrue(text.contains("Yhteystiedot: 040 123 4567"), "the contact fits at 80×24: \(text)")
        XCTAssertTrue(text.contains("Paikka: Järjestötalo, Kauppakatu 3, Heinola "), text)
        XCTAssertFalse(text.contains("Heinola, Heinola"), "the municipality once")
    }

    func testTheCardFileNamesTheMunicipalityOnlyWhenThePlaceDoesNot() throws {
        let results = try directory.referrals(ReferralQuery(targetGroup: "family_carers"))
        let result = try XCTUnwrap(results.first)
        let card = ReferralCard.text(result, language: .fi, today: "2026-11-23")
        XCTAssertTrue(card.contains("Paikka: Järjestötalo, Kauppakatu 3, Heinola\n"), card)
        try store.database.write {
            try store.database.run("UPDATE activities SET place = 'Seurakuntatalo'")
        }
        let moved = try XCTUnwrap(try directory.referrals(ReferralQuery(targetGroup: "family_carers")).first)
        XCTAssertTrue(ReferralCard.text(moved, language: .fi, today: "2026-11-23").contains("Paikka: Seurakuntatalo, Heinola\n"))
    }

    func testADuplicateYTunnusNamesTheWholeExistingAssociationInsideTheFormAt80x24() {
        let app = makeApp(.en)
        app.press(.char("a"))
        app.type("Uusi yhdistys ry")
        app.press(.tab)
        app.type("0737546-2")
        app.press(.ctrl("s"))
        let lines = rows(app.screen(80, 24))
        let wrapped = lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        XCTAssertTrue(wrapped.contains("Business ID: Already used by “\(longName)”."), lines.joined(separator: "\n"))
    }

    func testTheSimilarNameWarningIsShownInFullAndNotRepeatedWhenEditingOtherFields() throws {
        var draft = AssociationDraft()
        draft.name = "Heinolan Seudun Omaiset mielenterveystyön tukena r.y."
        draft.municipality = "Heinola"
        guard case .refused(let v) = try directory.save(draft, acceptWarnings: false) else { return XCTFail("similar name not warned") }
        XCTAssertTrue(v.hasWarnings)
        guard case .saved(let id, _) = try directory.save(draft, acceptWarnings: true) else { return XCTFail("not saved") }
        var edited = try XCTUnwrap(try directory.draft(for: id))
        edited.description = "Vertaistukea"
        guard case .saved = try directory.save(edited, id: id, acceptWarnings: false) else {
            return XCTFail("an edit keeping the name and municipality must not warn again")
        }
        edited.name = "Heinolan Seudun Omaiset mielenterveystyön tukena rf"
        guard case .refused = try directory.save(edited, id: id, acceptWarnings: false) else {
            return XCTFail("a renamed association is checked again")
        }

        let app = makeApp(.en)
        app.press(.char("a"))
        app.type("Heinolan Seudun Omaiset mielenterveystyon tukena ry")
        app.press(.tab, .tab)
        app.type("Heinola")
        app.press(.ctrl("s"))
        // Only what is inside the box's borders: the list and detail behind it show at its edges.
        let inside = rows(app.screen(80, 24)).map { row -> String in
            guard let first = row.firstIndex(of: "│"), let last = row.lastIndex(of: "│"), first < last else { return row }
            return String(row[row.index(after: first)..<last])
        }
        let wrapped = inside.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        XCTAssertTrue(wrapped.contains("“Heinolan Seudun Omaiset mielenterveystyön tukena r.y.” in Heinola."), wrapped)
    }

    func testDeletingADissolvedAssociationWithGrantsSaysSoWithoutAsking() throws {
        let db = store.database
        try db.write {
            try db.run("INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at) VALUES (1, 'Yleisavustukset 2026', 2026, 'general', 100000, 'x', 'x')")
            try db.run("INSERT INTO grant_applications(id, round_id, association_id, requested_cents, created_at, updated_at) VALUES (1, 1, ?, 50000, 'x', 'x')", carers)
            try db.run("UPDATE associations SET status = 'dissolved' WHERE id = ?", carers)
        }
        let app = makeApp(.en)
        app.press(.char("d"))
        let screen = app.screen(200, 30).text
        XCTAssertFalse(screen.contains("Continue?"), screen)
        XCTAssertTrue(screen.contains("is already dissolved. It cannot be deleted because it has grants (1)."), screen)
    }

    func testTheCountIsSingularForOneAssociation() {
        let app = makeApp(.fi)
        app.press(.char("/"))
        app.type("partio")
        XCTAssertTrue(app.screen(80, 24).text.contains("1 yhdistys ·"), app.screen(80, 24).text)
        let en = makeApp(.en)
        en.press(.char("/"))
        en.type("partio")
        XCTAssertTrue(en.screen(80, 24).text.contains("1 association ·"))
    }

    func testTheKeyBarShowsTheKeysOfTheOpenFormNotTheList() {
        let app = makeApp(.en)
        XCTAssertTrue(rows(app.screen(80, 24)).last?.contains("Add association") ?? false)
        app.press(.char("a"))
        var bar = rows(app.screen(80, 24)).last ?? ""
        XCTAssertTrue(bar.contains("Ctrl-S Save") && bar.contains("Esc Cancel"), bar)
        XCTAssertFalse(bar.contains("Add association"), bar)
        app.press(.escape)
        app.press(.char("/"))
        bar = rows(app.screen(80, 24)).last ?? ""
        XCTAssertTrue(bar.contains("Enter Keep search"), bar)
        app.press(.escape, .char("r"), .pageDown)
        bar = rows(app.screen(80, 24)).last ?? ""
        XCTAssertTrue(bar.contains("w Write referral"), bar)
    }
}

extension DirectoryQATests {
    /// At 80 columns the key bar spends its room on the pane's keys: F10, `?` and `:` are already
    /// on the top bar and the idle status line, so only the way out is repeated.
    func testTheNarrowKeyBarShowsPaneKeysInsteadOfRepeatingTheStatusHint() {
        let app = makeApp(.fi)
        let frame = app.screen(80, 24)
        let bar = frame.line(23), status = frame.line(22)
        XCTAssertTrue(status.contains("? ohje · F10 valikko · : komennot"), status)
        XCTAssertTrue(bar.contains("l Kirjaa yhteydenotto"), bar)
        XCTAssertTrue(bar.contains("q Lopeta"), bar)
        XCTAssertFalse(bar.contains("F10"), bar)
        XCTAssertFalse(bar.contains("? Ohje"), bar)
        // At 200 columns there is room for everything.
        XCTAssertTrue(app.screen(200, 24).line(23).contains("? Ohje"), app.screen(200, 24).line(23))
    }
}

extension DirectoryQATests {
    /// Sorted by last contact, the list says when each association was last contacted.
    func testSortingByLastContactShowsTheDates() throws {
        _ = try directory.addContact(to: carers, ContactLogDraft(contactedOn: "2026-11-02", kind: .call, note: "Syksyn ryhmät"))
        let app = makeApp(.fi)
        XCTAssertTrue(app.screen(100, 30).text.contains("Tila"))
        app.press(.char("s"), .char("s"))
        let screen = app.screen(100, 30)
        XCTAssertTrue(screen.text.contains("järjestys: viimeisin yhteydenotto"), screen.text)
        XCTAssertTrue(screen.text.contains("Yhteys"), screen.text)
        let rows = (0..<30).map { screen.line($0) }
        XCTAssertTrue(rows.contains { $0.contains("Heinolan Seudun") && $0.contains("2.11.2026") }, screen.text)
        XCTAssertTrue(rows.contains { $0.contains("Lahden Partiolaiset ry") && $0.contains("–") }, "never contacted: a dash")
    }
}

extension DirectoryQATests {
    /// A place that already ends with its municipality does not get it twice in the detail.
    func testTheActivityPlaceNamesItsMunicipalityOnce() {
        let app = makeApp(.fi)
        let text = app.screen(160, 40).text
        XCTAssertTrue(text.contains("Järjestötalo, Kauppakatu 3, Heinola ·"), text)
        XCTAssertFalse(text.contains("Heinola, Heinola"), text)
    }
}
