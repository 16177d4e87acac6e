import Foundation

// TEMPORARY: copies of the Finnish rules (branch `finnish`) so the grant layer compiles before
// they land on main. This whole folder is deleted when main is merged.
extension FinnishCollation {
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        func key(_ s: String) -> [UInt32] {
            s.lowercased().unicodeScalars.map { c -> UInt32 in
                switch c { case "å": return 0x7B; case "ä": return 0x7C; case "ö": return 0x7D; default: return c.value }
            }
        }
        let ka = key(a), kb = key(b)
        if ka.lexicographicallyPrecedes(kb) { return .orderedAscending }
        if kb.lexicographicallyPrecedes(ka) { return .orderedDescending }
        return a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
    }
}
