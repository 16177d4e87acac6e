/// Column widths from what the rows on screen hold, for lists whose columns all matter (the
/// referral results, the follow-ups, the duplicate pairs): each flexible column gets its natural
/// width (its widest cell on screen, or its title) when they all fit, one of them taking what is
/// left; when they do not, the narrow ones keep theirs and only the wide ones are cut, to one
/// common width. So a short column never holds room a long one needs.
enum ColumnFit {
    /// `list` (its viewport already set for the rect) with its flexible columns sized for `width`.
    /// What is left over goes to column `restTo` (the last flexible one unless given), which
    /// stays flexible so a wider rect than this gives it the rest too.
    static func fitted(_ list: ListView, width: Int, restTo: Int? = nil) -> ListView {
        var out = list
        let flexible = list.columns.indices.filter { if case .flexible = list.columns[$0].width { return true } else { return false } }
        guard let lastFlexible = flexible.last else { return out }
        let page = list.top..<min(list.count, list.top + list.pageHeight)
        let rows = page.isEmpty ? [] : list.source.rows(in: page)
        let natural = flexible.map { i in
            rows.reduce(TextLayout.width(list.columns[i].title)) { widest, row in
                i < row.cells.count ? max(widest, ListColumn.cellWidth(row.cells[i], overflow: list.columns[i].overflow)) : widest
            }
        }
        let fixedWidth = { (column: ListColumn) -> Int in if case .fixed(let n) = column.width { return n } else { return 0 } }
        let room = max(0, width - (list.columns.count - 1) - list.columns.map(fixedWidth).reduce(0, +))
        let widths = fair(natural: natural, room: room)
        for (k, i) in flexible.enumerated() { out.columns[i].width = .fixed(widths[k]) }
        let target = restTo.flatMap { list.columns.indices.contains($0) ? $0 : nil } ?? lastFlexible
        out.columns[target].width = .flexible(min: fixedWidth(out.columns[target]) + room - widths.reduce(0, +), weight: 1)
        return out
    }

    /// Widths for columns of these natural widths in `room`: all natural when they fit; else
    /// the columns over a common cap are cut to it, so the widths fill the room.
    static func fair(natural: [Int], room: Int) -> [Int] {
        guard !natural.isEmpty else { return [] }
        let room = max(0, room)
        if natural.reduce(0, +) <= room { return natural }
        // The cap: narrow columns keep their width, the rest share what is left evenly.
        var remaining = room
        var open = natural.count
        var cap = 0
        for n in natural.sorted() {
            let share = remaining / open
            if n <= share { remaining -= n; open -= 1 } else { cap = share; break }
        }
        var out = natural.map { min($0, cap) }
        // Columns over the cap take what the division left, from the left.
        var extra = room - out.reduce(0, +)
        for i in out.indices where extra > 0 && natural[i] > out[i] { out[i] += 1; extra -= 1 }
        return out
    }
}
