/// Drives a `TerminalApp` from replay steps without a terminal: the same app code as the ncurses
/// presenter, with the screen written out as text.
public enum HeadlessRunner {
    /// Feeds every event (calling `idle()` after each, as the real loop does when input pauses),
    /// renders after each, and writes the screen at every `<Dump>` followed by a line `----`.
    /// The final screen is always written. Stops early once the app has quit.
    public static func run(app: TerminalApp, steps: [ReplayStep], size: Size) -> String {
        var size = size
        var frame = app.render(size: size)
        var output = ""
        for step in steps {
            if app.shouldQuit { break }
            switch step {
            case .dump:
                output += frame.text + "\n----\n"
            case .event(let event):
                if case .resize(let newSize) = event { size = newSize }
                app.handle(event)
                app.idle()
                _ = app.takeFullRedrawRequest()   // consumed as the real presenter would; nothing to repaint here
                frame = app.render(size: size)
            }
        }
        output += frame.text + "\n"
        return output
    }
}
