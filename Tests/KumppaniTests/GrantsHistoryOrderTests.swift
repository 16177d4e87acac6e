import XCTest
@testable import Kumppani

/// History written without a sequence number (imported or generated data, seq 0) still reads
/// oldest first, and moves made in the program come after it.
final class GrantsHistoryOrderTests: XCTestCase {
    func testHistoryWithoutSequenceNumbersIsInTimeOrderAndNewMovesFollow() throws {
        let f = try GrantsFixture()
        let app = try f.application(round: try f.round(), association: try f.association("Lahden Martat ry"), requested: 1_000_00)
        try f.db.write {
            try f.db.run("DELETE FROM stage_history WHERE application_id = ?", app)
            // Inserted out of time order, all with the default seq 0.
            for (from, to, at) in [("in_review", "proposed", "2025-12-25T10:00:00Z"), (nil, "received", "2025-10-31T08:00:00Z"),
                                   ("received", "in_review", "2025-11-15T09:00:00Z")] as [(String?, String, String)] {
                try f.db.run("INSERT INTO stage_history(id, application_id, from_stage, to_stage, at, os_user, note) VALUES (?,?,?,?,?,'demo','')",
                             Store.newID(), app, from, to, at)
            }
            try f.db.run("UPDATE grant_applications SET stage = 'proposed', proposed_cents = 50000, reasoning = 'x' WHERE id = ?", app)
        }
        XCTAssertEqual(try f.grants.history(applicationID: app).map(\.to), [.received, .inReview, .proposed])
        // Moving back returns to where the latest move came from.
        XCTAssertEqual(try f.grants.moveBackward(applicationID: app), .inReview)
        XCTAssertEqual(try f.grants.history(applicationID: app).map(\.to), [.received, .inReview, .proposed, .inReview])
    }
}
