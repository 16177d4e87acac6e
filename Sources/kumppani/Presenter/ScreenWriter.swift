import CNcurses
import KumppaniTUI

/// Copies a `Frame` into ncurses' virtual screen. `doupdate` then sends only the cells that changed.
enum ScreenWriter {
    static func draw(_ frame: Frame, styles: StyleTable, fullRedraw: Bool) {
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
                    characters.append(wchar_t(bitPattern: scalar.value))
                }
                if characters.isEmpty { characters.append(wchar_t(32)) }
                characters.append(0)
                let style = styles[source.role]
                setcchar(&cell, characters, style.attributes, style.pair, nil)
                // At the bottom-right corner this returns ERR (the cursor cannot advance), but the cell is set.
                _ = mvwadd_wch(screen, Int32(y), Int32(x), &cell)
            }
        }
        if let cursor = frame.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            curs_set(1)
            wmove(screen, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        if fullRedraw { clearok(kumppani_curscr(), true) }
        wnoutrefresh(screen)
        doupdate()
    }
}
