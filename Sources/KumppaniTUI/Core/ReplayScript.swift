import Kumppani

/// One step of a replay script.
public enum ReplayStep: Equatable, Sendable {
    case event(Event)
    /// Write the current screen to the output.
    case dump
}

/// A mistake in a replay script, with where it is (1-based line and column, in characters).
public struct ReplayScriptError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case unknownToken(String)
        case unclosedToken
        case unclosedPaste
        case badResize(String)
    }
    public var line: Int
    public var column: Int
    public var kind: Kind

    public func message(_ language: Language) -> String {
        let l = L(language)
        // The script's own text is echoed escaped: a message must not carry terminal controls.
        switch kind {
        case .unknownToken(let token): return l["replay.unknown_token", line, column, PrintableText.escaped(token)]
        case .unclosedToken: return l["replay.unclosed_token", line, column]
        case .unclosedPaste: return l["replay.unclosed_paste", line, column]
        case .badResize(let size): return l["replay.bad_resize", line, column, PrintableText.escaped(size)]
        }
    }
}

/// The replay notation: text is typed as it stands (one key per grapheme), line breaks in the file
/// are ignored, and `<…>` tokens name keys (`<Enter>`, `<C-s>`, `<F5>`, `<lt>` for `<`), resizes
/// (`<Resize 120x40>`), literal pastes (`<Paste>…</Paste>`) and screen dumps (`<Dump>`).
public enum ReplayScript {
    static let namedKeys: [String: Key] = [
        "enter": .enter, "esc": .escape, "tab": .tab, "s-tab": .backTab, "bs": .backspace, "del": .delete,
        "ins": .insert, "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pgdn": .pageDown, "space": .char(" "), "lt": .char("<"),
        "c-left": .ctrlLeft, "c-right": .ctrlRight, "m-bs": .altBackspace,
    ]
    static let pasteOpen = "<Paste>"
    static let pasteClose = "</Paste>"

    public static func parse(_ script: String) throws(ReplayScriptError) -> [ReplayStep] {
        let characters = Array(script)
        var steps: [ReplayStep] = []
        var line = 1, column = 1
        var i = 0

        /// Moves past `count` characters, keeping line and column right.
        func advance(_ count: Int) {
            for _ in 0..<count {
                if isLineBreak(characters[i]) { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }

        while i < characters.count {
            let c = characters[i]
            if isLineBreak(c) { advance(1); continue }
            if c == "\t" { steps.append(.event(.key(.tab))); advance(1); continue }
            guard c == "<" else { steps.append(.event(.key(.char(c)))); advance(1); continue }

            if let lead = pasteOpening(characters, at: i) {
                let start = i + pasteOpen.count
                guard let end = find(characters, pasteClose, from: start) else {
                    throw ReplayScriptError(line: line, column: column, kind: .unclosedPaste)
                }
                steps.append(.event(.paste(lead + String(characters[start..<end]))))
                advance(end + pasteClose.count - i)
                continue
            }
            var close = i + 1
            while close < characters.count, characters[close] != ">", !isLineBreak(characters[close]) { close += 1 }
            guard close < characters.count, characters[close] == ">" else {
                throw ReplayScriptError(line: line, column: column, kind: .unclosedToken)
            }
            let token = String(characters[(i + 1)..<close])
            steps.append(try step(for: token, line: line, column: column))
            advance(close + 1 - i)
        }
        return steps
    }

    private static func step(for token: String, line: Int, column: Int) throws(ReplayScriptError) -> ReplayStep {
        let lower = token.lowercased()
        if lower == "dump" { return .dump }
        if let key = namedKeys[lower] { return .event(.key(key)) }
        if lower.hasPrefix("resize ") {
            let sizeText = String(token.dropFirst("resize ".count)).trimmingSpaces
            guard let size = Size(parsing: sizeText) else {
                throw ReplayScriptError(line: line, column: column, kind: .badResize(sizeText))
            }
            return .event(.resize(size))
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            return .event(.key(.function(n)))
        }
        if lower.count == 3, let letter = lower.last, letter.isASCII, letter.isLetter {
            if lower.hasPrefix("c-") { return .event(.key(.ctrl(letter))) }
            if lower.hasPrefix("m-") { return .event(.key(.alt(letter))) }
        }
        throw ReplayScriptError(line: line, column: column, kind: .unknownToken("<\(token)>"))
    }

    private static func isLineBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

    /// `<Paste>` at `index`: nil when it is not there, else the start of the pasted text that
    /// Swift joined to the `>` — a paste starting with a combining mark ("<Paste>\u{301}…") makes
    /// `>\u{301}` one Character, and the opening was not recognised at all.
    private static func pasteOpening(_ characters: [Character], at index: Int) -> String? {
        let needle = Array(pasteOpen)
        guard index + needle.count <= characters.count,
              Array(characters[index..<(index + needle.count - 1)]) == needle.dropLast() else { return nil }
        let last = characters[index + needle.count - 1].unicodeScalars
        guard last.first == ">" else { return nil }
        var lead = String.UnicodeScalarView()
        lead.append(contentsOf: last.dropFirst())
        return String(lead)
    }

    private static func matches(_ characters: [Character], at index: Int, _ literal: String) -> Bool {
        let needle = Array(literal)
        guard index + needle.count <= characters.count else { return false }
        return Array(characters[index..<(index + needle.count)]) == needle
    }

    private static func find(_ characters: [Character], _ literal: String, from start: Int) -> Int? {
        var index = start
        while index + literal.count <= characters.count {
            if matches(characters, at: index, literal) { return index }
            index += 1
        }
        return nil
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
