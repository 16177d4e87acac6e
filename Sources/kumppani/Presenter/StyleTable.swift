import CNcurses
import KumppaniTUI

/// The ncurses attributes and colour pair for every style role of one theme in one colour tier.
/// One pair per role: there are far fewer roles than pairs even on an 8-colour terminal.
struct StyleTable {
    struct Entry {
        var attributes: attr_t
        var pair: Int16
    }

    let theme: Theme
    private var entries: [StyleRole: Entry] = [:]

    /// Defines the colour pairs (so call it again when the theme changes).
    /// `defaultColors` is false when `use_default_colors` failed: -1 then becomes white on black.
    init(theme: Theme, tier: ColorTier, defaultColors: Bool) {
        self.theme = theme
        let effective = theme.effective(for: tier)
        let pairsAvailable = Int(kumppani_color_pairs())
        for (index, role) in StyleRole.allCases.enumerated() {
            let resolved = tier.resolve(effective[role])
            var pair: Int16 = 0
            if tier != .mono, index + 1 < pairsAvailable, resolved.fg != -1 || resolved.bg != -1 || !defaultColors {
                pair = Int16(index + 1)
                let fg = resolved.fg == -1 && !defaultColors ? Int16(COLOR_WHITE) : Int16(resolved.fg)
                let bg = resolved.bg == -1 && !defaultColors ? Int16(COLOR_BLACK) : Int16(resolved.bg)
                init_pair(pair, fg, bg)
            }
            var attributes = kumppani_a_normal()
            if resolved.bold { attributes |= kumppani_a_bold() }
            if resolved.underline { attributes |= kumppani_a_underline() }
            if resolved.reverse { attributes |= kumppani_a_reverse() }
            if resolved.dim { attributes |= kumppani_a_dim() }
            entries[role] = Entry(attributes: attributes, pair: pair)
        }
    }

    subscript(role: StyleRole) -> Entry {
        entries[role] ?? Entry(attributes: kumppani_a_normal(), pair: 0)
    }
}
