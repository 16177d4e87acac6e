import Foundation

/// The user interface language. Finnish first, English second.
public enum Language: String, CaseIterable, Sendable {
    case fi, en

    /// `--lang` wins; else LC_ALL, LC_MESSAGES, LANG (the first one set); Finnish when it starts
    /// with `fi`, English otherwise.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let lang = Language(rawValue: option.lowercased()) { return lang }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("fi") ? .fi : .en
            }
        }
        return .en
    }
}
