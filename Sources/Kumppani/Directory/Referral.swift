import Foundation

/// "Which peer groups for family carers meet in Heinola?": what the referral view asks.
public struct ReferralQuery: Equatable, Sendable {
    public var targetGroup: String?
    public var municipalityCode: String?
    public var activityKind: String?
    /// Every word must begin a word of the activity's title, description, place or association name.
    public var words: String

    public init(targetGroup: String? = nil, municipalityCode: String? = nil, activityKind: String? = nil, words: String = "") {
        self.targetGroup = targetGroup; self.municipalityCode = municipalityCode
        self.activityKind = activityKind; self.words = words
    }
}

/// One activity a resident can be referred to.
public struct ReferralResult: Equatable, Sendable {
    public let activity: ActivityInfo
    public let associationID: Int64
    public let associationName: String
    public let associationPhone: String
    public let associationEmail: String
    public let associationWebsite: String

    /// The activity's contact, or the association's when the activity names none.
    public var contact: String {
        if !activity.contact.isEmpty { return activity.contact }
        return [associationPhone, associationEmail].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

extension DirectoryStore {
    /// Activities of associations that are not dissolved, matching every given criterion.
    /// An activity without its own places counts as held in its association's municipality;
    /// one without its own target groups serves those of its association. Activities meant for
    /// the group itself come before those open to everyone, which would otherwise bury them.
    public func referrals(_ q: ReferralQuery, limit: Int = 500) throws -> [ReferralResult] {
        guard let group = q.targetGroup, group != "everyone" else {
            return try referralPass(q, serving: q.targetGroup, notServing: nil, limit: limit)
        }
        var results = try referralPass(q, serving: group, notServing: nil, limit: limit)
        if results.count < limit {
            results += try referralPass(q, serving: "everyone", notServing: group, limit: limit - results.count)
        }
        return results
    }

    /// "Serves the group": its own target groups say so, or it has none and its association's do.
    private static func serves(_ placeholder: String = "?") -> String {
        """
        (EXISTS (SELECT 1 FROM activity_target_groups g WHERE g.activity_id = t.id AND g.code = \(placeholder))
         OR (NOT EXISTS (SELECT 1 FROM activity_target_groups g WHERE g.activity_id = t.id)
             AND EXISTS (SELECT 1 FROM association_categories c WHERE c.association_id = a.id AND c.list = 'target_group' AND c.code = \(placeholder))))
        """
    }

    /// One pass in name order. The place and the group come first as candidate sets read from
    /// their indexes, so a query at national scale sorts thousands of rows, not 200,000.
    private func referralPass(_ q: ReferralQuery, serving group: String?, notServing excluded: String?,
                              limit: Int) throws -> [ReferralResult] {
        guard limit > 0 else { return [] }
        var conditions = ["a.status != 'dissolved'"]
        var args: [DatabaseValueConvertible?] = []
        if let code = q.municipalityCode {
            conditions.append("""
                t.id IN (SELECT am.activity_id FROM activity_municipalities am WHERE am.municipality_code = ?
                         UNION ALL
                         SELECT t2.id FROM associations a2 JOIN activities t2 ON t2.association_id = a2.id
                         WHERE a2.municipality_code = ?
                           AND NOT EXISTS (SELECT 1 FROM activity_municipalities am2 WHERE am2.activity_id = t2.id))
                """)
            args += [code, code]
        }
        if let group {
            conditions.append("""
                t.id IN (SELECT g.activity_id FROM activity_target_groups g WHERE g.code = ?
                         UNION ALL
                         SELECT t2.id FROM association_categories c JOIN activities t2 ON t2.association_id = c.association_id
                         WHERE c.list = 'target_group' AND c.code = ?
                           AND NOT EXISTS (SELECT 1 FROM activity_target_groups g2 WHERE g2.activity_id = t2.id))
                """)
            args += [group, group]
        }
        if let excluded {
            conditions.append("NOT " + Self.serves())
            args += [excluded, excluded]
        }
        if let kind = q.activityKind {
            conditions.append("t.kind_code = ?")
            args.append(kind)
        }
        if !SearchPlan.tokens(q.words).isEmpty {
            // Filtered inside SQLite, before the sort: the sort then keeps only the first `limit` rows.
            conditions.append("""
                \(ReferralWords.functionName)(?, coalesce(t.title, '') || ' ' || coalesce(t.description, '') || ' ' ||
                                                 coalesce(t.place, '') || ' ' || a.name)
                """)
            args.append(q.words)
        }
        // Without a place or a group there is no small set to start from: walk the associations in
        // name order instead (their index), so the first screenful costs milliseconds, not a sort of
        // every activity. With a candidate set, start from it (a walk would check it 100,000 times).
        let from = q.municipalityCode == nil && group == nil
            ? "associations a CROSS JOIN activities t ON t.association_id = a.id"
            : "activities t JOIN associations a ON a.id = t.association_id"
        let sql = """
            SELECT \(Self.activityColumns), a.id AS association_id, a.name AS association_name, a.phone AS a_phone,
                   a.email AS a_email, a.website AS a_website, a.name_key
            FROM \(from) \(Self.activityJoins)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY a.name_key, t.title
            LIMIT ?
            """
        return try db.query(sql, args + [limit]).map { r in
            ReferralResult(
                activity: try activity(from: r), associationID: r.int64("association_id") ?? 0,
                associationName: r.string("association_name") ?? "", associationPhone: r.string("a_phone") ?? "",
                associationEmail: r.string("a_email") ?? "", associationWebsite: r.string("a_website") ?? "")
        }
    }
}

/// The referral view's keywords as an SQL function: every word must begin a word of the activity's
/// title, description, place or association name (Finnish folding, as the search does).
enum ReferralWords {
    static let functionName = "kumppani_referral_words"

    static func register(on db: Database) throws {
        let cache = FoldedWords()
        try db.registerPredicate(functionName) { words, haystack in cache.matches(words, in: haystack) }
    }

    /// The typed words folded once per query rather than once per row. A connection runs one
    /// statement at a time on one thread, so the cache needs no lock.
    private final class FoldedWords: @unchecked Sendable {
        private var typed = ""
        private var folded: [String] = []

        func matches(_ words: String, in haystack: String) -> Bool {
            if words != typed {
                typed = words
                folded = SearchPlan.tokens(words).map(DirectoryRules.foldAll)
            }
            let haystackWords = SearchPlan.tokens(haystack).map(DirectoryRules.foldAll)
            return folded.allSatisfy { w in haystackWords.contains { $0.hasPrefix(w) } }
        }
    }
}

/// The plain-text referral card (*lähete*) given to a resident: printed or sent as is.
public enum ReferralCard {
    public static func text(_ r: ReferralResult, language: Language, today: String) -> String {
        let l = L(language)
        var lines: [String] = [l["directory.card.title"], String(repeating: "=", count: l["directory.card.title"].count), ""]
        lines += fields(r, language: language).map { "\($0.label): \($0.value)" }
        if !r.activity.description.isEmpty { lines += ["", r.activity.description] }
        lines += ["", l["directory.card.footer", DirectoryRules.date(today, language)]]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The card's labelled lines in card order, empty ones left out. `key` is the catalog key of the label.
    public static func fields(_ r: ReferralResult, language: Language) -> [(key: String, label: String, value: String)] {
        let l = L(language)
        let a = r.activity
        let all: [(String, String)] = [
            ("directory.card.activity", a.title),
            ("directory.card.kind", a.kind?.label(language) ?? ""),
            ("directory.card.association", r.associationName),
            ("directory.card.place", a.placeWithMunicipalities),
            ("directory.card.time", a.schedule),
            ("directory.card.cost", a.cost),
            ("directory.card.for", a.targetGroups.map { $0.label(language) }.joined(separator: ", ")),
            ("directory.card.accessibility", a.accessibility),
            ("directory.card.contact", r.contact),
            ("directory.card.website", r.associationWebsite),
        ]
        return all.filter { !$0.1.isEmpty }.map { (key: $0.0, label: l[$0.0], value: $0.1) }
    }

    /// The default file name: `lahete-<activity>.txt`, letters and digits only.
    public static func defaultFileName(_ r: ReferralResult) -> String {
        let slug = SearchPlan.tokens(DirectoryRules.foldAll(r.activity.title)).joined(separator: "-")
        return "lahete-\(slug.isEmpty ? "toiminta" : String(slug.prefix(40))).txt"
    }

    /// Writes the card atomically as a 0600 file (it names a contact person): a temporary file in
    /// the same folder, then a rename, so a half-written card never exists. `~` is expanded.
    public static func write(_ text: String, to path: String) throws {
        try PrivateFile.write(text, toPath: path)
    }
}
