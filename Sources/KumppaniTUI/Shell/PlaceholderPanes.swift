import Kumppani

/// A stand-in for a pane not written yet: its title, what will be there, and two demo
/// actions that prove the key table, menus and palette reach a pane.
struct PlaceholderPane: Pane {
    let id: PaneID
    /// How many times the demo action ran (shown on screen, so tests can see it).
    private(set) var greetings = 0
    private(set) var activations = 0

    init(id: PaneID) { self.id = id }

    var titleKey: String { "shell.pane.\(id.rawValue)" }

    var bindings: [KeyBinding] {
        [
            KeyBinding(action: ActionID("\(id.rawValue).hello"), keys: [.char("h")], labelKey: "shell.placeholder.hello",
                       context: .pane(id), showInKeyBar: true, menu: .pane(id)),
            KeyBinding(action: ActionID("\(id.rawValue).about"), keys: [.char("a")], labelKey: "shell.placeholder.about",
                       context: .pane(id), showInKeyBar: true, menu: .pane(id)),
        ]
    }

    mutating func activate(context: inout PaneContext) { activations += 1 }

    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        switch action.rawValue {
        case "\(id.rawValue).hello":
            greetings += 1
            context.post(context.l["shell.placeholder.greeted", context.l[titleKey], greetings])
            return .handled
        case "\(id.rawValue).about":
            context.open(DialogRequest(title: context.l[titleKey],
                                       kind: .message(text: context.l["shell.placeholder.\(id.rawValue)"])))
            return .handled
        default:
            return .ignored
        }
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        let width = min(72, area.width - 4)
        let x = area.x + 2
        frame.put(l[titleKey], x: x, y: area.y + 1, role: .title, maxWidth: width)
        var y = area.y + 3
        for line in TextLayout.wrap(l["shell.placeholder.\(id.rawValue)"], width: width) where y < area.maxY {
            frame.put(line, x: x, y: y, maxWidth: width)
            y += 1
        }
        if y + 1 < area.maxY {
            frame.put(l["shell.placeholder.count", greetings], x: x, y: y + 1, role: .dim, maxWidth: width)
        }
    }
}
