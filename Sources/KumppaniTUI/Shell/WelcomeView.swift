import Kumppani

/// Shown instead of pane 1 while the database is empty: what the program is for and how
/// to start (`d` demo data, `i` import a CSV file).
enum WelcomeView {
    static let paragraphKeys = ["shell.welcome.p1", "shell.welcome.p2", "shell.welcome.p3", "shell.welcome.p4"]

    static func render(into frame: inout Frame, area: Rect, l: L) {
        let width = min(72, area.width - 4)
        let x = area.x + (area.width - width) / 2
        var y = area.y + 1
        frame.put(l["shell.welcome.title"], x: x, y: y, role: .title, maxWidth: width)
        y += 2
        for key in paragraphKeys {
            for line in TextLayout.wrap(l[key], width: width) where y < area.maxY {
                frame.put(line, x: x, y: y, role: .normal, maxWidth: width)
                y += 1
            }
            y += 1
        }
        // The keys come from the table; the longer explanations from the catalog.
        let explanations: [ActionID: String] = [.loadDemo: "shell.welcome.demo", .importAssociations: "shell.welcome.import"]
        for b in KeyBindings.welcome where y < area.maxY {
            let keys = KeyName.of(b.keys, l)
            let w = frame.put("  " + keys, x: x, y: y, role: .keyBarKey)
            let text = explanations[b.action].map { l[$0] } ?? l[b.labelKey]
            frame.put("  " + text, x: x + w, y: y, role: .normal, maxWidth: width - w)
            y += 1
        }
    }
}
