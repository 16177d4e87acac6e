import Foundation
import Kumppani

/// Something wrong with a theme file, with where it is, so the user can fix it.
public struct ThemeProblem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The line has no `=` (or nothing before it).
        case notARule
        case unknownRole(String)
        case unknownColor(String)
        case unknownAttribute(String)
        /// `on` at the end, with no background colour after it.
        case missingBackground
        /// `role =` with nothing after it.
        case emptyStyle
        case duplicateRole(String)
        /// The file could not be read.
        case unreadable
        /// No theme of this name in any theme folder.
        case notFound(String)
    }

    public var file: String
    /// 1-based; 0 when the problem is the whole file.
    public var line: Int
    public var kind: Kind

    public init(file: String, line: Int, kind: Kind) { self.file = file; self.line = line; self.kind = kind }

    /// The message shown to the user: where, what, and that the built-in theme is used instead.
    public func message(_ language: Language) -> String {
        let l = L(language)
        let what: String
        // Words from the file are echoed escaped: a message must not carry terminal controls.
        let safe = PrintableText.escaped
        switch kind {
        case .notARule: what = l["theme.problem.not_a_rule"]
        case .unknownRole(let role): what = l["theme.problem.unknown_role", safe(role)]
        case .unknownColor(let color): what = l["theme.problem.unknown_color", safe(color)]
        case .unknownAttribute(let word): what = l["theme.problem.unknown_attribute", safe(word)]
        case .missingBackground: what = l["theme.problem.missing_background"]
        case .emptyStyle: what = l["theme.problem.empty_style"]
        case .duplicateRole(let role): what = l["theme.problem.duplicate_role", safe(role)]
        case .unreadable: what = l["theme.problem.unreadable"]
        case .notFound(let name): return l["theme.problem.not_found", safe(name)]
        }
        let place = line > 0 ? l["theme.problem.at_line", safe(file), line] : safe(file)
        return l["theme.problem.format", place, what]
    }
}

/// The result of parsing one theme file.
public struct ThemeParseResult: Sendable {
    /// The roles the file set, with their styles.
    public var styles: [StyleRole: TextStyle]
    public var problems: [ThemeProblem]

    /// The theme to use: the file's rules over the built-in default (so a partial theme works);
    /// the built-in default alone when any line was bad, rather than a half-applied theme.
    public func theme(named name: String) -> Theme {
        problems.isEmpty ? Theme(name: name, styles: styles, base: Theme.builtInDefault.styles) : Theme.builtInDefault
    }
}

/// Parses the theme format: one rule a line, `role = FG on BG [bold] [underline] [reverse] [dim]`,
/// `role = FG`, or attributes alone; `default` is the terminal's own colour; `#` starts a comment.
public enum ThemeParser {
    public static func parse(_ text: String, file: String) -> ThemeParseResult {
        var styles: [StyleRole: TextStyle] = [:]
        var problems: [ThemeProblem] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let trimmed = withoutComment(rawLine).trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            do {
                let (role, style) = try parseRule(trimmed)
                if styles[role] != nil {
                    problems.append(ThemeProblem(file: file, line: lineNumber, kind: .duplicateRole(role.rawValue)))
                }
                styles[role] = style
            } catch {
                problems.append(ThemeProblem(file: file, line: lineNumber, kind: error.kind))
            }
        }
        return ThemeParseResult(styles: styles, problems: problems)
    }

    /// The line up to its comment. A `#` starts a comment at the start of a line or when a space
    /// follows it (`# note`); otherwise it begins a word such as `#rrggbb`, so a mistyped colour is
    /// reported instead of silently cut off.
    static func withoutComment(_ line: Substring) -> Substring {
        var index = line.startIndex
        while let hash = line[index...].firstIndex(of: "#") {
            let next = line.index(after: hash)
            if hash == line.startIndex || next == line.endIndex || line[next].isWhitespace { return line[..<hash] }
            index = next
        }
        return line
    }

    private struct RuleError: Error { let kind: ThemeProblem.Kind }

    private static func parseRule(_ line: String) throws(RuleError) -> (StyleRole, TextStyle) {
        guard let equals = line.firstIndex(of: "=") else { throw RuleError(kind: .notARule) }
        let roleName = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
        guard !roleName.isEmpty else { throw RuleError(kind: .notARule) }
        // Accept `tab-active` as well as `tab_active`: both spellings are natural to type.
        guard let role = StyleRole(rawValue: roleName.replacingOccurrences(of: "-", with: "_")) else {
            throw RuleError(kind: .unknownRole(roleName))
        }
        let words = line[line.index(after: equals)...].split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        guard !words.isEmpty else { throw RuleError(kind: .emptyStyle) }
        return (role, try style(from: words))
    }

    private static func style(from words: [String]) throws(RuleError) -> TextStyle {
        var style = TextStyle()
        var i = 0
        if !isAttribute(words[0]) && words[0] != "on" {
            guard let fg = color(words[0]) else { throw RuleError(kind: .unknownColor(words[0])) }
            style.fg = fg
            i = 1
        }
        if i < words.count, words[i] == "on" {
            guard i + 1 < words.count else { throw RuleError(kind: .missingBackground) }
            guard let bg = color(words[i + 1]) else { throw RuleError(kind: .unknownColor(words[i + 1])) }
            style.bg = bg
            i += 2
        }
        for word in words[i...] {
            switch word {
            case "bold": style.bold = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "dim": style.dim = true
            default:
                throw RuleError(kind: .unknownAttribute(word))
            }
        }
        return style
    }

    private static func isAttribute(_ word: String) -> Bool {
        ["bold", "underline", "reverse", "dim"].contains(word)
    }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `default`, a colour name, `bright-NAME`, a palette number 0–255, or `#rrggbb`.
    public static func color(_ word: String) -> ThemeColor? {
        let word = word.lowercased()
        if word == "default" { return .terminalDefault }
        if let i = colorNames.firstIndex(of: word) { return .indexed(UInt8(i)) }
        if word.hasPrefix("bright-"), let i = colorNames.firstIndex(of: String(word.dropFirst(7))) {
            return .indexed(UInt8(i + 8))
        }
        if let n = UInt8(word) { return .indexed(n) }
        if word.hasPrefix("#"), word.count == 7 {
            let hex = Array(word.dropFirst())
            guard let r = UInt8(String(hex[0...1]), radix: 16), let g = UInt8(String(hex[2...3]), radix: 16),
                  let b = UInt8(String(hex[4...5]), radix: 16) else { return nil }
            return .rgb(r, g, b)
        }
        return nil
    }
}
