/// A key as the app sees it, independent of ncurses.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown, insert
    case function(Int)          // F1 ... F12
    case ctrl(Character)        // lowercase letter: .ctrl("a")
    case alt(Character)         // lowercase letter: .alt("f")
    /// Ctrl-← / Ctrl-→ (`ESC [1;5D`, `ESC [1;5C`): a word back / forward in text widgets.
    case ctrlLeft, ctrlRight
    /// Alt-Backspace (ESC then DEL or BS): deletes the word before the cursor, like Ctrl-W.
    case altBackspace
}

/// Everything that can happen to the app.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// Bracketed paste: inserted literally, never interpreted as commands.
    case paste(String)
    case resize(Size)
    /// A timer tick (autosave, clock); `now` comes from the injected clock.
    case tick
}
