import Foundation

/// A case number (*diaarinumero*) with its task-class code: `5146/01.04.00/2026` — a running
/// number, the task class of the county's filing plan (two-digit groups separated by dots)
/// and the year.
public enum CaseNumber {
    /// The trimmed case number when it reads as one, nil otherwise.
    public static func parse(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let digits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digits(parts[0]), parts[0].count <= 8, digits(parts[2]), parts[2].count == 4 else { return nil }
        let groups = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard (2...5).contains(groups.count), groups.allSatisfy({ digits($0) && $0.count == 2 }) else { return nil }
        return t
    }
}
