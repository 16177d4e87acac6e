import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Categories, activities and people edited from the directory pane, through the App: keys in,
/// screen text and file contents out.
final class DirectoryEditPaneTests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    var carers: Int64 = 0
    var pensioners: Int64 = 0
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String) throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            return id
        }
        pensioners = try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        carers = try add("Heinolan Omaishoitajat ry", "Heinola")
        var activity = ActivityDraft()
        activity.title = "Omaishoitajien vertaisryhmä"; activity.kindCode = "peer_group"; activity.targetGroups = ["family_carers"]
        guard case .saved = try directory.saveActivity(activity, association: carers) else { throw XCTSkip("activity not saved") }
    }

    func makeApp(_ language: Language = .fi) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func rows(_ frame: Frame) -> [String] { (0..<frame.size.height).map { frame.line($0) } }

    /// Opens the carers' association (second in Finnish order).
    func carersApp(_ language: Language = .fi) -> App {
        let app = makeApp(language)
        app.press(.down)
        return app
    }

    func testTheAssociationFormChoosesTargetGroupsAndActivityKindsFromAChecklist() throws {
        let app = carersApp()
        app.press(.char("e"))
        for _ in 0..<13 { app.press(.tab) }
        app.press(.char(" "))
        var screen = app.screen(100, 40).text
        XCTAssertTrue(screen.contains("[ ] Lapset") && screen.contains("[ ] Omaishoitajat"), screen)
        app.type("o")          // jumps to Omaishoitajat
        app.press(.char(" "), .char("i"), .char(" "), .enter)
        app.press(.tab, .char(" "), .char("v"), .char(" "), .enter)   // activity kinds: Vertaisryhmä
        let lines = rows(app.screen(100, 40))
        XCTAssertTrue(lines.contains { $0.contains("Kohderyhmät") && $0.contains("Ikääntyneet, Omaishoitajat") }, lines.joined(separator: "\n"))
        app.press(.ctrl("s"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Kohderyhmät: Ikääntyneet, Omaishoitajat"), screen)
        XCTAssertTrue(screen.contains("Toimintamuodot: Vertaisryhmä"))
        XCTAssertEqual(try directory.categoryCodes(of: carers, list: "target_group"), ["family_carers", "older_people"])
        XCTAssertEqual(try directory.categoryCodes(of: carers, list: "activity_kind"), ["peer_group"])
    }

    func testNewActivityFromTheListIsSavedAndFoundByReferral() throws {
        let app = carersApp(.en)
        app.press(.char("t"))
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("New activity: Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(rows(app.screen(100, 30)).contains { $0.contains("Municipalities") && $0.contains("Heinola") },
                      "places default to the association's municipality")
        app.type("Muistikahvila")
        app.press(.tab, .right, .right, .right, .tab)          // kind: Peer group
        app.press(.char(" "), .char("o"), .char("o"), .char(" "), .enter)   // Older people (o jumps, again to the next o…)
        app.press(.tab, .end)
        app.type(", Sysm")
        app.press(.down, .enter)                               // completes Sysmä
        app.press(.tab)
        app.type("to klo 10–12")
        app.press(.ctrl("s"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Activity “Muistikahvila” added."), screen)
        XCTAssertTrue(screen.contains("• Muistikahvila (Peer group)"))
        XCTAssertTrue(screen.contains("to klo 10–12 · Heinola, Sysmä"), screen)
        let found = try directory.referrals(ReferralQuery(targetGroup: "older_people", municipalityCode: "781", activityKind: "peer_group"))
        XCTAssertEqual(found.map(\.activity.title), ["Muistikahvila"])
    }

    func testAnActivityChosenInTheDetailIsEditedAndDeletedWithConfirmation() throws {
        let app = carersApp()
        app.press(.tab, .down)            // detail focus, first activity chosen
        app.press(.char("e"))
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Muokkaa toimintaa: Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(screen.contains("Omaishoitajien vertaisryhmä"))
        app.press(.ctrl("u"))
        app.type("Omaisten olohuone")
        app.press(.ctrl("s"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Toiminta ”Omaisten olohuone” tallennettu."), screen)
        XCTAssertTrue(screen.contains("• Omaisten olohuone (Vertaisryhmä)"))
        XCTAssertEqual(try directory.referrals(ReferralQuery(targetGroup: "family_carers")).map(\.activity.title), ["Omaisten olohuone"])

        app.press(.char("d"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Poistetaanko toiminta ”Omaisten olohuone”?"))
        app.press(.char("y"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Toiminta ”Omaisten olohuone” poistettu."), screen)
        XCTAssertFalse(screen.contains("• Omaisten olohuone"))
        XCTAssertEqual(try directory.referrals(ReferralQuery()).count, 0)
        XCTAssertEqual(try directory.listing(DirectoryQuery(search: "olohuone")).count, 0, "search follows")
    }

    func testWithoutAChosenItemTheKeysStillActOnTheAssociation() {
        let app = carersApp()
        app.press(.tab, .char("e"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Muokkaa yhdistystä"), "detail focus, nothing chosen: e edits the association")
    }

    func testAddingAPersonOffersTheSimilarExistingPersonAndLinksToIt() throws {
        var existing = PersonRoleDraft()
        existing.name = "Maija Virtanen"; existing.kind = "board_chair"; existing.phone = "040 123 4567"
        guard case .saved(_, let maija) = try directory.saveRole(existing, association: pensioners) else { return XCTFail("fixture") }
        let app = carersApp()
        app.press(.char("p"))
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Lisää henkilö: Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(screen.contains("23.11.2026"), "the role starts today by default")
        app.type("maija virtanen")
        app.press(.tab, .left)            // role: from contact person to representative
        app.press(.ctrl("s"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Onko ”maija virtanen” jo rekisterissä?"), screen)
        XCTAssertTrue(screen.contains("Maija Virtanen · +358 40 1234567 · Asikkalan Eläkkeensaajat ry"), screen)
        XCTAssertTrue(screen.contains("+ Uusi henkilö: maija virtanen"))
        app.press(.enter)                 // the existing person
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Maija Virtanen lisätty (edustaja)."), screen)
        XCTAssertTrue(screen.contains("Maija Virtanen – edustaja (23.11.2026–)"), screen)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM people"), 1)
        XCTAssertEqual(try directory.detail(carers)?.people.map(\.personID), [maija])
    }

    /// Two people in the register whose lines read alike: the second row links the second person
    /// (the chooser answers with its row, not its label, which would match the first).
    func testTwoNamesakesInTheSimilarPeopleChooserStayApart() throws {
        let meetings = MeetingStore(store: store)
        _ = try meetings.createPerson(name: "Maija Virtanen")
        _ = try meetings.createPerson(name: "Maija Virtanen")
        let offered = try directory.similarPeople(to: "Maija Virtanen")
        XCTAssertEqual(offered.count, 2)
        let app = carersApp(.en)
        app.press(.char("p"))
        app.type("Maija Virtanen")
        app.press(.ctrl("s"))
        let lines = app.screen(120, 40).text.split(separator: "\n").filter { $0.contains("│ Maija Virtanen ") }   // the dialog's rows
        XCTAssertEqual(lines.count, 2, app.screen(120, 40).text)
        app.press(.down, .enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Maija Virtanen added (contact person)."), app.screen(120, 40).text)
        XCTAssertEqual(try directory.detail(carers)?.people.map(\.personID), [offered[1].id])
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM people"), 2, "no third person")
    }

    func testChoosingANewPersonInThePickerCreatesOne() throws {
        var existing = PersonRoleDraft()
        existing.name = "Maija Virtanen"
        _ = try directory.saveRole(existing, association: pensioners)
        let app = carersApp(.en)
        app.press(.char("p"))
        app.type("Maija Virtanen")
        app.press(.ctrl("s"), .down, .enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Maija Virtanen added (contact person)."))
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM people"), 2)
    }

    func testARoleChosenInTheDetailIsEditedAndEnded() throws {
        var role = PersonRoleDraft()
        role.name = "Pekka Korhonen"; role.kind = "employee"; role.startOn = "2024-01-15"
        guard case .saved(let roleID, _) = try directory.saveRole(role, association: carers) else { return XCTFail("fixture") }
        let app = carersApp()
        app.press(.tab, .down, .down)     // the activity, then the role
        app.press(.enter)
        XCTAssertTrue(app.screen(100, 30).text.contains("Muokkaa roolia: Heinolan Omaishoitajat ry"))
        app.press(.tab, .tab)
        app.type("toiminnanjohtaja")
        app.press(.ctrl("s"))
        var screen = app.screen(200, 40).text
        XCTAssertTrue(screen.contains("Pekka Korhonen – työntekijä, toiminnanjohtaja (15.1.2024–)"), screen)

        app.press(.char("d"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Roolin päättymispäivä – Pekka Korhonen, työntekijä"), screen)
        app.press(.ctrl("u"))
        app.type("31.10.2026")
        app.press(.enter)
        screen = app.screen(200, 40).text
        XCTAssertTrue(screen.contains("Pekka Korhonen: rooli päättyy 31.10.2026."), screen)
        XCTAssertTrue(screen.contains("(15.1.2024–31.10.2026) (päättynyt)"), screen)
        XCTAssertEqual(try directory.roleDraft(roleID)?.draft.endOn, "2026-10-31")
    }

    func testHelpListsTheNewKeysInBothLanguages() {
        for (language, labels) in [(Language.fi, ["Uusi toiminta", "Lisää henkilö ja rooli", "Muokkaa valittua toimintaa, roolia tai yhteydenottoa"]),
                                   (.en, ["New activity", "Add a person and role", "Delete the activity or contact-log entry / end the role"])] {
            let app = makeApp(language)
            app.press(.char("?"))
            var help = app.screen(140, 50).text
            app.press(.pageDown)   // long labels wrap in the help, so the pane's group runs onto the next page
            help += app.screen(140, 50).text
            for label in labels { XCTAssertTrue(help.contains(label), "\(label)\n\(help)") }
        }
    }
}
