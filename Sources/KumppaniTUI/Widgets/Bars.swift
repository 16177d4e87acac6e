import Kumppani

/// Characters for filled and empty bar cells; `.ascii` when the locale is not UTF-8.
public struct BarGlyphs: Equatable, Sendable {
    public var filled: Character
    public var empty: Character
    public init(filled: Character, empty: Character) { self.filled = filled; self.empty = empty }
    public static let unicode = BarGlyphs(filled: "█", empty: "░")
    public static let ascii = BarGlyphs(filled: "#", empty: "-")
}

/// `[██████░░░░] 60 %`: a fraction with a label (by default the percentage in the UI language).
public struct ProgressBar: Sendable {
    /// 0...1; values outside are clamped, NaN counts as 0.
    public var fraction: Double
    /// Shown after the bar; nil shows the percentage.
    public var label: String?
    public var language: Language
    public var glyphs: BarGlyphs

    public init(fraction: Double, label: String? = nil, language: Language, glyphs: BarGlyphs = .unicode) {
        self.fraction = fraction; self.label = label; self.language = language; self.glyphs = glyphs
    }

    var clamped: Double { fraction.isNaN ? 0 : min(1, max(0, fraction)) }

    public var percentText: String { L(language)["widgets.percent", Int((clamped * 100).rounded())] }

    /// Draws on the first row of `rect`; the bar takes what the label leaves.
    public func render(into frame: inout Frame, in rect: Rect, focused: Bool = false) {
        guard rect.width > 0, rect.height > 0 else { return }
        let text = label ?? percentText
        let labelWidth = min(TextLayout.width(text), max(0, rect.width - 5))
        let barWidth = rect.width - labelWidth - 3
        guard barWidth >= 1 else {
            frame.put(TextLayout.truncate(text, to: rect.width), x: rect.x, y: rect.y, clip: rect)
            return
        }
        let filled = Int((clamped * Double(barWidth)).rounded())
        var x = rect.x
        x += frame.put("[", x: x, y: rect.y, clip: rect)
        x += frame.put(String(repeating: glyphs.filled, count: filled), x: x, y: rect.y, role: .barFill, clip: rect)
        x += frame.put(String(repeating: glyphs.empty, count: barWidth - filled), x: x, y: rect.y, role: .barEmpty, clip: rect)
        x += frame.put("] ", x: x, y: rect.y, clip: rect)
        frame.put(TextLayout.truncate(text, to: labelWidth), x: x, y: rect.y, clip: rect)
    }
}

/// Horizontal bars, one per row: label, bar scaled to the largest value, formatted value.
public struct BarChart: Sendable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var value: Double
        /// Already formatted by the caller (money, counts), e.g. "12 500,00 €".
        public var valueText: String
        /// Drawn in `.barOver` (a budget line over its limit, say).
        public var isOver: Bool
        public init(label: String, value: Double, valueText: String, isOver: Bool = false) {
            self.label = label; self.value = value; self.valueText = valueText; self.isOver = isOver
        }
    }

    public var bars: [Bar]
    public var glyphs: BarGlyphs

    public init(bars: [Bar], glyphs: BarGlyphs = .unicode) {
        self.bars = bars; self.glyphs = glyphs
    }

    /// Draws as many bars as fit in `rect`, one per row.
    public func render(into frame: inout Frame, in rect: Rect, focused: Bool = false) {
        guard rect.width > 0, rect.height > 0, !bars.isEmpty else { return }
        let labelWidth = min(bars.map { TextLayout.width($0.label) }.max() ?? 0, rect.width / 3)
        let valueWidth = min(bars.map { TextLayout.width($0.valueText) }.max() ?? 0, rect.width / 3)
        let barWidth = max(0, rect.width - labelWidth - valueWidth - 2)
        let largest = bars.map { $0.value.isFinite ? $0.value : 0 }.max() ?? 0
        for (row, bar) in bars.prefix(rect.height).enumerated() {
            let y = rect.y + row
            var x = rect.x
            frame.put(TextLayout.pad(bar.label, to: labelWidth), x: x, y: y, role: .label, clip: rect)
            x += labelWidth + 1
            let value = bar.value.isFinite ? max(0, bar.value) : 0
            var length = largest > 0 ? Int((value / largest * Double(barWidth)).rounded()) : 0
            if value > 0 && length == 0 && barWidth > 0 { length = 1 }   // a small value still shows
            frame.put(String(repeating: glyphs.filled, count: length), x: x, y: y,
                      role: bar.isOver ? .barOver : .barFill, clip: rect)
            x += barWidth + 1
            frame.put(TextLayout.pad(bar.valueText, to: valueWidth, alignment: .right), x: x, y: y,
                      role: bar.isOver ? .barOver : .normal, clip: rect)
        }
    }
}
