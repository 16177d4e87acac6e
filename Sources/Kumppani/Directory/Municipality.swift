import Foundation

/// One of Finland's 308 municipalities, from Statistics Finland's official list.
public struct Municipality: Equatable, Hashable, Sendable {
    /// Three-digit zero-padded code, e.g. "398" for Lahti, "098" for Hollola.
    public let code: String
    public let nameFI: String
    public let nameSV: String
    public let regionFI: String
    /// Empty for the Åland municipalities.
    public let wellbeingCountyFI: String

    /// All municipalities in code order.
    public static let all: [Municipality] = csv.split(separator: "\n").dropFirst().compactMap { line in
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 5 else { return nil }
        return Municipality(code: f[0], nameFI: f[1], nameSV: f[2], regionFI: f[3], wellbeingCountyFI: f[4])
    }

    /// The wellbeing services counties (with Helsinki), in Finnish order.
    public static let wellbeingCounties: [String] = Set(all.map(\.wellbeingCountyFI).filter { !$0.isEmpty })
        .sorted { FinnishCollation.areInIncreasingOrder($0, $1) }

    private static let byCode: [String: Municipality] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
    private static let byName: [String: Municipality] = {
        var map: [String: Municipality] = [:]
        for m in all {
            map[m.nameFI.lowercased()] = m
            if map[m.nameSV.lowercased()] == nil { map[m.nameSV.lowercased()] = m }
        }
        return map
    }()

    /// Finds a municipality by code (`398`, `98`) or by Finnish or Swedish name, case-insensitively.
    public static func find(_ text: String) -> Municipality? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return nil }
        if t.allSatisfy({ $0.isASCII && $0.isNumber }), t.count <= 3 {
            let padded = String(repeating: "0", count: 3 - t.count) + t
            return byCode[padded]
        }
        return byName[t.lowercased()]
    }

    public static func named(code: String) -> Municipality? { byCode[code] }

    /// The display name in the UI language: the Swedish name (Lahtis, Borgå) in Swedish,
    /// the Finnish name otherwise (English uses the Finnish names, as Finnish maps do).
    public func name(_ language: Language) -> String {
        language == .sv && !nameSV.isEmpty ? nameSV : nameFI
    }
}
