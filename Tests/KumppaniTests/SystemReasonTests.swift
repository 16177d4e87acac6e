import XCTest
@testable import Kumppani

/// The operating system's English reasons are said in the user's language.
final class SystemReasonTests: XCTestCase {
    func testABackupIntoAMissingFolderIsExplainedInFinnish() throws {
        let store = try Store.inMemory()
        let target = "/tmp/kumppani-ei-ole-\(UUID().uuidString)/kopio.sqlite"
        XCTAssertThrowsError(try Backup.write(from: store.database, to: target)) { error in
            let fi = (error as? StoreError)?.message(.fi) ?? ""
            XCTAssertTrue(fi.contains("tiedostoa tai kansiota ei ole"), fi)
            XCTAssertFalse(fi.contains("No such file"), fi)
            XCTAssertTrue(((error as? StoreError)?.message(.en) ?? "").contains("no such file or folder"))
        }
    }

    func testUnknownReasonsPassThroughAndKnownOnesAreReplacedInPlace() {
        let notDir = String(cString: strerror(ENOTDIR))
        XCTAssertEqual(SystemReason.localized("x: " + notDir, .fi), "x: polussa on tiedosto kansion paikalla")
        XCTAssertEqual(SystemReason.localized("outo syy", .fi), "outo syy")
    }
}
