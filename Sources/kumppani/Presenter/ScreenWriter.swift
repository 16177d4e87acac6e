import CNcurses
import KumppaniTUI

/// Copies a `Frame` into ncurses' virtual screen. `doupdate` then sends only the cells that changed.
struct ScreenWriter {
    private var cursorVisible: Bool?

    mutating func draw(_ frame: Frame, styles: StyleTable, fullRedraw: Bool) {
        let screen = kumppani_stdscr()
        let height = min(frame.size.height, Int(kumppani_max_y(screen)))
        let width = min(frame.size.width, Int(kumppani_max_x(screen)))
        var characters: [wchar_t] = []
        characters.reserveCapacity(Int(CCHARW_MAX) + 1)
        var cell = cchar_t()
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let source = frame[x, y]
                if source.isContinuation { continue }   // ncurses fills a wide character's right half itself
                characters.removeAll(keepingCapacity: true)
                for scalar in source.text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
                    // Defence in depth: `Frame.put` already replaced controls, but a cell set any other
                    // way must not send ESC, C1 or bidi controls to the terminal either.
                    characters.append(wchar_t(bitPattern: TerminalSafe.isUnsafe(scalar) ? 0xFFFD : scalar.value))
                }
                if characters.isEmpty { characters.append(wchar_t(32)) }
                let narrowInLibc = source.width == 2 && wcwidth(characters[0]) == 1
                characters.append(0)
                let style = styles[source.role]
                setcchar(&cell, characters, style.attributes, style.pair, nil)
                // At the bottom-right corner this returns ERR (the cursor cannot advance), but the cell is set.
                _ = mvwadd_wch(screen, Int32(y), Int32(x), &cell)
                if narrowInLibc, x + 1 < width {
                    // Our width table says two columns (an emoji with VS16) but the C library says one:
                    // blank the second column so nothing stale is left there.
                    setcchar(&cell, [wchar_t(32), 0], style.attributes, style.pair, nil)
                    _ = mvwadd_wch(screen, Int32(y), Int32(x + 1), &cell)
                }
            }
        }
        let cursor = frame.cursor.flatMap { $0.x >= 0 && $0.y >= 0 && $0.x < width && $0.y < height ? $0 : nil }
        if cursorVisible != (cursor != nil) {
            cursorVisible = cursor != nil
            curs_set(cursor != nil ? 1 : 0)
        }
        if let cursor { wmove(screen, Int32(cursor.y), Int32(cursor.x)) }
        if fullRedraw { clearok(kumppani_curscr(), true) }
        wnoutrefresh(screen)
        doupdate()
    }
}
