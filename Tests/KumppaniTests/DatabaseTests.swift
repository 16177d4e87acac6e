import XCTest
@testable import Kumppani

final class DatabaseTests: XCTestCase {
    func testWriteRollsBackWhenBodyThrows() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(x INTEGER) STRICT")
        struct Boom: Error {}
        XCTAssertThrowsError(try db.write {
            try db.run("INSERT INTO t VALUES (?)", 1)
            throw Boom()
        })
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t"), 0)
        try db.write { try db.run("INSERT INTO t VALUES (?)", 2) }
        XCTAssertEqual(try db.scalarInt("SELECT x FROM t"), 2)
    }

    func testErrorsCarrySQLiteMessage() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(x INTEGER NOT NULL) STRICT")
        do {
            try db.run("INSERT INTO t VALUES (?)", "12,50")
            XCTFail("STRICT must refuse text in an INTEGER column")
        } catch let error as DatabaseError {
            XCTAssertTrue(error.isConstraint, "\(error.code)")
            XCTAssertTrue(error.message.contains("cannot store TEXT"), error.message)
        }
    }

    func testBoundParametersAreNotSQL() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(x TEXT) STRICT")
        let hostile = "x'); DROP TABLE t; --"
        try db.run("INSERT INTO t VALUES (?)", hostile)
        XCTAssertEqual(try db.scalarString("SELECT x FROM t"), hostile)
    }

    func testNestedWriteBecomesSavepoint() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(x INTEGER) STRICT")
        struct Boom: Error {}
        try db.write {
            try db.run("INSERT INTO t VALUES (1)")
            try? db.write {
                try db.run("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        XCTAssertEqual(try db.query("SELECT x FROM t").compactMap { $0.int("x") }, [1])
    }
}
