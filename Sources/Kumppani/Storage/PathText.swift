import Foundation

/// Path arithmetic on plain Swift strings. Foundation's `NSString` path methods trapped in
/// `String._startOfLastPathComponent` on one-character names (`--output a`), so every path the
/// program takes goes through these instead: they work on the UTF-8 bytes and cannot trap.
public enum PathText {
    /// The folder part of `path`: "." for a bare name, "/" for a name in the root.
    /// Trailing slashes are ignored ("a/b/" → "a"), as `dirname` does.
    public static func folder(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == 0x2F { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: 0x2F) else { return "." }
        var end = slash
        while end > 0, bytes[end - 1] == 0x2F { end -= 1 }
        if end == 0 { return "/" }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }

    /// The last component of `path` (trailing slashes ignored); "" for "" and "/" for "/".
    public static func name(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == 0x2F { bytes.removeLast() }
        if bytes == [0x2F] { return "/" }
        guard let slash = bytes.lastIndex(of: 0x2F) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }

    /// `name` without its last extension ("kumppani.sqlite" → "kumppani"); a leading dot is no extension.
    public static func stem(of name: String) -> String {
        let bytes = Array(name.utf8)
        guard let dot = bytes.lastIndex(of: 0x2E), dot > 0 else { return name }
        return String(decoding: bytes[0..<dot], as: UTF8.self)
    }

    /// `folder` and `name` joined with exactly one slash.
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        if folder.hasSuffix("/") { return folder + name }
        return folder + "/" + name
    }

    /// True when the user typed a folder: the path ends with a slash (`--output x/`).
    public static func namesFolder(_ path: String) -> Bool { path.count > 0 && path.utf8.last == 0x2F }

    /// `~` and `~/…` expanded with `$HOME`; anything else as it is (`~user` too: rare, and
    /// guessing another user's home is worse than a clear "no such file").
    public static func expandingTilde(_ path: String, home: String? = nil) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let homeFolder = home ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return path == "~" ? homeFolder : join(homeFolder, String(path.dropFirst(2)))
    }
}
