import XCTest
@testable import Kumppani

/// Activities and people's roles written through the directory store, read back through the
/// detail, the referral view and search.
final class DirectoryActivityPeopleTests: XCTestCase {
    func activity(_ title: String, _ mutate: (inout ActivityDraft) -> Void = { _ in }) -> ActivityDraft {
        var d = ActivityDraft()
        d.title = title
        mutate(&d)
        return d
    }

    func testAnAddedActivityIsFoundByReferralAndSearchAndEditsFollow() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola")
        let result = try f.directory.saveActivity(activity("Vertaisryhmä omaishoitajille") {
            $0.kindCode = "peer_group"; $0.targetGroups = ["family_carers"]; $0.municipalities = "Heinola, Sysmä"
            $0.schedule = "ti klo 13–15"; $0.place = "Kirkkokatu 5"; $0.cost = "maksuton"
        }, association: id)
        guard case .saved(let activityID) = result else { return XCTFail("not saved: \(result)") }
        let heinola = try f.directory.referrals(ReferralQuery(targetGroup: "family_carers", municipalityCode: "111", activityKind: "peer_group"))
        XCTAssertEqual(heinola.map(\.activity.title), ["Vertaisryhmä omaishoitajille"])
        XCTAssertEqual(heinola.first?.activity.municipalities, ["Heinola", "Sysmä"])
        XCTAssertEqual(try f.names(search: "vertaisryhmä"), ["Heinolan Omaishoitajat ry"])

        guard case .saved = try f.directory.saveActivity(activity("Kahvila") { $0.municipalities = "Lahti" },
                                                         association: id, id: activityID) else { return XCTFail("edit refused") }
        XCTAssertEqual(try f.directory.referrals(ReferralQuery(municipalityCode: "111")).count, 0, "places replaced")
        XCTAssertEqual(try f.directory.referrals(ReferralQuery(municipalityCode: "398")).map(\.activity.title), ["Kahvila"])
        XCTAssertEqual(try f.names(search: "vertaisryhmä"), [], "the old title left the search index")
        XCTAssertEqual(try f.names(search: "kahvila"), ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.directory.activityDraft(activityID)?.draft.municipalities, "Lahti")
        XCTAssertEqual(try f.directory.activityDraft(activityID)?.draft.targetGroups, [])

        XCTAssertTrue(try f.directory.deleteActivity(activityID))
        XCTAssertFalse(try f.directory.deleteActivity(activityID), "already gone")
        XCTAssertEqual(try f.directory.detail(id)?.activities.count, 0)
        XCTAssertEqual(try f.names(search: "kahvila"), [])
    }

    func testActivityDraftProblemsAreNamedNextToTheirFields() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Lahden Partiolaiset ry")
        let other = try f.add("Hollolan Kyläyhdistys ry", municipality: "Hollola")
        let stranger = try f.person("Matti Meikäläinen", in: other, kind: "contact")
        let result = try f.directory.saveActivity(activity("  ") {
            $0.municipalities = "Lahti, Atlantis"; $0.kindCode = "juggling"; $0.contactPersonID = stranger
        }, association: id)
        guard case .refused(let issues) = result else { return XCTFail("saved a bad activity") }
        XCTAssertEqual(issues.map(\.field), [.title, .municipalities, .kind, .contactPerson])
        XCTAssertTrue(issues[1].message(.fi).contains("Atlantis"), issues[1].message(.fi))
        XCTAssertEqual(try f.directory.detail(id)?.activities.count, 0)
    }

    func testANewRoleCreatesThePersonOnceAndSimilarNamesAreOffered() throws {
        let f = try DirectoryFixture()
        let lahti = try f.add("Lahden Partiolaiset ry")
        let hollola = try f.add("Hollolan Kyläyhdistys ry", municipality: "Hollola")
        var role = PersonRoleDraft()
        role.name = "Maija  Virtanen"; role.kind = "board_chair"; role.startOn = "2025-01-01"; role.phone = "040 123 4567"
        guard case .saved(_, let maija) = try f.directory.saveRole(role, association: lahti) else { return XCTFail("not saved") }

        for typed in ["Maija Virtanen", "virtanen maija", "Maija Virtasen", "Virtanen"] {
            let similar = try f.directory.similarPeople(to: typed)
            XCTAssertEqual(similar.map(\.id), [maija], typed)
            XCTAssertEqual(similar.first?.associations, ["Lahden Partiolaiset ry"])
        }
        XCTAssertEqual(try f.directory.similarPeople(to: "Pekka Korhonen"), [])

        // The same person gets a second role in another association: no new person row.
        var second = PersonRoleDraft()
        second.personID = maija; second.kind = "board_member"; second.email = "maija@example.fi"
        guard case .saved = try f.directory.saveRole(second, association: hollola) else { return XCTFail("second role refused") }
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM people"), 1)
        XCTAssertEqual(try f.directory.similarPeople(to: "Maija Virtanen").first?.associations,
                       ["Hollolan Kyläyhdistys ry", "Lahden Partiolaiset ry"])
        let people = try XCTUnwrap(f.directory.detail(hollola)?.people)
        XCTAssertEqual(people.map(\.kind), ["board_member"])
        XCTAssertEqual(people.first?.email, "maija@example.fi", "an empty e-mail is filled in")
        XCTAssertEqual(people.first?.phone, "+358 40 1234567", "the phone was normalised when first saved")
        XCTAssertEqual(try f.names(search: "virtanen"), ["Hollolan Kyläyhdistys ry", "Lahden Partiolaiset ry"])
    }

    func testEditingARoleRenamesThePersonAndEndingItKeepsTheHistory() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Lahden Partiolaiset ry")
        var role = PersonRoleDraft()
        role.name = "Maija Virtanen"; role.kind = "employee"; role.startOn = "2024-03-01"
        guard case .saved(let roleID, _) = try f.directory.saveRole(role, association: id) else { return XCTFail("not saved") }
        guard var edit = try f.directory.roleDraft(roleID)?.draft else { return XCTFail("no draft") }
        edit.name = "Maija Virtanen-Laine"; edit.title = "toiminnanjohtaja"
        guard case .saved = try f.directory.saveRole(edit, association: id, affiliationID: roleID) else { return XCTFail("edit refused") }
        XCTAssertEqual(try f.names(search: "laine"), ["Lahden Partiolaiset ry"], "the new name is searchable")

        XCTAssertThrowsError(try f.directory.endRole(roleID, on: "2024-01-01")) { error in
            XCTAssertEqual(error as? RoleError, .endBeforeStart)
        }
        try f.directory.endRole(roleID, on: "2026-11-30")
        let person = try XCTUnwrap(f.directory.detail(id)?.people.first)
        XCTAssertEqual([person.name, person.title, person.startOn, person.endOn], ["Maija Virtanen-Laine", "toiminnanjohtaja", "2024-03-01", "2026-11-30"])
        XCTAssertThrowsError(try f.directory.endRole(424242, on: "2026-11-30"))
    }

    func testRoleDraftProblems() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Lahden Partiolaiset ry")
        var role = PersonRoleDraft()
        role.kind = "king"; role.email = "ei-osoite"; role.startOn = "2026-05-01"; role.endOn = "2026-04-01"
        guard case .refused(let issues) = try f.directory.saveRole(role, association: id) else { return XCTFail("saved") }
        XCTAssertEqual(issues.map(\.field), [.name, .kind, .email, .endOn])
        XCTAssertEqual(issues.last?.message(.fi), "Rooli ei voi päättyä ennen alkamistaan.")
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM people"), 0)
    }

    func testAssociationCategoriesAreSavedFromTheDraft() throws {
        let f = try DirectoryFixture()
        let id = try f.add("Lahden Partiolaiset ry", targetGroups: ["youth"])
        guard var d = try f.directory.draft(for: id) else { return XCTFail("no draft") }
        d.targetGroups = ["children", "youth"]; d.activityKinds = ["camp"]
        guard case .saved = try f.directory.save(d, id: id) else { return XCTFail("refused") }
        let detail = try XCTUnwrap(f.directory.detail(id))
        XCTAssertEqual(detail.targetGroups.map(\.code), ["children", "youth"])
        XCTAssertEqual(detail.activityKinds.map(\.code), ["camp"])
    }
}
