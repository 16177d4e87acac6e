import Foundation

/// Keeps spreadsheet programs from evaluating exported text as a formula (OWASP "CSV injection"):
/// a cell that begins with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, which Excel shows as text.
/// Leading `'`s are looked through when deciding, so `'=x` is guarded as `''=x` and `unguarded`
/// gives back exactly what was exported: exporting and importing again changes nothing.
public enum SpreadsheetCell {
    static let triggers: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]   // = + - @ tab CR
    static let apostrophe: UInt8 = 0x27

    /// True when the text, after any leading apostrophes, starts with a formula trigger.
    static func needsGuard(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != apostrophe }) else { return false }
        return triggers.contains(first)
    }

    /// The text as written into an exported cell.
    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    /// The text a guarded cell stood for: removes exactly the one `'` that `guarded` adds.
    public static func unguarded(_ text: String) -> String {
        guard text.utf8.first == apostrophe, needsGuard(text) else { return text }
        return String(text.dropFirst())
    }
}
