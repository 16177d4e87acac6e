import XCTest
@testable import Kumppani

final class RowColumnTests: XCTestCase {
    /// Under the test runner a read of a column the query did not select stops the run with its
    /// name (`Row.value`); this guards that the runner is recognised, so the check is really on.
    func testTheTestRunnerIsRecognisedSoUnknownColumnsStopTheRun() {
        XCTAssertTrue(Row.isUnderTest, ProcessInfo.processInfo.processName)
    }

    func testTypedReadsOfSelectedColumns() throws {
        let db = try Database.inMemory()
        let row = try XCTUnwrap(db.query("SELECT 'Lahti' AS name, 398 AS code, NULL AS none, 1 AS flag").first)
        XCTAssertEqual(row.string("name"), "Lahti")
        XCTAssertEqual(row.int("code"), 398)
        XCTAssertNil(row.string("none"))
        XCTAssertTrue(row.bool("flag"))
    }
}
