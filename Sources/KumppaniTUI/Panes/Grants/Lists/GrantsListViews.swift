import Kumppani

/// A titled list of lines, some of which lead to an application (Enter opens it):
/// the warnings, disqualification and due views.
struct SideList {
    var title: String
    var lines: [StyledLine]
    /// The application each line leads to, if any.
    var targets: [Int64?]
    var selected = 0

    init(title: String, lines: [(StyledLine, Int64?)]) {
        self.title = title
        self.lines = lines.map(\.0)
        self.targets = lines.map(\.1)
        selected = targets.firstIndex { $0 != nil } ?? 0
    }

    var selectedTarget: Int64? { targets.indices.contains(selected) ? targets[selected] : nil }

    mutating func move(by step: Int) {
        guard !lines.isEmpty else { return }
        selected = min(max(0, selected + step), lines.count - 1)
    }

    func render(into frame: inout Frame, in area: Rect, emptyText: String) {
        guard area.height > 2 else { return }
        frame.put(title, x: area.x + 1, y: area.y, role: .title, maxWidth: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        if lines.isEmpty { frame.put(emptyText, x: body.x + 1, y: body.y, role: .dim, maxWidth: body.width - 2); return }
        // Long lines wrap (a due date or a reason is never cut off); a selected line lights all its rows.
        var rows: [(line: StyledLine, owner: Int)] = []
        for (i, line) in lines.enumerated() { rows += line.wrapped(width: body.width - 2).map { ($0, i) } }
        let firstRow = rows.firstIndex { $0.owner == selected } ?? 0
        let top = ScrollWindow.top(selected: firstRow, count: rows.count, height: body.height)
        for (r, row) in rows.enumerated().dropFirst(top).prefix(body.height) {
            let y = body.y + r - top
            let isSelected = row.owner == selected && targets[row.owner] != nil
            if isSelected { frame.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selection) }
            frame.put(row.line.text, x: body.x + 1 + row.line.indent, y: y, role: isSelected ? .selection : row.line.role,
                      maxWidth: body.width - 2 - row.line.indent)
        }
    }
}

/// Builds the side lists from the domain layer.
enum GrantsSideLists {
    static func warnings(store: Store, round: GrantRound, today: CivilDate, language: Language) throws -> SideList {
        let l = L(language)
        var lines: [(StyledLine, Int64?)] = []
        var lastName = ""
        for w in try ContinuityCheck(store: store).warnings(roundID: round.id, today: today) {
            if w.associationName != lastName {
                lines.append((StyledLine(w.associationName + (w.applicationID == nil ? " — " + l["grants.warnings.no_application"] : ""), .header), w.applicationID))
                lastName = w.associationName
            }
            lines.append((w.kind.isSerious ? StyledLine("! " + w.message(language), .warning, indent: 2)
                                           : StyledLine("· " + w.message(language), .normal, indent: 2), w.applicationID))
        }
        return SideList(title: l["grants.warnings.title", round.name], lines: lines)
    }

    static func conflicts(store: Store, round: GrantRound, today: CivilDate, language: Language) throws -> SideList {
        let l = L(language)
        let body = try round.decidingBodyID.flatMap { try store.database.scalarString("SELECT name FROM bodies WHERE id = ?", $0) }
        var lines: [(StyledLine, Int64?)] = []
        if body == nil { lines.append((StyledLine(l["grants.conflicts.no_body"], .warning), nil)) }
        var lastName = ""
        for c in try DisqualificationCheck(store: store).conflicts(roundID: round.id, on: today, language: language) {
            if c.associationName != lastName {
                lines.append((StyledLine(c.associationName, .header), c.applicationID))
                lastName = c.associationName
            }
            lines.append((StyledLine(l["grants.conflicts.line", c.personName, c.reason], indent: 2), c.applicationID))
        }
        return SideList(title: l["grants.conflicts.title", round.name, body ?? "–"], lines: lines)
    }

    static func due(store: Store, today: CivilDate, language: Language) throws -> SideList {
        let l = L(language)
        let items = try DueList.items(store: store, today: today)
        let lines = items.map { item -> (StyledLine, Int64?) in
            let role: StyleRole
            switch item.kind {
            case .reportOverdue: role = .error
            case .reportDueSoon: role = .warning
            case .notFullyPaid: role = .normal
            }
            return (StyledLine("\(item.associationName) · \(item.roundName): \(item.message(language))", role), item.applicationID)
        }
        return SideList(title: l["grants.due.title", today.formatted(language)], lines: lines)
    }
}
