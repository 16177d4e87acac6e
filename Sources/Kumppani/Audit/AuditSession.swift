import Foundation

/// Who and when for the audit trail (see `Schema5Audit`): a write transaction whose audited
/// changes are attributed to `osUser` at `at`. The `audit_session` row exists only inside the
/// transaction, so another connection or a later raw write can never borrow it.
public enum AuditSession {
    /// Runs `body` in `db.write { }` with the session set; nested calls restore the outer one.
    /// `at` nil: each record keeps its own creation time (the demo's history is in the past).
    @discardableResult
    public static func write<T>(on db: Database, osUser: String, at: Date?, _ body: () throws -> T) throws -> T {
        try db.write {
            let outer = try db.queryOne("SELECT os_user, at FROM audit_session WHERE id = 1")
            try db.run("INSERT OR REPLACE INTO audit_session(id, os_user, at) VALUES (1, ?, ?)", osUser, at.map(Timestamp.iso))
            let result = try body()
            if let outer {
                try db.run("INSERT OR REPLACE INTO audit_session(id, os_user, at) VALUES (1, ?, ?)",
                           outer.string("os_user"), outer.string("at"))
            } else {
                try db.run("DELETE FROM audit_session")
            }
            return result
        }
    }
}

extension Store {
    /// A write transaction audited as this process's operating-system user at the store's clock.
    @discardableResult
    public func auditedWrite<T>(osUser: String = OSUser.current(), _ body: () throws -> T) throws -> T {
        try AuditSession.write(on: database, osUser: osUser, at: clock.now(), body)
    }
}
