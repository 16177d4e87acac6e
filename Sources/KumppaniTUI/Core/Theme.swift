/// A colour as a theme names it. The presenter maps it to what the terminal can show (`ColorTier`).
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (ncurses colour -1).
    case terminalDefault
    /// A palette index: 0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm cube and greys.
    case indexed(UInt8)
    /// A true colour from `#rrggbb`, shown as the nearest palette colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// How one style role looks.
public struct TextStyle: Hashable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.underline = underline; self.reverse = reverse; self.dim = dim
    }

    public static let plain = TextStyle()

    /// True when the style uses no colour at all, only attributes.
    public var isMonochrome: Bool { fg == .terminalDefault && bg == .terminalDefault }
}

/// Maps every `StyleRole` to a `TextStyle`. Views pick roles; only the theme picks colours.
public struct Theme: Equatable, Sendable {
    public var name: String
    public private(set) var styles: [StyleRole: TextStyle]

    /// Roles missing from `styles` take their style from `base` (so a user theme may be partial).
    public init(name: String, styles: [StyleRole: TextStyle], base: [StyleRole: TextStyle] = [:]) {
        self.name = name
        var all = base
        all.merge(styles) { _, new in new }
        self.styles = all
    }

    public subscript(role: StyleRole) -> TextStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// True when no role uses a colour (the mono theme): it looks the same in every colour tier.
    public var isMonochrome: Bool { StyleRole.allCases.allSatisfy { self[$0].isMonochrome } }

    /// The theme to draw with in a tier: without colours, a colour theme would lose its selection
    /// bars and error highlights, so the built-in mono theme (attributes only) takes over.
    public func effective(for tier: ColorTier) -> Theme {
        tier == .mono && !isMonochrome ? Theme.builtInMono : self
    }

    /// Compiled in so the program works even when no theme file can be found.
    /// (Built from the parsed rules directly: a problem here must not fall back to itself; a test
    /// checks that both built-in sources parse cleanly and match the shipped files.)
    public static let builtInDefault = Theme(name: "default",
                                             styles: ThemeParser.parse(BuiltInThemes.defaultSource, file: "default.theme").styles)
    /// The attributes-only theme used without colours.
    public static let builtInMono = Theme(name: "mono",
                                          styles: ThemeParser.parse(BuiltInThemes.monoSource, file: "mono.theme").styles)
}
