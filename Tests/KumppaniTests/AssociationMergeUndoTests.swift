import Foundation
import XCTest
@testable import Kumppani

/// The merge with a per-field choice, and its undo: on the file, every reference and value.
final class AssociationMergeUndoTests: XCTestCase {
    /// Two records of one association: the kept one has the Y-tunnus, the duplicate a phone,
    /// a better name, an activity, a contact, a log entry, a grant, a category and the same role.
    func fixture() throws -> (DirectoryFixture, keep: Int64, dup: Int64, person: Int64) {
        let f = try DirectoryFixture()
        let keep = try f.add("Heinolan omaishoitajat", municipality: "Heinola", businessID: "2345678-0", targetGroups: ["family_carers"])
        let dup = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola", targetGroups: ["family_carers", "older_people"])
        try f.db.write { try f.db.run("UPDATE associations SET phone = '044 512 3456' WHERE id = ?", dup) }
        try f.activity(dup, "Vertaisryhmä")
        try f.directory.addContact(to: dup, ContactLogDraft(kind: .call, note: "Soitto"))
        try f.grant(dup)
        let person = try f.person("Liisa Laine", in: keep, kind: "contact")
        try f.db.write {   // the same person in the same role in the duplicate: dropped by the merge
            try f.db.run("INSERT INTO affiliations(id, person_id, association_id, kind, created_at) VALUES (?, ?, ?, 'contact', 'x')",
                         Store.newID(), person, dup)
        }
        return (f, keep, dup, person)
    }

    func snapshot(_ f: DirectoryFixture, _ id: Int64) throws -> [String] {
        let d = try XCTUnwrap(try f.directory.detail(id))
        return [d.association.name, d.association.phone, d.association.businessID ?? "-",
                d.activities.map(\.title).joined(separator: ","), d.contactLog.map(\.note).joined(separator: ","),
                String(d.grants.count), d.people.map(\.name).joined(separator: ","),
                try f.directory.categoryCodes(of: id, list: "target_group").joined(separator: ",")]
    }

    func testTheChosenFieldsComeFromTheRemovedOneAndEveryReferenceMoves() throws {
        let (f, keep, dup, _) = try fixture()
        let summary = try f.directory.merge(keep: keep, remove: dup, takingFromRemoved: ["name", "phone"])
        XCTAssertNil(try f.directory.association(dup))
        XCTAssertEqual(try snapshot(f, keep), ["Heinolan Omaishoitajat ry", "044 512 3456", "2345678-0", "Vertaisryhmä", "Soitto", "1",
                                               "Liisa Laine", "family_carers,older_people"])
        XCTAssertEqual(try f.names(search: "vertais"), ["Heinolan Omaishoitajat ry"], "the search index follows")
        let audit = try XCTUnwrap(try AuditLog.entries(in: f.db).last)
        XCTAssertEqual([audit.entity, audit.action], ["association", "merge"])
        XCTAssertTrue(audit.summary.contains("removed: Heinolan Omaishoitajat ry") && audit.summary.contains("taken: name, phone"), audit.summary)
        XCTAssertEqual(try f.directory.merges(into: keep).map(\.id), [try XCTUnwrap(summary.mergeID)])
    }

    func testUndoBringsTheRemovedOneBackWithItsReferencesAndRestoresTheKeptFields() throws {
        let (f, keep, dup, _) = try fixture()
        let keptBefore = try snapshot(f, keep), dupBefore = try snapshot(f, dup)
        let merged = try f.directory.merge(keep: keep, remove: dup, takingFromRemoved: ["name", "phone"])
        XCTAssertEqual(try f.directory.undoMerge(try XCTUnwrap(merged.mergeID)), dup)
        XCTAssertEqual(try snapshot(f, keep), keptBefore)
        XCTAssertEqual(try snapshot(f, dup), dupBefore, "the dropped duplicate role is back too")
        XCTAssertEqual(try f.names(search: "vertais"), ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM affiliations"), 2)
        let audit = try XCTUnwrap(try AuditLog.entries(in: f.db).last)
        XCTAssertEqual([audit.entity, audit.action], ["association", "merge_undo"])
        XCTAssertThrowsError(try f.directory.undoMerge(try XCTUnwrap(merged.mergeID))) {
            XCTAssertEqual($0 as? MergeUndoError, .alreadyUndone)
        }
        XCTAssertEqual(try f.directory.merges(into: keep).first?.isUndone, true)
    }

    func testUndoIsRefusedWhenTheKeptRecordChangedAMergedFieldAndNothingIsWritten() throws {
        let (f, keep, dup, _) = try fixture()
        let merged = try f.directory.merge(keep: keep, remove: dup, takingFromRemoved: ["phone"])
        try f.db.write { try f.db.run("UPDATE associations SET phone = '03 123 4567' WHERE id = ?", keep) }
        let before = try snapshot(f, keep)
        XCTAssertThrowsError(try f.directory.undoMerge(try XCTUnwrap(merged.mergeID))) { error in
            XCTAssertEqual(error as? MergeUndoError, .keptChanged(["directory.field.phone"]))
            XCTAssertEqual((error as? MergeUndoError)?.message(.en),
                           "The merge was not undone: the kept association's fields were changed since (Phone). Correct them by hand.")
        }
        XCTAssertEqual(try snapshot(f, keep), before)
        XCTAssertNil(try f.directory.association(dup))
    }

    func testTheMergeWithoutChoicesStillFillsOnlyEmptyFields() throws {
        let (f, keep, dup, _) = try fixture()
        _ = try f.directory.merge(keep: keep, remove: dup)
        XCTAssertEqual(try snapshot(f, keep).prefix(3), ["Heinolan omaishoitajat", "044 512 3456", "2345678-0"])
    }
}
