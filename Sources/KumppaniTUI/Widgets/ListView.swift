/// One row of a list: its cell texts (one per column) and how the whole row looks.
public struct ListRow: Equatable, Sendable {
    public var cells: [String]
    /// `.normal`, or e.g. `.highlight` for a follow-up, `.strike` for a done action, `.dim`.
    public var role: StyleRole

    public init(_ cells: [String], role: StyleRole = .normal) {
        self.cells = cells; self.role = role
    }
}

/// Where a list gets its rows. Asked only for the rows on screen, so a 100,000-row SQLite
/// query can back a list that opens at once (use LIMIT/OFFSET or a keyset on the range).
public protocol ListDataSource {
    var count: Int { get }
    func rows(in range: Range<Int>) -> [ListRow]
}

/// A data source over rows already in memory (short lists, tests).
public struct ArrayListSource: ListDataSource, Sendable {
    public var items: [ListRow]
    public init(_ items: [ListRow]) { self.items = items }
    public var count: Int { items.count }
    public func rows(in range: Range<Int>) -> [ListRow] { Array(items[range.clamped(to: 0..<items.count)]) }
}

/// How wide a column is.
public enum ColumnWidth: Equatable, Sendable {
    case fixed(Int)
    /// Shares the room left by fixed columns, in proportion to `weight`, never under `min`.
    case flexible(min: Int, weight: Int)
}

public struct ListColumn: Equatable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment
    /// How a cell too wide for the column is cut (`ListCellFit.swift`).
    public var overflow: CellOverflow

    public init(_ title: String, width: ColumnWidth = .flexible(min: 4, weight: 1), alignment: TextAlignment = .left,
                overflow: CellOverflow = .ellipsis) {
        self.title = title; self.width = width; self.alignment = alignment; self.overflow = overflow
    }

    /// Column widths for a total width; columns are separated by one space.
    public static func layout(_ columns: [ListColumn], width: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var room = width - (columns.count - 1)
        var widths = columns.map { column -> Int in
            if case .fixed(let n) = column.width { return max(0, n) }
            if case .flexible(let minimum, _) = column.width { return max(0, minimum) }
            return 0
        }
        room -= widths.reduce(0, +)
        let weights = columns.map { column -> Int in
            if case .flexible(_, let weight) = column.width { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if room > 0, totalWeight > 0 {
            var given = 0
            for i in widths.indices where weights[i] > 0 {
                let share = room * weights[i] / totalWeight
                widths[i] += share; given += share
            }
            // Rounding leftovers go to the last flexible column.
            if let last = weights.lastIndex(where: { $0 > 0 }) { widths[last] += room - given }
        } else if room < 0 {
            // Too narrow: take columns away from the right.
            var excess = -room
            for i in widths.indices.reversed() where excess > 0 {
                let cut = min(widths[i], excess)
                widths[i] -= cut; excess -= cut
            }
        }
        return widths
    }
}

/// A scrollable, selectable table over a `ListDataSource`. It keeps only the visible page of
/// rows and asks the source again when it scrolls.
///
/// Call `setViewport(height:)` with the list's rect height (header included) so paging and
/// scrolling know the page size; call `reload()` when the data changed.
public struct ListView {
    public var columns: [ListColumn]
    /// Shown dim in the middle when there are no rows, e.g. `L(lang)["widgets.empty"]`.
    public var emptyText: String
    public var showsHeader: Bool
    public private(set) var source: any ListDataSource
    public private(set) var count: Int
    /// The selected row index, or nil when the list is empty.
    public private(set) var selection: Int?
    /// The first row shown.
    public private(set) var top = 0
    var pageHeight = 10
    var cachedRange: Range<Int> = 0..<0
    var cachedRows: [ListRow] = []

    public init(columns: [ListColumn], source: any ListDataSource, emptyText: String, showsHeader: Bool = true) {
        self.columns = columns
        self.source = source
        self.emptyText = emptyText
        self.showsHeader = showsHeader
        count = source.count
        selection = count > 0 ? 0 : nil
    }

    /// The selected row, from the visible page.
    public var selectedRow: ListRow? {
        guard let selection, cachedRange.contains(selection) else { return nil }
        return cachedRows[selection - cachedRange.lowerBound]
    }

    /// Rows shown in a rect of `height` lines.
    func rowsVisible(inHeight height: Int) -> Int { max(1, height - (showsHeader ? 1 : 0)) }

    public mutating func setViewport(height: Int) {
        pageHeight = rowsVisible(inHeight: height)
        scrollToSelection()
    }

    /// Re-reads the count and drops cached rows; keeps the selection where it can.
    public mutating func reload() {
        count = source.count
        cachedRange = 0..<0; cachedRows = []
        if count == 0 { selection = nil } else { selection = min(selection ?? 0, count - 1) }
        scrollToSelection()
    }

    /// The same list over another wording of the same rows (as many, in the same order, e.g.
    /// shorter words for a narrow window): the selection and the scroll stay as they are.
    public func showing(_ other: any ListDataSource) -> ListView {
        var copy = self
        copy.source = other
        copy.cachedRange = 0..<0; copy.cachedRows = []
        copy.fetchVisible()
        return copy
    }

    /// Replaces the data source (a new filter or sort) and selects the first row.
    public mutating func setSource(_ newSource: any ListDataSource) {
        source = newSource
        selection = nil
        top = 0
        reload()
    }

    /// Selects a row (clamped) and scrolls it into view.
    public mutating func select(_ index: Int) {
        guard count > 0 else { return }
        selection = min(max(0, index), count - 1)
        scrollToSelection()
    }

    public mutating func handle(_ event: Event) -> WidgetResult {
        guard case .key(let key) = event else { return .ignored }
        let page = max(1, pageHeight - 1)
        let target: Int
        switch key {
        case .up: target = (selection ?? 0) - 1
        case .down: target = (selection ?? -1) + 1
        case .pageUp: target = (selection ?? 0) - page
        case .pageDown: target = (selection ?? 0) + page
        case .home: target = 0
        case .end: target = count - 1
        case .enter:
            guard let selection else { return .handled }
            return .activated(selection)
        default: return .ignored
        }
        guard count > 0 else { return .handled }
        let before = selection
        select(target)
        return selection == before ? .handled : .changed
    }

    mutating func scrollToSelection() {
        let maxTop = max(0, count - pageHeight)
        if let selection {
            if selection < top { top = selection }
            if selection >= top + pageHeight { top = selection - pageHeight + 1 }
        }
        top = min(max(0, top), maxTop)
        fetchVisible()
    }

    /// Asks the source for the visible page unless it is already cached.
    mutating func fetchVisible() {
        let needed = top..<min(count, top + pageHeight)
        guard !needed.isEmpty else { cachedRange = 0..<0; cachedRows = []; return }
        if cachedRange.lowerBound <= needed.lowerBound && needed.upperBound <= cachedRange.upperBound { return }
        cachedRows = source.rows(in: needed)
        cachedRange = needed.lowerBound..<(needed.lowerBound + cachedRows.count)
    }

    // MARK: Drawing

    public func render(into frame: inout Frame, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        frame.fill(rect, role: .normal)
        let widths = ListColumn.layout(columns, width: rect.width)
        var body = rect
        if showsHeader {
            let header = rect.row(0)
            frame.fill(header, role: .header)
            frame.put(line(columns.map(\.title), widths: widths), x: rect.x, y: rect.y, role: .header, clip: header)
            body = rect.splitTop(1).1
        }
        guard count > 0 else {
            if body.height > 0 {
                let y = body.y + (body.height - 1) / 2
                let shown = TextLayout.pad(emptyText, to: body.width, alignment: .center)
                frame.put(shown, x: body.x, y: y, role: .dim, clip: body)
            }
            return
        }
        // The stored scroll fits the page size we were told; recheck for this rect.
        var first = top
        if let selection {
            if selection < first { first = selection }
            if selection >= first + body.height { first = selection - body.height + 1 }
        }
        let visible = first..<min(count, first + body.height)
        let rows: [ListRow]
        var offset = 0
        if cachedRange.lowerBound <= visible.lowerBound && visible.upperBound <= cachedRange.upperBound {
            rows = cachedRows; offset = cachedRange.lowerBound
        } else {
            rows = source.rows(in: visible); offset = visible.lowerBound
        }
        for index in visible {
            let i = index - offset
            guard i >= 0, i < rows.count else { break }
            let y = body.y + index - first
            let row = rows[i]
            frame.put(line(row.cells, widths: widths), x: body.x, y: y, role: row.role, clip: body)
            if index == selection {
                frame.paint(Rect(x: body.x, y: y, width: body.width, height: 1), role: focused ? .selection : .selectionInactive)
            }
        }
    }

    /// Cells padded to their column widths and joined by single spaces.
    func line(_ cells: [String], widths: [Int]) -> String {
        var out = ""
        for (i, w) in widths.enumerated() {
            if i > 0 { out += " " }
            let cell = i < cells.count ? cells[i] : ""
            let fitted = columns[i].overflow.fit(cell.replacingNewlines(), width: w)
            out += TextLayout.pad(fitted, to: w, alignment: columns[i].alignment)
        }
        return out
    }
}

extension String {
    /// Table cells show one line: line breaks and tabs become spaces.
    func replacingNewlines() -> String { GraphemeText.singleLine(self) }
}
