import Foundation

/// A record that an edit form can compare field by field: what the form started from,
/// what the file holds now and what the user typed.
public protocol ConflictComparable: Equatable, Sendable {
    /// The fields the form writes, in form order: the catalog key of each field's label and
    /// its value as the user reads it.
    func conflictValues(_ language: Language) -> [(labelKey: String, value: String)]
}

/// One field as the three versions have it.
public struct ConflictField: Equatable, Sendable {
    public let labelKey: String
    public let base: String
    public let stored: String
    public let mine: String
}

/// Saving refused: another window changed the record after this form was opened.
///
/// Optimistic check by content: the form remembers the record as it opened it (`base`); the
/// save compares that with the stored record inside its write transaction (`BEGIN IMMEDIATE`
/// holds the write lock, so nothing can change between the compare and the write). Content,
/// not `updated_at`: a fixed clock or two saves in one millisecond would give equal stamps,
/// and a change to a column the form does not write cannot be overwritten by it anyway.
public struct EditConflict<Record: ConflictComparable>: Error, Equatable, Sendable {
    public let recordID: Int64
    /// What the form was opened with.
    public let base: Record
    /// What the file holds now; nil when the other window deleted the record.
    public let stored: Record?
    /// What the user typed.
    public let mine: Record

    public init(recordID: Int64, base: Record, stored: Record?, mine: Record) {
        self.recordID = recordID; self.base = base; self.stored = stored; self.mine = mine
    }

    /// The fields where the three versions do not all agree, in form order.
    public func fields(_ language: Language) -> [ConflictField] {
        let b = base.conflictValues(language), m = mine.conflictValues(language)
        let s = stored?.conflictValues(language) ?? b.map { ($0.labelKey, "") }
        let keys = b.map(\.labelKey)
        guard s.map(\.labelKey) == keys && m.map(\.labelKey) == keys else { return fieldsByLabel(b, s, m) }
        return b.indices.compactMap { i in
            let (base, stored, mine) = (b[i].value, s[i].value, m[i].value)
            if base == stored && stored == mine { return nil }
            return ConflictField(labelKey: b[i].labelKey, base: base, stored: stored, mine: mine)
        }
    }

    /// Records whose rows vary (a report's figures per target group): rows matched by label,
    /// a row one version lacks reads as empty; base's order first, then rows new in the others.
    private func fieldsByLabel(_ b: [(labelKey: String, value: String)], _ s: [(labelKey: String, value: String)],
                               _ m: [(labelKey: String, value: String)]) -> [ConflictField] {
        var order: [String] = []
        for key in (b + s + m).map(\.labelKey) where !order.contains(key) { order.append(key) }
        func value(_ rows: [(labelKey: String, value: String)], _ key: String) -> String { rows.first { $0.labelKey == key }?.value ?? "" }
        return order.compactMap { key in
            let (base, stored, mine) = (value(b, key), value(s, key), value(m, key))
            if base == stored && stored == mine { return nil }
            return ConflictField(labelKey: key, base: base, stored: stored, mine: mine)
        }
    }

    /// The labels (catalog keys) of the fields the other window changed.
    public var changedByOthers: [String] {
        guard let stored else { return base.conflictValues(.fi).map(\.labelKey) }
        let b = base.conflictValues(.fi), s = stored.conflictValues(.fi)
        return zip(b, s).filter { $0.value != $1.value }.map { $0.0.labelKey }
    }

    static func same(_ a: Record, _ b: Record) -> Bool {
        a.conflictValues(.fi).map(\.value) == b.conflictValues(.fi).map(\.value)
    }

    /// Throws a conflict when the stored record no longer matches what the form started from.
    public static func check(id: Int64, base: Record?, stored: Record?, mine: Record) throws {
        guard let base else { return }
        // Only the fields the form writes count: a stage moved on the board is no conflict.
        if stored.map({ same($0, base) }) != true { throw EditConflict(recordID: id, base: base, stored: stored, mine: mine) }
    }
}

/// A minutes text (one field of one agenda item) as a comparable record.
public struct ItemText: ConflictComparable {
    public var field: ItemField
    public var text: String
    public init(field: ItemField, text: String) { self.field = field; self.text = text }

    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("meetings.field.\(field.rawValue)", text)]
    }
}
