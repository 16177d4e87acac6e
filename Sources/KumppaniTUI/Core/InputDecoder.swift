/// One unit of terminal input as the presenter reads it.
public enum RawInput: Equatable, Sendable {
    /// A character the terminal sent (ncurses `get_wch` returned OK).
    case scalar(Unicode.Scalar)
    /// A key ncurses already recognised (arrows, F-keys, ...), mapped to our `Key`.
    case key(Key)
    /// Nothing more arrived within the wait the decoder asked for (`pendingWait`).
    case timeout
}

/// Turns raw terminal input into events: Ctrl letters, Alt+letter (ESC then a letter within the
/// escape delay), a lone Esc, and bracketed paste (`ESC[200~ … ESC[201~`) as one literal `.paste`.
/// Pure, so every sequence is tested without a terminal; the ncurses presenter feeds it.
public struct InputDecoder: Sendable {
    /// What the decoder waits for, which sets how long the presenter's next read may block.
    public enum Wait: Equatable, Sendable {
        /// Nothing pending: block as long as you like (the idle interval).
        case none
        /// After ESC or inside an escape sequence: wait the escape delay, then send `.timeout`.
        case escapeDelay
        /// Inside a bracketed paste: wait generously for its end marker, then send `.timeout`.
        case pasteEnd
    }

    private enum State: Sendable {
        case ground
        case escape
        case csi(String)
        case paste(String)
    }

    private var state: State = .ground
    static let pasteStart = "200~"
    static let pasteEndMarker = "\u{1B}[201~"

    public init() {}

    public var pendingWait: Wait {
        switch state {
        case .ground: return .none
        case .escape, .csi: return .escapeDelay
        case .paste: return .pasteEnd
        }
    }

    public mutating func feed(_ input: RawInput) -> [Event] {
        switch state {
        case .ground:
            return ground(input)
        case .escape:
            return afterEscape(input)
        case .csi(let parameters):
            return inSequence(parameters, input)
        case .paste(let text):
            return inPaste(text, input)
        }
    }

    private mutating func ground(_ input: RawInput) -> [Event] {
        switch input {
        case .timeout: return []
        case .key(let key): return [.key(key)]
        case .scalar(let scalar):
            if scalar.value == 0x1B { state = .escape; return [] }
            return Self.plainKey(scalar).map { [.key($0)] } ?? []
        }
    }

    private mutating func afterEscape(_ input: RawInput) -> [Event] {
        switch input {
        case .timeout:
            state = .ground
            return [.key(.escape)]
        case .key(let key):
            state = .ground
            // ncurses may decode the DEL after ESC as its backspace key: still Alt-Backspace.
            if key == .backspace { return [.key(.altBackspace)] }
            return [.key(.escape), .key(key)]
        case .scalar(let scalar):
            if scalar == "[" { state = .csi(""); return [] }
            // ESC then DEL (or BS) is Alt-Backspace, not Esc (which would close an editor) then Backspace.
            if scalar.value == 0x7F || scalar.value == 0x08 { state = .ground; return [.key(.altBackspace)] }
            if scalar.value == 0x1B { return [.key(.escape)] }   // Esc Esc: the first is a plain Esc
            if scalar.isASCII, scalar.properties.isAlphabetic {
                state = .ground
                return [.key(.alt(Character(String(scalar).lowercased())))]
            }
            state = .ground
            return [.key(.escape)] + ground(input)
        }
    }

    private mutating func inSequence(_ parameters: String, _ input: RawInput) -> [Event] {
        switch input {
        case .timeout:
            // An ESC [ the user typed (Alt+[) rather than a sequence: keep what was typed.
            state = .ground
            return [.key(.escape), .key(.char("["))] + parameters.map { .key(.char($0)) }
        case .key(let key):
            state = .ground
            return [.key(key)]
        case .scalar(let scalar):
            let v = scalar.value
            if (0x20...0x3F).contains(v) { state = .csi(parameters + String(scalar)); return [] }
            state = .ground
            guard (0x40...0x7E).contains(v) else { return ground(input) }   // broken sequence: drop it
            let sequence = parameters + String(scalar)
            if sequence == Self.pasteStart { state = .paste(""); return [] }
            return Self.csiKey(sequence).map { [.key($0)] } ?? []            // unknown: never typed as text
        }
    }

    private mutating func inPaste(_ text: String, _ input: RawInput) -> [Event] {
        switch input {
        case .timeout:
            // The end marker never came: deliver what arrived rather than swallowing it.
            state = .ground
            return text.isEmpty ? [] : [.paste(Self.normalizedPaste(text))]
        case .key(let key):
            // Keys ncurses decoded inside a paste: keep the text meaning where there is one.
            switch key {
            case .enter: state = .paste(text + "\n")
            case .tab: state = .paste(text + "\t")
            default: break
            }
            return []
        case .scalar(let scalar):
            let appended = text + String(scalar)
            if appended.hasSuffix(Self.pasteEndMarker) {
                state = .ground
                return [.paste(Self.normalizedPaste(String(appended.dropLast(Self.pasteEndMarker.count))))]
            }
            state = .paste(appended)
            return []
        }
    }

    /// Terminals send line breaks in a paste as CR; the app gets `\n`.
    static func normalizedPaste(_ text: String) -> String {
        text.replacingCRLF()
    }

    /// A single character outside any sequence.
    static func plainKey(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0..<32: return nil   // Ctrl-Space, Ctrl-\ and friends: nothing to do with them
        case 0x80..<0xA0: return nil
        default: return .char(Character(scalar))
        }
    }

    /// CSI sequences ncurses did not decode itself (its terminfo may lack them). Modifiers are
    /// ignored except on ←/→: with Ctrl (5) or Alt (3), `ESC [1;5D`, they move a word.
    static func csiKey(_ sequence: String) -> Key? {
        guard let final = sequence.last else { return nil }
        let parts = sequence.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        let number = parts.first.flatMap { Int($0) }
        let modifier = parts.count > 1 ? Int(parts[1]) : nil
        let byWord = modifier == 5 || modifier == 3
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return byWord ? .ctrlRight : .right
        case "D": return byWord ? .ctrlLeft : .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            switch number {
            case 1, 7: return .home
            case 2: return .insert
            case 3: return .delete
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 15: return .function(5)
            case 17, 18, 19, 20, 21: return .function((number ?? 0) - 11)
            case 23, 24: return .function((number ?? 0) - 12)
            default: return nil
            }
        default: return nil
        }
    }
}

private extension String {
    /// CR and CR LF become LF.
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" { out.append("\n"); afterCR = true; continue }
            if scalar == "\n" && afterCR { afterCR = false; continue }
            afterCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
