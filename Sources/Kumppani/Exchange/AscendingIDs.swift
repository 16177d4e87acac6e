/// New random 64-bit keys for a batch of inserts, handed out in ascending order.
///
/// The keys are as random as `Store.newID()` (rows made on two laptops still never collide), but
/// a 100,000-row import then appends to the `associations` table and to `association_categories`
/// (keyed by association id) instead of inserting at random places in B-trees larger than the page
/// cache, which made SQLite read back and rewrite pages all over the file (kumppani-bench).
struct AscendingIDs {
    private var ids: [Int64]
    private var next = 0

    init(count: Int) {
        var unique = Set<Int64>(minimumCapacity: max(0, count))
        while unique.count < count { unique.insert(Store.newID()) }
        ids = unique.sorted()
    }

    /// The next key; past the prepared ones, a plain random key.
    mutating func take() -> Int64 {
        guard next < ids.count else { return Store.newID() }
        defer { next += 1 }
        return ids[next]
    }
}
