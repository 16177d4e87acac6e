import Kumppani

/// One drop-down menu: a title whose first letter is its `Alt` hotkey, and items taken
/// from the key table (rows with `menu:` set), each run on `target`.
struct Menu {
    struct Item {
        var binding: KeyBinding
        var target: DialogTarget
    }
    var id: MenuID
    var title: String
    var items: [Item]

    /// The letter that opens the menu with `Alt`, lowercased: the first letter of the title.
    var hotkey: Character? { title.first.map { Character($0.lowercased()) } }
}

/// The open menu bar (`F10`, or `Alt` + a menu's first letter).
struct MenuState: Equatable, Sendable {
    var menu = 0
    var item = 0

    enum Outcome: Equatable { case stay, close, run(menu: Int, item: Int) }

    mutating func handle(_ key: Key, menus: [Menu]) -> Outcome {
        guard !menus.isEmpty else { return .close }
        menu = min(menu, menus.count - 1)
        let count = menus[menu].items.count
        switch key {
        case .escape, .function(10): return .close
        case .left: menu = (menu + menus.count - 1) % menus.count; item = 0
        case .right, .tab: menu = (menu + 1) % menus.count; item = 0
        case .up: if count > 0 { item = (item + count - 1) % count }
        case .down: if count > 0 { item = (item + 1) % count }
        case .home: item = 0
        case .end: item = max(0, count - 1)
        case .enter: return count > 0 ? .run(menu: menu, item: item) : .stay
        case .alt(let c):
            if let i = menus.firstIndex(where: { $0.hotkey == Character(c.lowercased()) }) { menu = i; item = 0 }
        case .char(let c):
            // A key shown next to an item runs that item, as it would outside the menu.
            let items = menus[menu].items
            if let i = items.firstIndex(where: { $0.binding.keys.contains(.char(c)) }) { return .run(menu: menu, item: i) }
            if let i = menus.firstIndex(where: { $0.hotkey == Character(c.lowercased()) }) { menu = i; item = 0 }
        default: break
        }
        return .stay
    }

    /// The first item drawn when `rows` rows show a menu of `count` items with `item` chosen.
    static func firstShown(item: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        return min(max(0, item - rows + 1), count - rows)
    }

    /// Draws the bar over the top row and the open menu below its title.
    func render(into frame: inout Frame, menus: [Menu], l: L, box: BoxStyle) {
        let width = frame.size.width
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .menuBar)
        var x = 1
        var openX = 1
        for (i, m) in menus.enumerated() {
            let selected = i == menu
            if selected { openX = x }
            let role: StyleRole = selected ? .menuSelected : .menuBar
            x += frame.put(" ", x: x, y: 0, role: role)
            if let first = m.title.first {
                x += frame.put(String(first), x: x, y: 0, role: .menuHotkey)
                x += frame.put(String(m.title.dropFirst()) + " ", x: x, y: 0, role: role)
            }
            x += 1
        }
        guard menus.indices.contains(menu) else { return }
        let items = menus[menu].items
        let labels = items.map { l[$0.binding.labelKey] }
        // Keyless actions show their palette command, so the menu still teaches a shortcut.
        let keys = items.map { $0.binding.keys.isEmpty ? ":" + $0.binding.action.rawValue : KeyName.of($0.binding.keys, l) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let keyWidth = keys.map { DisplayWidth.of($0) }.max() ?? 0
        let boxWidth = min(width, labelWidth + keyWidth + 6)
        let boxX = min(openX, max(0, width - boxWidth))
        let rect = Rect(x: boxX, y: 1, width: boxWidth, height: min(items.count + 2, frame.size.height - 1))
        frame.drawBox(rect, style: box, role: .menuItem)
        let inner = rect.inset(by: 1)
        // A menu taller than the screen scrolls so the chosen item stays in view; arrows on the
        // border say that more items lie above or below.
        let first = MenuState.firstShown(item: item, count: items.count, rows: inner.height)
        if first > 0 { frame.put("↑", x: rect.maxX - 3, y: rect.y, role: .menuItem) }
        if first + inner.height < items.count { frame.put("↓", x: rect.maxX - 3, y: rect.maxY - 1, role: .menuItem) }
        for (i, label) in labels.enumerated() where i >= first && i < first + inner.height {
            let role: StyleRole = i == item ? .menuSelected : .menuItem
            let y = inner.y + i - first
            frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            frame.put(" " + label, x: inner.x, y: y, role: role, clip: inner)
            let k = keys[i]
            frame.put(k, x: inner.maxX - 1 - DisplayWidth.of(k), y: y, role: i == item ? role : .keyBarKey, clip: inner)
        }
    }
}
