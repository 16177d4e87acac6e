import Foundation

/// One user-visible text in both languages. Pairing them makes a missing translation a
/// compile error rather than a runtime surprise.
public struct Text: Sendable {
    public let fi: String
    public let en: String
    public init(_ fi: String, _ en: String) { self.fi = fi; self.en = en }
    public func callAsFunction(_ language: Language) -> String { language == .fi ? fi : en }
}

/// The message catalog. Each area of the program contributes one table (see the
/// `Catalog+*.swift` files); keys are dotted names like `store.newer_version`.
/// Placeholders are `{1}`, `{2}`, ... and must appear in both languages.
public enum Catalog {
    public static let all: [String: Text] = {
        var merged: [String: Text] = [:]
        for table in tables {
            merged.merge(table) { first, _ in first }
        }
        return merged
    }()

    /// Every area's table. Add new tables here.
    static let tables: [[String: Text]] = [
        common,
        storage,
        cli,
        shell,
        drafts,
        editSession,
        finnish,
        widgets,
        directory,
        directoryUI,
        directorySearch,
        searchTiers,
        directoryEdit,
        exchange,
        program,
        themes,
        presenter,
        grants,
        meetings,
        meetingsReview,
        meetingsPane,
        actions,
        audit,
        sync,
        reliability,
        register,
        duplicates,
        privacy,
        signals,
        hostile,
        textEditing,
        decisions,
        files,
        decisionsUI,
        copyExchange,
    ]

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
