/// How a list cell wider than its column is cut.
public enum CellOverflow: Equatable, Sendable {
    /// The text cut with "…" (the default).
    case ellipsis
    /// The cell holds items joined by `separator` (a character no item holds, e.g. `|` between
    /// tags): as many whole items as fit are shown joined by ", ", and "+n" counts the rest, so a
    /// narrow column still says how many there are ("hanke +2").
    case countingRest(separator: Character)

    /// The cell as shown in `width` columns (at most that wide; `pad` fills it out).
    public func fit(_ cell: String, width: Int) -> String {
        switch self {
        case .ellipsis: return cell
        case .countingRest(let separator):
            let items = cell.split(separator: separator).map(String.init)
            return Self.items(items, width: width)
        }
    }

    /// "a, b, c" when it fits; else the items that fit whole, the next one cut with "…" when a
    /// few letters of it fit, and "+n" for the items not shown at all ("hanke, Kumppanuu… +2").
    public static func items(_ items: [String], width: Int) -> String {
        let all = items.joined(separator: ", ")
        guard width > 0, TextLayout.width(all) > width else { return all }
        var shown = ""
        for (i, item) in items.enumerated() {
            let prefix = i == 0 ? "" : shown + ", "
            let after = items.count - i - 1
            let suffix = after > 0 ? " +\(after)" : ""
            if TextLayout.width(prefix + item + suffix) <= width { shown = prefix + item; continue }
            // This item does not fit whole: a few letters of it, or "+n" from it on.
            let room = width - TextLayout.width(prefix) - TextLayout.width(suffix)
            if room >= 4 { return prefix + TextLayout.truncate(item, to: room) + suffix }
            if i > 0 { return shown + " +\(items.count - i)" }   // fitted as the suffix a step before
            let rest = " +\(items.count - 1)"
            let firstRoom = width - TextLayout.width(rest)
            return firstRoom >= 2 && items.count > 1 ? TextLayout.truncate(item, to: firstRoom) + rest : TextLayout.truncate(all, to: width)
        }
        return shown
    }
}
