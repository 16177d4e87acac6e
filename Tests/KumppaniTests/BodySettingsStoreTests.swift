import XCTest
@testable import Kumppani

/// `updateBody(expecting:)` guards every column it writes, and the single setters go through it.
final class BodySettingsStoreTests: XCTestCase {
    func testAnotherWindowsDocumentLanguageOrAppealTextIsAConflictNotOverwritten() throws {
        let s = MeetingStore(store: try Store.inMemory())
        let id = try s.createBody(name: "Järjestöneuvottelukunta", kind: .ngoAdvisoryBoard)
        let opened = try XCTUnwrap(s.body(id))
        try s.setDocumentLanguage(bodyID: id, .sv)                 // another window
        var mine = opened
        mine.quorumRule = .atLeast(4)
        XCTAssertThrowsError(try s.updateBody(mine, expecting: opened)) { error in
            let conflict = error as? BodyConflict
            XCTAssertEqual(conflict?.changedByOthers, ["sync.field.document_language"])
            let language = conflict?.fields(.fi).first { $0.labelKey == "sync.field.document_language" }
            XCTAssertEqual(language?.stored, "ruotsi")
            XCTAssertEqual(language?.mine, "suomi")
        }
        XCTAssertEqual(try s.body(id)?.documentLanguage, .sv, "their language stays")
        XCTAssertEqual(try s.body(id)?.quorumRule, .majority, "nothing of mine written")

        let again = try XCTUnwrap(s.body(id))
        try s.setAppealInstructions(bodyID: id, "Oma ohje.")        // another window
        XCTAssertThrowsError(try s.updateBody(mine, expecting: again)) { error in
            XCTAssertEqual((error as? BodyConflict)?.changedByOthers, ["sync.field.appeal_instructions"])
        }
    }

    func testTheSettersKeepTheOtherColumnsAndRefuseWhatCannotBeStored() throws {
        let s = MeetingStore(store: try Store.inMemory())
        let id = try s.createBody(name: "Hyte-toimielin", kind: .hyteCommittee, agendaTemplate: "Kokouksen avaus")
        try s.setQuorumRule(bodyID: id, .atLeast(3))
        try s.setBilingualDocuments(bodyID: id)
        try s.setAppealInstructions(bodyID: id, "  Ohje.  ")
        try s.renameBody(id, to: "  HYTE-toimielin ")
        let body = try XCTUnwrap(s.body(id))
        XCTAssertEqual(body.name, "HYTE-toimielin")
        XCTAssertEqual(body.quorumRule, .atLeast(3))
        XCTAssertTrue(body.bilingual)
        XCTAssertEqual(body.appealInstructions, "Ohje.")
        XCTAssertEqual(body.agendaTemplate, "Kokouksen avaus")
        XCTAssertEqual(body.kind, .hyteCommittee)
        XCTAssertThrowsError(try s.setQuorumRule(bodyID: id, .atLeast(0)))
        XCTAssertThrowsError(try s.renameBody(id, to: "  "))
        XCTAssertThrowsError(try s.setDocumentLanguage(bodyID: 999, .en)) { XCTAssertEqual($0 as? MeetingError, .notFound) }
        XCTAssertEqual(try s.body(id)?.quorumRule, .atLeast(3))
    }
}
