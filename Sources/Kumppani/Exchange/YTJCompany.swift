import Foundation

/// One organisation as YTJ open data v3 describes it, reduced to what the directory keeps.
/// Unknown fields are ignored; missing ones are empty.
public struct YTJCompany: Equatable, Sendable {
    public enum Kind: String, Sendable { case association, foundation, otherOrganisation, company }

    public var businessID = ""
    public var name = ""
    /// Earlier registered names, newest first.
    public var formerNames: [(name: String, endedOn: String)] = []
    /// The legal form as the register's Finnish description ("Aatteellinen yhdistys").
    public var legalForm = ""
    public var formCode = ""
    public var registrationDate = ""
    public var endDate = ""
    public var status = ""
    public var website = ""
    public var street = ""
    public var postalCode = ""
    public var city = ""
    public var municipalityCode = ""

    public static func == (a: YTJCompany, b: YTJCompany) -> Bool {
        a.businessID == b.businessID && a.name == b.name && a.legalForm == b.legalForm && a.endDate == b.endDate
            && a.street == b.street && a.website == b.website && a.formerNames.map(\.name) == b.formerNames.map(\.name)
    }

    public var kind: Kind { Self.kind(description: legalForm, code: formCode) }
    public var isNonProfit: Bool { kind != .company }
    public var hasEnded: Bool { !endDate.isEmpty }

    /// The register that keeps this form, decided from the form's description.
    public var register: String {
        switch kind {
        case .association: "yhdistysrekisteri"
        case .foundation: "säätiörekisteri"
        case .otherOrganisation: legalForm.lowercased().contains("uskonnollinen") ? "uskonnollisten yhdyskuntien rekisteri" : "kaupparekisteri"
        case .company: "kaupparekisteri"
        }
    }

    /// Words of a Finnish form description that mark a business, checked before the non-profit ones
    /// ("taloudellinen yhdistys" is an association in name but carries on business).
    static let businessWords = ["osakeyhtiö", "yhtiö", "osuuskunta", "osuuspankki", "toiminimi", "elinkeinonharjoittaja",
                                "taloudellinen yhdistys", "sivuliike", "vakuutusyhdistys", "säästöpankki", "liikelaitos"]
    /// Form codes seen in sample files, a hint only when a record has no Finnish description.
    static let codeHints: [String: Kind] = ["AY": .association, "SÄÄ": .foundation, "OY": .company, "OYJ": .company, "KY": .company,
                                            "AY-YHD": .association, "OK": .company, "TMI": .company]

    static func kind(description: String, code: String) -> Kind {
        let text = description.lowercased()
        guard !text.isEmpty else { return codeHints[code.uppercased()] ?? .company }
        if businessWords.contains(where: text.contains) { return .company }
        if text.contains("säätiö") { return .foundation }
        if text.contains("yhdistys") { return .association }
        if text.contains("yhdyskunta") || text.contains("yhteisö") || text.contains("liitto") { return .otherOrganisation }
        return .company
    }

    /// Reads one company object. Returns nil (with the reason) when it has no usable Y-tunnus or name.
    static func read(_ node: JSONNode) -> Result<YTJCompany, YTJRecordProblem> {
        guard case .object = node.value else { return .failure(YTJRecordProblem(key: "json.record_not_object")) }
        var c = YTJCompany()
        c.businessID = text(node["businessId"]?["value"]) ?? text(node["businessId"]) ?? ""
        guard let id = BusinessIDFormat.parse(c.businessID) else { return .failure(YTJRecordProblem(key: "ytj.bad_business_id")) }
        c.businessID = id
        // Names: the current one (no end date; type 1 is the registered name), the rest as former names.
        let names = (node["names"]?.array ?? []).compactMap { n -> (name: String, type: String, ended: String, version: Int)? in
            guard let name = text(n["name"])?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty else { return nil }
            return (name, text(n["type"]) ?? "", text(n["endDate"]) ?? "", Int(text(n["version"]) ?? "") ?? 0)
        }
        let registered = names.filter { $0.type == "1" || $0.type.isEmpty }
        let pool = registered.isEmpty ? names : registered
        guard let current = pool.filter({ $0.ended.isEmpty }).max(by: { $0.version < $1.version })
                ?? pool.max(by: { ($0.ended, $0.version) < ($1.ended, $1.version) }) else { return .failure(YTJRecordProblem(key: "ytj.no_name")) }
        c.name = current.name
        var seen: Set<String> = [current.name]
        for n in pool.sorted(by: { $0.ended > $1.ended }) where !seen.contains(n.name) {
            seen.insert(n.name)
            c.formerNames.append((n.name, n.ended))
        }
        let forms = node["companyForms"]?.array ?? []
        if let form = forms.first(where: { (text($0["endDate"]) ?? "").isEmpty }) ?? forms.last {
            c.formCode = text(form["type"]) ?? ""
            c.legalForm = finnish(form["descriptions"]) ?? ""
        }
        c.registrationDate = date(node["registrationDate"]) ?? date(node["businessId"]?["registrationDate"]) ?? ""
        c.endDate = date(node["endDate"]) ?? ""
        c.status = text(node["status"]) ?? ""
        c.website = (text(node["website"]?["url"]) ?? text(node["website"]) ?? "").trimmingCharacters(in: .whitespaces)
        // The visiting address (type 1) is where people go; a postal address (type 2) when there is none.
        let addresses = (node["addresses"]?.array ?? []).filter { (text($0["endDate"]) ?? "").isEmpty }
        if let address = addresses.first(where: { text($0["type"]) == "1" }) ?? addresses.first(where: { text($0["type"]) == "2" }) ?? addresses.first {
            c.street = (text(address["street"]) ?? "").trimmingCharacters(in: .whitespaces)
            if c.street.isEmpty, let box = text(address["postOfficeBox"]), !box.isEmpty { c.street = "PL \(box)" }
            c.postalCode = text(address["postCode"]) ?? ""
            let offices = address["postOffices"]?.array ?? []
            let office = offices.first(where: { text($0["languageCode"]) == "1" }) ?? offices.first
            c.city = office.flatMap { text($0["city"]) }.map(Self.cityCase) ?? ""
            c.municipalityCode = office.flatMap { text($0["municipalityCode"]) } ?? ""
        }
        // A control character would reach the list and the terminal: the file is refused, as a CSV would be.
        for text in [c.name, c.legalForm, c.status, c.registrationDate] + names.map(\.name) {
            if let control = AssociationImport.disallowedControl(in: text) {
                return .failure(YTJRecordProblem(key: "files.control_character", args: [control]))
            }
        }
        return .success(c)
    }

    /// HEINOLA → Heinola, ETELÄ-SAVO → Etelä-Savo (the register writes post offices in capitals).
    static func cityCase(_ city: String) -> String {
        guard city == city.uppercased() else { return city }
        var result = ""
        var startOfWord = true
        for ch in city {
            result += startOfWord ? String(ch).uppercased() : String(ch).lowercased()
            startOfWord = ch == "-" || ch == " "
        }
        return result
    }

    static func text(_ node: JSONNode?) -> String? {
        switch node?.value {
        case .string(let s): s
        case .number(let s, _): s
        default: nil
        }
    }

    /// A date as `YYYY-MM-DD` (the register sometimes adds a time).
    static func date(_ node: JSONNode?) -> String? {
        guard let t = text(node), t.count >= 10 else { return nil }
        let d = String(t.prefix(10))
        return CivilDate(iso: d) == nil ? nil : d
    }

    static func finnish(_ descriptions: JSONNode?) -> String? {
        let list = descriptions?.array ?? []
        let fi = list.first(where: { text($0["languageCode"]) == "1" }) ?? list.first
        return fi.flatMap { text($0["description"]) }
    }
}

/// Why one company of a YTJ file cannot be read (a catalog key).
struct YTJRecordProblem: Error { let key: String; var args: [String] = [] }

extension JSONNode {
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.node
    }

    var array: [JSONNode]? {
        guard case .array(let items) = value else { return nil }
        return items
    }
}
