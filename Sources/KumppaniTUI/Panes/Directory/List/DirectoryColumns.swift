/// How pane 1's list shares its width, from what the rows on screen hold: the name comes first
/// and gets its natural width (its longest name on screen) whenever the list has it; the
/// municipality gets its own natural width; the Tags column only what is left after those, or
/// a small share when the window is wide, and none when that would be too narrow to read (the
/// tags stay in the detail). Computed while drawing, from the page already read, so a resize
/// lays out the first frame at the new width.
enum DirectoryColumns {
    /// Narrower than this, a Tags column is left out.
    static let tagsMinimum = 8
    /// The municipality column never takes more ("Mänttä-Vilppula" fits).
    static let municipalityMaximum = 16
    /// From this much room for name and tags, tags get a share even when a name is longer.
    static let roomForTagsShare = 60

    /// Which columns the list has: the mark column first, the Tags column last.
    struct Shape {
        var marks: Bool
        var tags: Bool
    }

    /// `columns` as `reload` built them (mark?, name, municipality, status or last contact,
    /// tags?) with widths for `width`; the Tags column is dropped when it does not fit.
    static func fitted(_ columns: [ListColumn], shape: Shape, rows: [ListRow], width: Int) -> [ListColumn] {
        let name = shape.marks ? 1 : 0, municipality = name + 1, third = name + 2, tags = name + 3
        guard columns.count == (shape.tags ? tags + 1 : tags) else { return columns }
        let natural = { (i: Int) -> Int in
            rows.map { i < $0.cells.count ? ListColumn.cellWidth($0.cells[i], overflow: columns[i].overflow) : 0 }
                .max().map { max($0, TextLayout.width(columns[i].title)) } ?? TextLayout.width(columns[i].title)
        }
        let fixed = (shape.marks ? fixedWidth(columns[0]) : 0) + fixedWidth(columns[third])
        let municipalityWidth = min(natural(municipality), municipalityMaximum)
        var out = columns
        out[municipality].width = .fixed(municipalityWidth)
        // Name and tags share this (one space between each pair of columns).
        let withoutTags = max(0, width - fixed - municipalityWidth - (tags - 1))
        var nameWidth = withoutTags
        if shape.tags {
            let room = withoutTags - 1
            let left = room - natural(name)
            let tagsWidth: Int
            if left >= tagsMinimum { tagsWidth = min(left, natural(tags)) }
            else if room >= roomForTagsShare { tagsWidth = max(tagsMinimum, min(natural(tags), room / 6)) }
            else { tagsWidth = 0 }
            if tagsWidth > 0 {
                out[tags].width = .fixed(tagsWidth)
                nameWidth = room - tagsWidth
            } else {
                out.remove(at: tags)
            }
        }
        // Flexible, so a rect wider than the one fitted gives the name the rest.
        out[name].width = .flexible(min: nameWidth, weight: 1)
        return out
    }

    private static func fixedWidth(_ column: ListColumn) -> Int {
        if case .fixed(let n) = column.width { return n }
        return 0
    }
}

extension ListColumn {
    /// How wide a cell is when nothing is cut (a list of tags as ", " joins it).
    static func cellWidth(_ cell: String, overflow: CellOverflow) -> Int {
        TextLayout.width(overflow.fit(cell.replacingNewlines(), width: Int.max))
    }
}
