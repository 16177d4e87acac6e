import Foundation
import Kumppani

/// One line of the report: a figure, its target (if any), and whether it was met.
struct Measure {
    /// JSON key, e.g. `search_p99_ms`.
    let key: String
    let label: String
    /// nil: not measured (the piece has not landed, or the step failed).
    var value: Double?
    let unit: String
    /// Upper bound; nil for figures shown for context only.
    var target: Double?
    /// Why the value is missing, shown in the table.
    var note: String?

    var met: Bool? {
        guard let value, let target else { return nil }
        return value <= target
    }
}

/// The collected figures, printed as a table or as one JSON object.
struct BenchReport {
    var measures: [Measure] = []
    var context: [(String, String)] = []

    mutating func add(_ key: String, _ label: String, _ value: Double?, unit: String, target: Double? = nil,
                      note: String? = nil) {
        measures.append(Measure(key: key, label: label, value: value, unit: unit, target: target, note: note))
    }

    /// Records a step that could not run, keeping its keys in the report as n/a.
    mutating func missing(_ keys: [(key: String, label: String, unit: String, target: Double?)], note: String) {
        for k in keys { add(k.key, k.label, nil, unit: k.unit, target: k.target, note: note) }
    }

    func value(_ key: String) -> Double? { measures.first { $0.key == key }?.value ?? nil }

    var missed: [Measure] { measures.filter { $0.met == false } }

    static func format(_ value: Double, unit: String) -> String {
        switch unit {
        case "ms": return String(format: value < 10 ? "%.3f ms" : "%.1f ms", value)
        case "s": return String(format: "%.2f s", value)
        case "MiB": return String(format: "%.1f MiB", value)
        case "x": return String(format: "%.2f×", value)
        case "": return String(format: "%.0f", value)
        default: return String(format: "%.2f \(unit)", value)
        }
    }

    func table() -> String {
        let rows: [[String]] = measures.map { m in
            let value = m.value.map { Self.format($0, unit: m.unit) } ?? "n/a"
            let target = m.target.map { "≤ " + Self.format($0, unit: m.unit) } ?? ""
            let verdict: String
            switch m.met {
            case true?: verdict = "ok"
            case false?: verdict = "MISSED"
            case nil: verdict = m.value == nil ? (m.note ?? "n/a") : ""
            }
            return [m.label, value, target, verdict]
        }
        let header = ["measure", "value", "target", ""]
        let widths = (0..<4).map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, s in
                i == 1 || i == 2 ? String(repeating: " ", count: widths[i] - s.count) + s
                                 : s + String(repeating: " ", count: widths[i] - s.count)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = context.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n\n"
        out += line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        out += rows.map(line).joined(separator: "\n") + "\n"
        let missedCount = missed.count
        let notMeasured = measures.filter { $0.value == nil }.count
        out += "\n\(missedCount == 0 ? "all measured targets met" : "\(missedCount) target(s) MISSED")"
        if notMeasured > 0 { out += "; \(notMeasured) figure(s) n/a" }
        return out + "\n"
    }

    /// One JSON object: every measure's key with its number (null when not measured), plus
    /// `targets`, `missed` and the run's context.
    func json() -> String {
        var parts: [String] = []
        for m in measures {
            parts.append("  \(Self.quote(m.key)): \(m.value.map { Self.number($0) } ?? "null")")
        }
        let targets = measures.compactMap { m in m.target.map { "\(Self.quote(m.key)): \(Self.number($0))" } }
        parts.append("  \"targets\": {\(targets.joined(separator: ", "))}")
        parts.append("  \"missed\": [\(missed.map { Self.quote($0.key) }.joined(separator: ", "))]")
        let ctx = context.map { "\(Self.quote(Self.slug($0.0))): \(Self.quote($0.1))" }
        parts.append("  \"context\": {\(ctx.joined(separator: ", "))}")
        return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
    }

    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        return String(format: "%.4f", v)
    }

    static func slug(_ s: String) -> String {
        s.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    static func quote(_ s: String) -> String { JSONText.string(s) }
}
