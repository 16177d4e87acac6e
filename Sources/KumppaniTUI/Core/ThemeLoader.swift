import Foundation

/// A loaded theme and what was wrong on the way (empty when all went well).
public struct ThemeLoadResult: Sendable {
    public var theme: Theme
    public var problems: [ThemeProblem]
    public init(theme: Theme, problems: [ThemeProblem]) { self.theme = theme; self.problems = problems }
}

/// Finds theme files. User themes (`$XDG_CONFIG_HOME/kumppani/themes`, else `~/.config/kumppani/themes`)
/// come first, so a user can override a shipped theme by its name; then the shipped ones, found both
/// from an installed binary and from `swift run`.
public struct ThemeLoader: Sendable {
    public var environment: [String: String]
    public var executableURL: URL?
    public var currentDirectory: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executableURL: URL? = Bundle.main.executableURL,
                currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.environment = environment
        self.executableURL = executableURL
        self.currentDirectory = currentDirectory
    }

    /// Theme names from every folder, sorted, without duplicates.
    public static func available() -> [String] { ThemeLoader().available() }

    public func available() -> [String] {
        var names = Set<String>()
        for directory in searchDirectories() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".theme") {
                let name = String(file.dropLast(".theme".count))
                if Self.isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// Loads a theme by name. Never fails: an unknown name or a bad file gives problems to show
    /// and the built-in default theme. `default` and `mono` work even without any theme folder.
    public func load(_ name: String) -> ThemeLoadResult {
        if Self.isValidName(name), let url = file(named: name) {
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                return ThemeLoadResult(theme: .builtInDefault, problems: [ThemeProblem(file: url.path, line: 0, kind: .unreadable)])
            }
            let parsed = ThemeParser.parse(text, file: url.path)
            return ThemeLoadResult(theme: parsed.theme(named: name), problems: parsed.problems)
        }
        if name == "default" { return ThemeLoadResult(theme: .builtInDefault, problems: []) }
        if name == "mono" { return ThemeLoadResult(theme: .builtInMono, problems: []) }
        return ThemeLoadResult(theme: .builtInDefault, problems: [ThemeProblem(file: name, line: 0, kind: .notFound(name))])
    }

    /// The first file of that name in the search order.
    public func file(named name: String) -> URL? {
        for directory in searchDirectories() {
            let url = directory.appendingPathComponent(name + ".theme")
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Where themes are looked for, in order: the user's folder, then next to the binary, then the
    /// installed share folder, then the nearest `themes/` holding `default.theme` above the binary
    /// or the current folder (a source checkout under `swift run` or `swift test`).
    public func searchDirectories() -> [URL] {
        var result: [URL] = [userDirectory()]
        let executableDirectory = executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        if let executableDirectory {
            result.append(executableDirectory.appendingPathComponent("themes"))
            result.append(executableDirectory.appendingPathComponent("../share/kumppani/themes").standardizedFileURL)
        }
        for start in [executableDirectory, currentDirectory].compactMap({ $0 }) {
            if let found = Self.shippedThemesAbove(start) { result.append(found) }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    public func userDirectory() -> URL {
        let config: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            config = URL(fileURLWithPath: home).appendingPathComponent(".config")
        }
        return config.appendingPathComponent("kumppani/themes")
    }

    /// Walks up from `start` to the root looking for `themes/default.theme`.
    static func shippedThemesAbove(_ start: URL) -> URL? {
        var directory = start.standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent("themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.theme").path) {
                return candidate
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// Names are plain words (letters, digits, `-`, `_`), so a name can never reach outside the theme folders.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
