import Kumppani

/// A centred yes/no question. y/k answers yes, n/e no, Enter the highlighted choice (initially
/// the default), Left/Right/Tab move the highlight, Esc answers no.
public struct ConfirmDialog: Sendable {
    public var title: String
    public var message: String
    public var language: Language
    public var box: BoxStyle
    /// The highlighted answer; Enter takes it.
    public private(set) var highlighted: Bool

    public init(title: String, message: String, defaultAnswer: Bool = false, language: Language, box: BoxStyle = .unicode) {
        self.title = title; self.message = message; self.language = language; self.box = box
        highlighted = defaultAnswer
    }

    public mutating func handle(_ event: Event) -> WidgetResult {
        guard case .key(let key) = event else { return .ignored }
        if let answer = YesNoKey.answer(key) { return .answered(answer) }
        switch key {
        case .enter: return .answered(highlighted)
        case .escape: return .answered(false)
        case .left, .right, .tab, .backTab: highlighted.toggle(); return .handled
        default: return .handled     // modal: nothing leaks to the screen behind it
        }
    }

    public func render(into frame: inout Frame, in rect: Rect, focused: Bool) {
        let maxInner = max(1, min(rect.width - 4, 56))
        let lines = TextLayout.wrap(message, width: maxInner)
        let yes = "[ " + L(language)["common.yes"] + " ]", no = "[ " + L(language)["common.no"] + " ]"
        let buttons = yes + "  " + no
        let innerWidth = min(maxInner, max(lines.map { TextLayout.width($0) }.max() ?? 0,
                                           TextLayout.width(buttons), TextLayout.width(title) + 4))
        let box = rect.centered(width: innerWidth + 4, height: lines.count + 4)
        let inner = self.box.draw(in: &frame, rect: box, title: title)
        guard inner.height > 0 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        for (i, line) in lines.prefix(max(0, content.height - 2)).enumerated() {
            frame.put(line, x: content.x, y: content.y + i, role: .dialog, clip: content)
        }
        let y = content.maxY - 1
        let x = content.x + max(0, (content.width - TextLayout.width(buttons)) / 2)
        let yesWidth = frame.put(yes, x: x, y: y, role: highlighted ? .selection : .dialog, clip: content)
        let noX = x + yesWidth + 2
        frame.put(no, x: noX, y: y, role: highlighted ? .dialog : .selection, clip: content)
        if focused { frame.cursor = nil }
    }
}
