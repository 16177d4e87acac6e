import Foundation

/// Notices commits that other connections (another window on the same file) made.
///
/// `PRAGMA data_version` on a connection changes when any *other* connection commits, and
/// never for the connection's own commits; reading it costs a few microseconds, so the UI
/// can ask on every idle tick.
public final class ExternalChanges {
    let database: Database
    private var lastSeen: Int64?

    public init(database: Database) {
        self.database = database
        lastSeen = try? database.scalarInt("PRAGMA data_version")
    }

    /// True once after each batch of other connections' commits since the last call.
    public func check() -> Bool {
        guard let current = try? database.scalarInt("PRAGMA data_version") else { return false }
        defer { lastSeen = current }
        guard let lastSeen else { return false }
        return current != lastSeen
    }
}
