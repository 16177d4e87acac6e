import Foundation
import XCTest
@testable import Kumppani

/// A large YTJ import brings the search index up to date in batches inside its transaction
/// (`YTJImport.indexEvery`): every company is found afterwards, by its name, an inflected or
/// compound word and its former name, the index is whole, and a fault after several batches
/// still writes nothing, index rows included.
final class YTJImportIndexingTests: XCTestCase {
    /// `count` associations in the bulk layout; record `broken` (if any) is not valid JSON.
    func bulk(_ count: Int, broken: Int? = nil) -> Data {
        var text = "["
        var base = 3_000_000
        for i in 0..<count {
            var check = BusinessID.checkDigit(forBase: String(base))
            while check == nil { base += 1; check = BusinessID.checkDigit(forBase: String(base)) }
            let comma = i == broken ? ",," : ","
            text += (i == 0 ? "" : ",\n") + #"{"businessId":{"value":"\#(base)-\#(check ?? 0)"}\#(comma)"names":["#
                + #"{"name":"Hakuseura\#(i) Omaishoitajat ry","type":"1","endDate":null,"version":1},"#
                + #"{"name":"Vanhanimi\#(i) ry","type":"1","endDate":"2010-01-01","version":2}],"#
                + #""companyForms":[{"type":"16","descriptions":[{"languageCode":"1","description":"Aatteellinen yhdistys"}]}],"#
                + #""addresses":[{"type":1,"street":"Katu \#(i)","postCode":"18100","postOffices":[{"city":"HEINOLA","languageCode":"1","municipalityCode":"111"}]}]}"#
            base += 1
        }
        return Data((text + "]").utf8)
    }

    func testEveryCompanyOfSeveralBatchesIsFoundAndTheIndexIsWhole() throws {
        let f = try DirectoryFixture()
        let count = 2 * YTJImport.indexEvery + 10
        let summary = try YTJImport.run(data: bulk(count), store: f.store, region: nil, dryRun: false)
        XCTAssertEqual(summary.addedCount, count)
        XCTAssertEqual(summary.added, [], "a real import counts, it does not keep the names")
        XCTAssertTrue(summary.headline(.en).contains("added \(count) new associations"), summary.headline(.en))
        for i in [0, YTJImport.indexEvery - 1, YTJImport.indexEvery, count - 1] {
            XCTAssertEqual(try f.names(search: "hakuseura\(i)"), ["Hakuseura\(i) Omaishoitajat ry"], "row \(i)")
            XCTAssertEqual(try f.names(search: "vanhanimi\(i)"), ["Hakuseura\(i) Omaishoitajat ry"], "former name, row \(i)")
        }
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM association_stem"), Int64(count))
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM association_fts"), Int64(count))
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM search_dirty"), 0)
        XCTAssertEqual(SearchIndex.integrityProblems(on: f.db), [])
    }

    func testAFaultAfterSeveralBatchesWritesNothingNotEvenIndexRows() throws {
        let f = try DirectoryFixture()
        XCTAssertThrowsError(try YTJImport.run(data: bulk(2 * YTJImport.indexEvery + 10, broken: 2 * YTJImport.indexEvery + 5),
                                               store: f.store, region: nil, dryRun: false))
        for table in ["associations", "association_former_names", "association_fts", "association_stem", "association_trigram",
                      "search_vocabulary", "search_dirty"] {
            XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM \(table)"), 0, table)
        }
    }

    func testADryRunStillListsEveryName() throws {
        let f = try DirectoryFixture()
        let summary = try YTJImport.run(data: bulk(YTJImport.indexEvery + 3), store: f.store, region: nil, dryRun: true)
        XCTAssertEqual(summary.addedCount, YTJImport.indexEvery + 3)
        XCTAssertEqual(summary.added.count, YTJImport.indexEvery + 3)
        XCTAssertEqual(summary.added.last, "Hakuseura\(YTJImport.indexEvery + 2) Omaishoitajat ry")
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM associations"), 0)
    }
}
