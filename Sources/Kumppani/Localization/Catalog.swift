import Foundation

/// One user-visible text in every language that has it, as read from the `.strings` resources
/// (see `Translations`).
public struct Text: Sendable {
    public let translations: [Language: String]
    public init(translations: [Language: String]) { self.translations = translations }

    /// The text in `language`, else in its fallbacks (Finnish, then English).
    public func callAsFunction(_ language: Language) -> String {
        for candidate in language.fallbacks {
            if let text = translations[candidate], !text.isEmpty { return text }
        }
        return ""
    }
    public var fi: String { translations[.fi] ?? "" }
    public var en: String { translations[.en] ?? "" }
    public var sv: String { translations[.sv] ?? "" }
}

/// The message catalog. Every text lives in `Localization/Resources/<language>.strings`;
/// keys are dotted names like `store.newer_version`. Placeholders are `{1}`, `{2}`, ... and
/// must appear in every language.
public enum Catalog {
    public static let all: [String: Text] = {
        var keyed: [String: [Language: String]] = [:]
        for (language, table) in Translations.tables {
            for (key, value) in table { keyed[key, default: [:]][language] = value }
        }
        return keyed.mapValues { Text(translations: $0) }
    }()

    /// The text for a key with its placeholders filled in. An unknown key shows itself,
    /// so a mistake is visible on screen instead of hidden.
    public static func text(_ key: String, _ language: Language, _ args: [CustomStringConvertible] = []) -> String {
        guard let entry = all[key] else { return key }
        return fill(entry(language), args)
    }

    public static func fill(_ template: String, _ args: [CustomStringConvertible]) -> String {
        guard !args.isEmpty else { return template }
        var out = template
        for (i, arg) in args.enumerated() {
            out = out.replacingOccurrences(of: "{\(i + 1)}", with: arg.description)
        }
        return out
    }
}

/// A short form for code that knows its language: `L(.fi)["key", arg]`.
public struct L: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
    public subscript(_ key: String, _ args: CustomStringConvertible...) -> String {
        Catalog.text(key, language, args)
    }
}
