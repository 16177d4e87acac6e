import Foundation

/// The county (hyvinvointialue) whose records the file holds: its name in Finnish and Swedish and
/// its business ID, printed in every document's header. Kept in the file's `settings` table.
public struct CountySettings: Sendable, Equatable {
    public var nameFi: String
    public var nameSv: String
    /// As written officially (`3221336-2`), or empty.
    public var businessID: String

    public init(nameFi: String = "", nameSv: String = "", businessID: String = "") {
        self.nameFi = nameFi; self.nameSv = nameSv; self.businessID = businessID
    }

    public var isEmpty: Bool { nameFi.isEmpty && nameSv.isEmpty && businessID.isEmpty }

    /// The name a document in `language` carries: Swedish documents use the Swedish name when set.
    public func name(_ language: Language) -> String {
        language.rawValue == "sv" && !nameSv.isEmpty ? nameSv : (nameFi.isEmpty ? nameSv : nameFi)
    }

    /// "Päijät-Hämeen hyvinvointialue · Y-tunnus 3221336-2", or empty when nothing is set.
    public func headerLine(_ language: Language) -> String {
        let id = businessID.isEmpty ? "" : L(language)["county.header.business_id", businessID]
        return [name(language), id].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    static let keys = (nameFi: "county.name_fi", nameSv: "county.name_sv", businessID: "county.business_id")
}

extension Store {
    /// The county's settings; empty ones where none were set.
    public func countySettings() throws -> CountySettings {
        var values: [String: String] = [:]
        for row in try database.query("SELECT key, value FROM settings WHERE key LIKE 'county.%'") {
            if let k = row.string("key") { values[k] = row.string("value") ?? "" }
        }
        let k = CountySettings.keys
        return CountySettings(nameFi: values[k.nameFi] ?? "", nameSv: values[k.nameSv] ?? "", businessID: values[k.businessID] ?? "")
    }

    /// Saves the county's settings (audited). The business ID must be a valid Y-tunnus; it is
    /// stored in its official form.
    public func setCountySettings(_ settings: CountySettings) throws {
        var s = settings
        s.nameFi = s.nameFi.trimmingCharacters(in: .whitespacesAndNewlines)
        s.nameSv = s.nameSv.trimmingCharacters(in: .whitespacesAndNewlines)
        let id = s.businessID.trimmingCharacters(in: .whitespacesAndNewlines)
        if id.isEmpty {
            s.businessID = ""
        } else {
            switch BusinessID.parse(id) {
            case .success(let parsed): s.businessID = parsed.formatted
            case .failure(let problem): throw problem
            }
        }
        let at = Timestamp.iso(clock.now())
        let k = CountySettings.keys
        try auditedWrite {
            for (key, value) in [(k.nameFi, s.nameFi), (k.nameSv, s.nameSv), (k.businessID, s.businessID)] {
                try database.run("""
                    INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                    """, key, value, at)
            }
        }
    }
}
