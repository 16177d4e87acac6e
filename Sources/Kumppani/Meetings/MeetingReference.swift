import Foundation

/// How the command line names a meeting: its id, or `n/yyyy` (with the body's name when
/// several bodies had a meeting of that number).
public enum MeetingReferenceError: Error, Equatable, Sendable {
    case notFound(String)
    case ambiguous(String, bodies: [String])

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .notFound(let r): return l["meetings.cli.not_found", r]
        case .ambiguous(let r, let bodies): return l["meetings.cli.ambiguous", r, bodies.joined(separator: ", ")]
        }
    }
}

extension MeetingStore {
    /// `1234567890` (id), `3/2026`, or `3/2026 Kumppanuuspöytä` / `Kumppanuuspöytä 3/2026`.
    public func findMeeting(_ reference: String) throws -> Meeting {
        let text = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(text), let m = try meeting(id) { return m }
        let words = text.split(separator: " ").map(String.init)
        guard let numberWord = words.first(where: { $0.contains("/") }) else { throw MeetingReferenceError.notFound(text) }
        let parts = numberWord.split(separator: "/")
        guard parts.count == 2, let n = Int(parts[0]), let y = Int(parts[1]) else { throw MeetingReferenceError.notFound(text) }
        let bodyText = words.filter { $0 != numberWord }.joined(separator: " ").lowercased()
        let bodies = Dictionary(try self.bodies().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let matches = try meetings().filter { m in
            m.number == n && m.year == y && (bodyText.isEmpty || (bodies[m.bodyID] ?? "").lowercased().contains(bodyText))
        }
        if matches.count == 1, let m = matches.first { return m }
        if matches.isEmpty { throw MeetingReferenceError.notFound(text) }
        throw MeetingReferenceError.ambiguous(text, bodies: matches.compactMap { bodies[$0.bodyID] }.sorted())
    }
}
