/// New random 64-bit keys for a batch of inserts, handed out in ascending order.
///
/// The keys are as random as `Store.newID()` within their part of the key space (rows made on two
/// laptops still never collide), but a 100,000-row import then appends to the `associations` table
/// and to `association_categories` (keyed by association id) instead of inserting at random places
/// in B-trees larger than the page cache, which made SQLite read back and rewrite pages all over the
/// file (kumppani-bench).
///
/// The key space 1...Int64.max is cut into `count` equal slices and the n-th key is drawn at random
/// from the n-th slice: ascending and distinct without holding the keys. (Drawing them all up front
/// and sorting took 16 bytes a row: ~60 MB for the 3.7 million rows of a 1 GB file.)
struct AscendingIDs {
    private let count: Int
    private let slice: UInt64
    private var next = 0

    init(count: Int) {
        self.count = max(0, count)
        slice = self.count > 0 ? UInt64(Int64.max) / UInt64(self.count) : 0
    }

    /// The next key; past the prepared ones, a plain random key.
    mutating func take() -> Int64 {
        guard next < count, slice > 0 else { return Store.newID() }
        defer { next += 1 }
        let start = UInt64(next) * slice + 1
        return Int64(start + UInt64.random(in: 0..<slice))
    }
}
