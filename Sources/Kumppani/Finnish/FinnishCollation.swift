import Foundation

// Placeholder until the Finnish rules land (branch `finnish`).
public enum FinnishCollation {
    public static func register(on db: Database) throws {}
}
