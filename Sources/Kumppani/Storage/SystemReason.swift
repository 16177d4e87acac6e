import Foundation

/// The operating system's reasons (`strerror`) are English whatever the language: the common
/// ones are said in the user's language when a message is shown; others pass through as is.
enum SystemReason {
    static let known: [(code: Int32, key: String)] = [
        (ENOENT, "system.no_such_file"), (ENOTDIR, "system.not_a_folder"), (EACCES, "system.permission"),
        (EPERM, "system.permission"), (EEXIST, "system.exists"), (EISDIR, "system.is_folder"),
        (ENOSPC, "system.no_space"), (EDQUOT, "system.no_space"), (EFBIG, "system.too_large"), (EROFS, "system.read_only_fs"),
    ]

    /// `reason` with any known system text in it replaced by the catalog's words.
    static func localized(_ reason: String, _ language: Language) -> String {
        var text = reason
        for (code, key) in known {
            let english = String(cString: strerror(code))
            if text.contains(english) { text = text.replacingOccurrences(of: english, with: L(language)[key]) }
        }
        return text
    }
}
