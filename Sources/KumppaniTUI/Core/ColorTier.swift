/// How many colours the terminal can show, and how a theme's colours map onto them.
/// Pure, so the mapping is tested without a terminal; the presenter only applies the result.
public enum ColorTier: Int, Sendable, CaseIterable {
    case mono = 0
    case eight = 8
    case sixteen = 16
    case extended = 256

    /// `colors` is what the terminal reports (ncurses `COLORS`, 0 without colour support);
    /// `noColor` is `NO_COLOR` set (any value) or `--no-color`.
    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 { self = .mono }
        else if colors < 16 { self = .eight }
        else if colors < 256 { self = .sixteen }
        else { self = .extended }
    }

    /// The palette index to use, or nil for the terminal's own colour (ncurses -1). Always nil in mono.
    public func index(for color: ThemeColor) -> Int? {
        switch (self, color) {
        case (.mono, _), (_, .terminalDefault): return nil
        case (.extended, .indexed(let i)): return Int(i)
        case (.extended, .rgb(let r, let g, let b)): return Palette.nearest(to: (Int(r), Int(g), Int(b)), in: 16...255)
        case (.sixteen, .indexed(let i)) where i < 16: return Int(i)
        case (.sixteen, .indexed(let i)): return Palette.nearest(to: Palette.rgb(of: Int(i)), in: 0...15)
        case (.sixteen, .rgb(let r, let g, let b)): return Palette.nearest(to: (Int(r), Int(g), Int(b)), in: 0...15)
        case (.eight, .indexed(let i)) where i < 16: return Int(i) % 8
        case (.eight, .indexed(let i)): return Palette.nearest(to: Palette.rgb(of: Int(i)), in: 0...7)
        case (.eight, .rgb(let r, let g, let b)): return Palette.nearest(to: (Int(r), Int(g), Int(b)), in: 0...7)
        }
    }

    /// A style as the terminal will show it. With eight colours a bright foreground (8–15)
    /// becomes its basic colour in bold, which most such terminals draw bright.
    public func resolve(_ style: TextStyle) -> ResolvedStyle {
        var bold = style.bold
        if self == .eight, case .indexed(let i) = style.fg, (8...15).contains(i) { bold = true }
        return ResolvedStyle(fg: index(for: style.fg) ?? -1, bg: index(for: style.bg) ?? -1,
                             bold: bold, underline: style.underline, reverse: style.reverse, dim: style.dim)
    }
}

/// A style in terminal terms: palette indices (-1 = the terminal's own colour) and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    public var fg: Int
    public var bg: Int
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
}

/// The xterm 256-colour palette, used to find the nearest colour a terminal can show.
public enum Palette {
    /// xterm's default values for the 16 basic colours (terminals differ; these are the usual reference).
    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a palette index 0–255.
    public static func rgb(of index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<0: return basic[0]
        case 0..<16: return basic[index]
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        case 232..<256:
            let v = 8 + 10 * (index - 232)
            return (v, v, v)
        default: return basic[15]
        }
    }

    /// The index in `range` closest to a colour. The weights follow how strongly the eye sees
    /// each channel, so greens and greys are not mistaken for each other.
    public static func nearest(to color: (Int, Int, Int), in range: ClosedRange<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let (r, g, b) = rgb(of: index)
            let dr = r - color.0, dg = g - color.1, db = b - color.2
            let distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db
            if distance < bestDistance { bestDistance = distance; best = index }
        }
        return best
    }
}
