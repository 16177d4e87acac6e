import Foundation

/// The translations shipped as package resources: one `.strings` file per language in
/// `Localization/Resources`, read once at start. Adding a language is adding a file (and a
/// `Language` case).
public enum Translations {
    /// Language → key → text, as read from the resource files.
    public static let tables: [Language: [String: String]] = {
        var out: [Language: [String: String]] = [:]
        for language in Language.allCases {
            guard let text = resourceText(language.rawValue + ".strings") else { continue }
            do {
                out[language] = try StringsFile.parse(text)
            } catch {
                // A broken file must not take the program down: its keys fall back to the
                // other languages, and the message says which file to fix.
                FileHandle.standardError.write(Data("Kumppani: \(language.rawValue).strings \(error)\n".utf8))
            }
        }
        return out
    }()

    /// The `.strings` text from the package's resource bundle. The lookup mirrors SwiftPM's
    /// `Bundle.module` (the bundle beside the executable) but, unlike `Bundle.module`, never
    /// stops the program when the bundle is missing: it then reads the source tree this binary
    /// was built from, and with neither every key shows itself and standard error says why.
    static func resourceText(_ name: String) -> String? {
        for directory in resourceDirectories {
            if let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) { return text }
        }
        return nil
    }

    static let resourceDirectories: [URL] = {
        let bundled = Bundle.main.bundleURL.appendingPathComponent("Kumppani_Kumppani.resources/Resources")
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")
        let found = [bundled, source].filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("fi.strings").path) }
        if found.isEmpty {
            FileHandle.standardError.write(Data("Kumppani: translations not found in \(bundled.path); install Kumppani_Kumppani.resources beside the program.\n".utf8))
        }
        return found
    }()
}
