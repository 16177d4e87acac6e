import Kumppani

/// The editing keys every text widget shares (`TextField`, `TextEditor`, `Form`), as rows of the
/// key table so the help overlay lists them from one place. Shown only: the widgets handle them.
enum TextKeys {
    static func row(_ name: String, _ keys: [Key]) -> KeyBinding {
        KeyBinding(action: ActionID("text.\(name)"), keys: keys, labelKey: "text.key.\(name)", context: .global)
    }

    static let bindings: [KeyBinding] = [
        row("next_field", [.tab]), row("previous_field", [.backTab]), row("enter", [.enter]),
        row("save", [.ctrl("s"), .function(2)]), row("cancel", [.escape]),
        row("undo", [.ctrl("z")]), row("redo", [.ctrl("y")]),
        row("delete_word_back", [.ctrl("w"), .altBackspace]),
        row("delete_to_start", [.ctrl("u")]), row("delete_to_end", [.ctrl("k")]),
        row("line_start", [.ctrl("a"), .home]), row("line_end", [.ctrl("e"), .end]),
        row("word_back", [.ctrlLeft, .alt("b")]), row("word_forward", [.ctrlRight, .alt("f")]),
    ]
}
