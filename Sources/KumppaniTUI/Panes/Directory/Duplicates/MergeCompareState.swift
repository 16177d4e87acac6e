import Kumppani

/// The merge side by side: both records field by field; for each differing field the
/// coordinator picks left or right (←/→), then confirms. The left record is the one kept: its
/// activities, people, log, grants and every other reference stay, the right one's move to it.
struct MergeCompareState {
    let comparison: MergeComparison
    /// The columns whose right-hand value is chosen.
    var takeRight: Set<String>
    /// Index into `choosable` of the field the cursor is on.
    var cursor = 0
    /// The duplicates list to go back to with Esc (nil when opened from the `m` picker).
    var back: DuplicatesState?

    init(_ comparison: MergeComparison, back: DuplicatesState?) {
        self.comparison = comparison
        self.back = back
        // As the plain merge does: an empty field on the left takes the right one's value.
        takeRight = Set(comparison.lines.filter { $0.differs && Self.isEmpty($0.left) && !Self.isEmpty($0.right) }.map(\.field.column))
    }

    static func isEmpty(_ v: DatabaseValue) -> Bool {
        switch v {
        case .null: return true
        case .text(let s): return s.isEmpty
        default: return false
        }
    }

    /// The lines that differ: the ones a choice is made for.
    var choosable: [MergeComparison.Line] { comparison.lines.filter(\.differs) }

    var cursorColumn: String? { choosable.indices.contains(cursor) ? choosable[cursor].field.column : nil }

    mutating func move(_ step: Int) { cursor = max(0, min(choosable.count - 1, cursor + step)) }

    mutating func choose(right: Bool) {
        guard let column = cursorColumn else { return }
        if right { takeRight.insert(column) } else { takeRight.remove(column) }
    }

    /// The merge action's argument: "keep remove column,column".
    var argument: String {
        "\(comparison.left.id) \(comparison.right.id) =" + choosable.map(\.field.column).filter(takeRight.contains).joined(separator: ",")
    }
}
