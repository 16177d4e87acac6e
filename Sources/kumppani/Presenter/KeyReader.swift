import CNcurses
import KumppaniTUI

/// Reads one unit of input from ncurses and maps ncurses key codes to our `Key`.
enum KeyReader {
    enum Reading {
        case input(RawInput)
        case resize
        /// Nothing arrived within the timeout.
        case nothing
    }

    /// Waits at most `milliseconds` (0 = just look) for input.
    static func read(waitingAtMost milliseconds: Int32) -> Reading {
        let screen = kumppani_stdscr()
        wtimeout(screen, milliseconds)
        var character: wint_t = 0
        let status = wget_wch(screen, &character)
        if status == OK {
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return .nothing }
            return .input(.scalar(scalar))
        }
        if status == KEY_CODE_YES {
            let code = Int32(character)
            if code == KEY_RESIZE { return .resize }
            if let key = key(for: code) { return .input(.key(key)) }
            return .nothing   // a key we do not use (mouse, keypad specials): ignore it
        }
        return .nothing
    }

    static func key(for code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == kumppani_key_f(Int32(n)) { return .function(n) }
            return modifiedArrow(code)
        }
    }

    /// Ctrl-← / Ctrl-→ (and Alt-) have no fixed ncurses code: terminfo gives them names such as
    /// `kLFT5` and ncurses numbers them at start-up, so they are matched by name.
    static func modifiedArrow(_ code: Int32) -> Key? {
        guard let pointer = keyname(code) else { return nil }
        switch String(cString: pointer) {
        case "kLFT5", "kLFT3": return .ctrlLeft
        case "kRIT5", "kRIT3": return .ctrlRight
        default: return nil
        }
    }
}
