import XCTest
@testable import Kumppani

/// Tags on associations: the store API, its audit entries, the filter, search, export, merge,
/// saved searches and the e-mail list.
final class DirectoryTagsTests: XCTestCase {
    var f: DirectoryFixture!
    var carers: Int64 = 0, scouts: Int64 = 0, pensioners: Int64 = 0

    override func setUpWithError() throws {
        f = try DirectoryFixture()
        carers = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola")
        scouts = try f.add("Lahden Partiolaiset ry", municipality: "Lahti")
        pensioners = try f.add("Asikkalan Eläkkeensaajat ry", municipality: "Asikkala")
    }

    var invited: String { "kumppanuuspöytä 2027 kutsutut" }

    func testATagIsAddedOnceWhateverItsCaseAndSpacingAndAudited() throws {
        XCTAssertEqual(try f.directory.addTag("  Kumppanuuspöytä   2027 kutsutut ", to: [carers, scouts]), 2)
        XCTAssertEqual(try f.directory.addTag(invited, to: [carers, pensioners]), 1, "carers had it already")
        let tags = try f.directory.tags()
        XCTAssertEqual(tags.map(\.name), ["Kumppanuuspöytä 2027 kutsutut"], "the first spelling is kept")
        XCTAssertEqual(tags.first?.count, 3)
        XCTAssertEqual(try f.directory.tagNames(of: scouts), ["Kumppanuuspöytä 2027 kutsutut"])
        XCTAssertEqual(try f.directory.detail(carers)?.tags, ["Kumppanuuspöytä 2027 kutsutut"])
        let audit = try AuditLog.entries(in: f.db).filter { $0.entity == "association" }
        XCTAssertEqual(audit.count, 3)
        XCTAssertEqual(Set(audit.map(\.entityID)), [carers, scouts, pensioners])
        XCTAssertTrue(AuditFormat.line(audit[0], .fi).contains("Tunniste lisätty yhdistykselle — tunniste: Kumppanuuspöytä 2027 kutsutut"),
                      AuditFormat.line(audit[0], .fi))
    }

    func testRemovingTheLastUseRemovesTheTagAndIsAudited() throws {
        try f.directory.addTag("kutsutut", to: [carers, scouts])
        XCTAssertEqual(try f.directory.removeTag("KUTSUTUT", from: [carers]), 1)
        XCTAssertEqual(try f.directory.tags().first?.count, 1)
        XCTAssertEqual(try f.directory.removeTag("kutsutut", from: [scouts, pensioners]), 1)
        XCTAssertEqual(try f.directory.tags(), [])
        XCTAssertEqual(try AuditLog.entries(in: f.db).filter { $0.action == "untag" }.count, 2)
        XCTAssertThrowsError(try f.directory.removeTag("kutsutut", from: [scouts])) {
            XCTAssertEqual($0 as? TagProblem, .unknownTag("kutsutut"))
        }
    }

    func testBadNamesAndUnknownAssociationsChangeNothing() throws {
        XCTAssertThrowsError(try f.directory.addTag("   ", to: [carers])) { XCTAssertEqual($0 as? TagProblem, .empty) }
        XCTAssertThrowsError(try f.directory.addTag("a|b", to: [carers])) { XCTAssertEqual($0 as? TagProblem, .badCharacter) }
        XCTAssertThrowsError(try f.directory.addTag("a\u{1B}]52", to: [carers])) { XCTAssertEqual($0 as? TagProblem, .badCharacter) }
        XCTAssertThrowsError(try f.directory.addTag(String(repeating: "x", count: 81), to: [carers])) {
            XCTAssertEqual($0 as? TagProblem, .tooLong(max: 80))
        }
        XCTAssertThrowsError(try f.directory.addTag("kutsutut", to: [carers, 424242])) {
            XCTAssertEqual($0 as? TagProblem, .noSuchAssociation)
        }
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM association_tags"), 0)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM tags"), 0)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM audit_log"), 0)
    }

    func testTheTagFilterAndTheSearchFindTaggedAssociations() throws {
        try f.directory.addTag("Kumppanuuspöytä kutsutut", to: [scouts, pensioners])
        var query = DirectoryQuery()
        query.filter.tag = TagName.key("kumppanuuspöytä kutsutut")
        XCTAssertEqual(try f.directory.rows(query, offset: 0, limit: 10).map(\.name),
                       ["Asikkalan Eläkkeensaajat ry", "Lahden Partiolaiset ry"])
        XCTAssertEqual(try f.directory.rows(DirectoryQuery(search: "kutsutut"), offset: 0, limit: 10).map(\.name),
                       ["Asikkalan Eläkkeensaajat ry", "Lahden Partiolaiset ry"], "a tag is a word the search finds")
        // Inflected: the stem tier reaches the tag too.
        let inflected = try f.directory.rows(DirectoryQuery(search: "kumppanuuspöydän"), offset: 0, limit: 10).map(\.name)
        XCTAssertEqual(Set(inflected), ["Asikkalan Eläkkeensaajat ry", "Lahden Partiolaiset ry"])
        try f.directory.removeTag("kumppanuuspöytä kutsutut", from: [scouts])
        XCTAssertEqual(try f.directory.rows(DirectoryQuery(search: "kutsutut"), offset: 0, limit: 10).map(\.name),
                       ["Asikkalan Eläkkeensaajat ry"], "the index follows a removed tag")
        XCTAssertEqual(try f.directory.ids(taggedWith: "Kumppanuuspöytä kutsutut"), [pensioners])
    }

    func testTheExportHasATagsColumnAndImportingItChangesNothing() throws {
        try f.directory.addTag("kutsutut", to: [carers])
        try f.directory.addTag("avustus 2027", to: [carers])
        let (text, count) = try AssociationExport.csvText(from: f.db, ids: [carers], today: "2026-11-23")
        XCTAssertEqual(count, 1)
        let lines = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(lines[0].hasSuffix(";toimintoja;tunnisteet"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix(";avustus 2027|kutsutut"), lines[1])
        let before = try f.db.query("SELECT * FROM associations ORDER BY id").map(\.values)
        let summary = try AssociationImport.run(data: Data(text.utf8), store: f.store)
        XCTAssertEqual([summary.inserted, summary.updated, summary.unchanged], [0, 0, 1], "the tags column is read-only and skipped")
        XCTAssertEqual(try f.db.query("SELECT * FROM associations ORDER BY id").map(\.values), before)
        XCTAssertEqual(try f.directory.tagNames(of: carers), ["avustus 2027", "kutsutut"])
    }

    func testAMergeKeepsTheRemovedAssociationsTags() throws {
        try f.directory.addTag("kutsutut", to: [scouts])
        _ = try f.directory.merge(keep: carers, remove: scouts)
        XCTAssertEqual(try f.directory.tagNames(of: carers), ["kutsutut"])
    }

    func testSavedSearchesKeepTextFiltersAndOrderAndAreReplacedByName() throws {
        var query = DirectoryQuery(search: "omais", sort: .municipality)
        query.filter.municipalityCode = "111"
        query.filter.tag = "kutsutut"
        query.filter.hasOpenGrant = false
        XCTAssertEqual(try f.directory.saveSearch(" Heinolan  omaiset ", query), "Heinolan omaiset")
        XCTAssertEqual(try f.directory.savedSearches(), [SavedSearch(name: "Heinolan omaiset", query: query)])
        var other = DirectoryQuery(search: "partio")
        other.filter.status = .dormant
        try f.directory.saveSearch("heinolan OMAISET", other)
        XCTAssertEqual(try f.directory.savedSearches(), [SavedSearch(name: "heinolan OMAISET", query: other)], "same name: replaced")
        XCTAssertTrue(try f.directory.deleteSavedSearch("Heinolan omaiset"))
        XCTAssertFalse(try f.directory.deleteSavedSearch("Heinolan omaiset"))
        XCTAssertEqual(try f.directory.savedSearches(), [])
    }

    func testTheEmailListDeduplicatesAndListsTheSkipped() throws {
        try f.db.write {
            try f.db.run("UPDATE associations SET email = 'Info@Omaiset.FI' WHERE id = ?", carers)
            try f.db.run("UPDATE associations SET email = 'info@omaiset.fi' WHERE id = ?", scouts)
            try f.db.run("UPDATE associations SET email = 'ei-osoite@' WHERE id = ?", pensioners)
        }
        let extra = try f.add("Hollolan Martat ry", municipality: "Hollola")
        var contact = PersonRoleDraft()
        contact.name = "Maija Martta"; contact.email = "maija@martat.fi"
        _ = try f.directory.saveRole(contact, association: extra)
        let none = try f.add("Orimattilan Kyläseura ry", municipality: "Orimattila")
        let list = try EmailList.make(ids: [carers, scouts, pensioners, extra, none], directory: f.directory,
                                      today: "2026-11-23", language: .fi)
        XCTAssertEqual(list.bccLine, "Info@omaiset.fi; maija@martat.fi")
        let text = list.bccDocument(.fi)
        XCTAssertTrue(text.hasPrefix("Info@omaiset.fi; maija@martat.fi\n"), text)
        XCTAssertTrue(text.contains("Asikkalan Eläkkeensaajat ry: virheellinen osoite ei-osoite@"), text)
        XCTAssertTrue(text.contains("Orimattilan Kyläseura ry: ei sähköpostiosoitetta"), text)
        let csv = list.document(for: "kutsu.CSV", language: .fi).dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(csv[0], "yhteyshenkilo;yhdistys;kunta;sahkoposti")
        XCTAssertEqual(csv[1], ";Heinolan Omaishoitajat ry;Heinola;Info@omaiset.fi")
        XCTAssertEqual(csv[2], "Maija Martta;Hollolan Martat ry;Hollola;maija@martat.fi")
    }

    func testTheNewTablesAreExchangedByTheSyncAndTheLocalOnesAreNot() {
        for table in ["tags", "association_tags", "saved_searches"] { XCTAssertTrue(SyncTables.isExchanged(table), table) }
    }
}

/// Tags and saved searches travel between copies like the directory's other data, and the same
/// tag made on both laptops offline is one tag after the exchange.
final class DirectoryTagsSyncTests: XCTestCase {
    func testTagsAndSavedSearchesTravelAndTheSameTagMadeTwiceIsOne() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let ids = try a.database.query("SELECT id FROM associations ORDER BY id LIMIT 3").compactMap { $0.int64("id") }
        try DirectoryStore(store: a).addTag("Kutsutut", to: [ids[0], ids[1]])
        try DirectoryStore(store: a).saveSearch("Omaiset", DirectoryQuery(search: "omais"))
        try DirectoryStore(store: b).addTag("kutsutut", to: [ids[2]])
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        _ = try Sync.exchange(a, folder: fixture.exchange)
        for store in [a, b] {
            let directory = DirectoryStore(store: store)
            XCTAssertEqual(try directory.tags().map(\.count), [3], "one tag on three associations")
            XCTAssertEqual(Set(try directory.ids(taggedWith: "kutsutut")), Set(ids))
            XCTAssertEqual(try directory.savedSearches().map(\.name), ["Omaiset"])
            XCTAssertEqual(Set(try directory.rows(DirectoryQuery(search: "kutsutut"), offset: 0, limit: 10).map(\.id)), Set(ids),
                           "the applied tags are searchable too")
        }
        XCTAssertEqual(try SyncFixture.record(a)["association_tags"]?.count, 3)
    }
}
