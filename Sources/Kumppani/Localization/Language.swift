import Foundation

/// The user interface language. Finnish first, Swedish as the second national language,
/// English for everyone else.
public enum Language: String, CaseIterable, Sendable {
    case fi, sv, en

    /// `--lang` wins; else LC_ALL, LC_MESSAGES, LANG (the first one set); Finnish when it starts
    /// with `fi`, Swedish when it starts with `sv`, English otherwise.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let lang = Language(rawValue: option.lowercased()) { return lang }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                let lowered = value.lowercased()
                if lowered.hasPrefix("fi") { return .fi }
                if lowered.hasPrefix("sv") { return .sv }
                return .en
            }
        }
        return .en
    }

    /// Where a missing translation is looked up: the language itself, then Finnish (the
    /// source), then English.
    public var fallbacks: [Language] {
        switch self {
        case .fi: return [.fi, .en]
        case .sv: return [.sv, .fi, .en]
        case .en: return [.en, .fi]
        }
    }

    /// Finnish and Swedish write numbers, money and dates the same way (1 234,56 €, 23.11.2026).
    public var usesNordicFormats: Bool { self != .en }

    /// A count as this language groups it: `7 707` (fi, sv), `7,707` (en).
    public func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + FinnishInput.groupedFromRight(digits, size: 3, separator: usesNordicFormats ? " " : ",")
    }
}

extension Language {
    /// The language after this one when the menu entry is chosen without a name: fi → sv → en → fi.
    public var next: Language {
        let all = Language.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// SQL for a text stored once per language (`label_fi`, `label_sv`, `label_en`).
public enum Localized {
    /// The column expression for `language`: Swedish falls back to Finnish when the Swedish
    /// text is empty, so no list shows a blank label.
    public static func column(_ base: String, _ language: Language) -> String {
        switch language {
        case .fi: return "\(base)_fi"
        case .sv: return "coalesce(nullif(\(base)_sv, ''), \(base)_fi)"
        case .en: return "\(base)_en"
        }
    }
}
