import Foundation

/// One item a new meeting starts with.
public struct TemplateItem: Sendable, Equatable {
    public var key: String
    public var kind: ItemKind
    public var title: String
    public var proposal: String
}

/// The standard opening and closing items of a Finnish body's meeting, and the annual
/// negotiation's structure (goals, measures, cooperation, follow-up) between them.
public enum AgendaTemplate {
    public static let followUpKey = "follow_up"

    /// The item that follows up earlier actions: by its template key, or by its standard title
    /// in either language (agendas written before the key existed).
    public static func isFollowUp(_ item: AgendaItem) -> Bool {
        if item.templateKey == followUpKey { return true }
        guard item.templateKey.isEmpty, let text = Catalog.all["meetings.template.\(followUpKey)"] else { return false }
        let title = item.title.trimmingCharacters(in: .whitespaces).lowercased()
        return Language.allCases.contains { !text.translations[$0, default: ""].isEmpty && title == text.translations[$0, default: ""].lowercased() }
    }

    static let opening: [(String, ItemKind)] = [
        ("opening", .information), ("legality", .decision), ("checkers", .decision), ("agenda", .decision),
        (followUpKey, .information),
    ]
    static let closing: [(String, ItemKind)] = [
        ("other", .discussion), ("next", .decision), ("closing", .information),
    ]
    static let negotiation: [(String, ItemKind)] = [
        ("goals", .decision), ("measures", .decision), ("cooperation", .discussion), ("monitoring", .decision),
    ]

    /// The items of a new meeting. A body's own template (titles one per line) replaces the
    /// middle part only when given; the standard opening and closing items always frame it.
    public static func items(kind: MeetingKind, bodyTemplate: String, language: Language) -> [TemplateItem] {
        let l = L(language)
        func make(_ pair: (String, ItemKind)) -> TemplateItem {
            let proposalKey = "meetings.template.\(pair.0).proposal"
            return TemplateItem(key: pair.0, kind: pair.1, title: l["meetings.template.\(pair.0)"],
                                proposal: Catalog.all[proposalKey] == nil ? "" : l[proposalKey])
        }
        var middle: [TemplateItem] = []
        if kind == .annualNegotiation { middle = negotiation.map(make) }
        let custom = bodyTemplate.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        middle += custom.map { TemplateItem(key: "", kind: .decision, title: $0, proposal: "") }
        return opening.map(make) + middle + closing.map(make)
    }
}
