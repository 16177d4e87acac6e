/// What a widget did with an event. The owner acts on the outcomes it cares about.
public enum WidgetResult: Equatable, Sendable {
    /// Not for this widget: the caller may use the key (for a global binding, say).
    case ignored
    /// Consumed; nothing for the caller to do (the cursor moved, a list scrolled).
    case handled
    /// Consumed and the value changed (text edited, selection moved, option cycled).
    case changed
    /// Enter in a field, Ctrl-S in a form: the user wants to keep the value.
    case submitted
    /// Esc (after confirming, where a form had changes): the user wants out.
    case cancelled
    /// Enter on a list row or a picker item: the index in the full list / data source.
    case activated(Int)
    /// A yes/no answer from a confirm dialog.
    case answered(Bool)
}

/// Line-drawing characters for borders. The app picks `.ascii` when the locale is not UTF-8.
public struct BoxStyle: Equatable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character

    public init(horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
                bottomLeft: Character, bottomRight: Character) {
        self.horizontal = horizontal; self.vertical = vertical
        self.topLeft = topLeft; self.topRight = topRight
        self.bottomLeft = bottomLeft; self.bottomRight = bottomRight
    }

    public static let unicode = BoxStyle(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                         bottomLeft: "└", bottomRight: "┘")
    public static let ascii = BoxStyle(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                       bottomLeft: "+", bottomRight: "+")

    /// Clears `rect` in `fillRole`, draws the border and an optional title in the top edge.
    /// Returns the inner rectangle.
    @discardableResult
    public func draw(in frame: inout Frame, rect: Rect, title: String? = nil,
                     borderRole: StyleRole = .border, titleRole: StyleRole = .dialogTitle,
                     fillRole: StyleRole = .dialog) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        frame.fill(rect, role: fillRole)
        let inner = String(repeating: horizontal, count: rect.width - 2)
        frame.put(String(topLeft) + inner + String(topRight), x: rect.x, y: rect.y, role: borderRole, clip: rect)
        frame.put(String(bottomLeft) + inner + String(bottomRight), x: rect.x, y: rect.maxY - 1, role: borderRole, clip: rect)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put(String(vertical), x: rect.x, y: y, role: borderRole, clip: rect)
            frame.put(String(vertical), x: rect.maxX - 1, y: y, role: borderRole, clip: rect)
        }
        if let title, rect.width > 6 {
            let shown = " " + TextLayout.truncate(title, to: rect.width - 6) + " "
            frame.put(shown, x: rect.x + 2, y: rect.y, role: titleRole, clip: rect)
        }
        return rect.inset(by: 1)
    }
}
