import Kumppani

/// The `f` overlay: every filter as a field; "any" leaves it off.
struct FilterFormState {
    var form: Form
    let targetGroups: [CategoryLabel]
    let activityKinds: [CategoryLabel]
    let tags: [Tag]
    static let statuses: [AssociationStatus?] = [nil] + AssociationStatus.allCases.map { $0 }
    static let tristate: [Bool?] = [nil, true, false]

    init(filter: DirectoryFilter, directory: DirectoryStore, language: Language) {
        let l = L(language)
        targetGroups = (try? directory.categories("target_group")) ?? []
        activityKinds = (try? directory.categories("activity_kind")) ?? []
        tags = (try? directory.tags()) ?? []
        let any = l["directory.filter.any"]
        let municipality = filter.municipalityCode.flatMap(Municipality.named(code:))?.name(language) ?? ""
        func index<T: Equatable>(_ all: [T?], _ value: T?) -> Int { all.firstIndex { $0 == value } ?? 0 }
        let yesNo = [any, l["common.yes"], l["common.no"]]
        form = Form(fields: [
            .text("municipality", label: l["directory.field.municipality"], text: municipality, placeholder: any,
                  validator: { v in
                      let s = (v.text ?? "").trimmingCharacters(in: .whitespaces)
                      return s.isEmpty || Municipality.find(s) != nil ? nil : l["directory.field.municipality_unknown", s]
                  }, completions: MunicipalityCompletion.names),
            .choice("county", label: l["directory.filter.county"], options: [any] + Municipality.wellbeingCounties,
                    selected: (Municipality.wellbeingCounties.firstIndex { $0 == filter.wellbeingCounty }).map { $0 + 1 } ?? 0),
            .choice("target_group", label: l["directory.filter.target_group"], options: [any] + targetGroups.map { $0.label(language) },
                    selected: (targetGroups.firstIndex { $0.code == filter.targetGroup }).map { $0 + 1 } ?? 0),
            .choice("kind", label: l["directory.filter.kind"], options: [any] + activityKinds.map { $0.label(language) },
                    selected: (activityKinds.firstIndex { $0.code == filter.activityKind }).map { $0 + 1 } ?? 0),
            .choice("status", label: l["directory.field.status"], options: [any] + AssociationStatus.allCases.map { $0.label(language) },
                    selected: index(Self.statuses, filter.status)),
            .choice("open_grant", label: l["directory.filter.open_grant"], options: yesNo, selected: index(Self.tristate, filter.hasOpenGrant)),
            .choice("lahella", label: l["directory.field.lahella"], options: yesNo, selected: index(Self.tristate, filter.lahellaListed)),
            .choice("tag", label: l["directory.filter.tag"], options: [any] + tags.map(\.name),
                    selected: (tags.firstIndex { $0.key == filter.tag }).map { $0 + 1 } ?? 0),
        ], language: language)
    }

    var filter: DirectoryFilter {
        func pick<T>(_ all: [T], _ key: String) -> T? {
            guard let i = form[key]?.choiceIndex, i > 0, i - 1 < all.count else { return nil }
            return all[i - 1]
        }
        func tri(_ key: String) -> Bool? { Self.tristate[min(form[key]?.choiceIndex ?? 0, 2)] }
        return DirectoryFilter(
            municipalityCode: Municipality.find(form["municipality"]?.text ?? "")?.code,
            targetGroup: pick(targetGroups, "target_group")?.code,
            activityKind: pick(activityKinds, "kind")?.code,
            status: pick(AssociationStatus.allCases, "status"),
            hasOpenGrant: tri("open_grant"), lahellaListed: tri("lahella"),
            wellbeingCounty: pick(Municipality.wellbeingCounties, "county"),
            tag: pick(tags, "tag")?.key)
    }

    /// "Lahti · Omaishoitajat · toiminnassa": the active filters in one line.
    static func summary(_ f: DirectoryFilter, labels: FilterLabels, language: Language) -> String {
        let l = L(language)
        var parts: [String] = []
        if let m = f.municipalityCode.flatMap(Municipality.named(code:)) { parts.append(m.name(language)) }
        if let county = f.wellbeingCounty { parts.append(county) }
        if let g = f.targetGroup { parts.append(labels.targetGroups.first { $0.code == g }?.label(language) ?? g) }
        if let k = f.activityKind { parts.append(labels.activityKinds.first { $0.code == k }?.label(language) ?? k) }
        if let s = f.status { parts.append(s.label(language)) }
        if let g = f.hasOpenGrant { parts.append(l[g ? "directory.filter.has_open_grant" : "directory.filter.no_open_grant"]) }
        if let x = f.lahellaListed { parts.append(l[x ? "directory.filter.on_lahella" : "directory.filter.not_on_lahella"]) }
        if let t = f.tag { parts.append("#" + (labels.tags.first { $0.key == t }?.name ?? t)) }
        return parts.joined(separator: " · ")
    }
}

/// Picks the association to merge into the current one: type to search, Enter to choose.
struct AssociationPicker {
    var field = TextField()
    var results: [AssociationRow] = []
    var selection = 0
    let excluding: Int64

    mutating func refresh(_ directory: DirectoryStore) {
        let listing = try? directory.listing(DirectoryQuery(search: field.text))
        results = ((try? listing.map { try directory.rows($0, offset: 0, limit: 12) }) ?? nil)?.filter { $0.id != excluding } ?? []
        selection = min(selection, max(0, results.count - 1))
    }

    var selected: AssociationRow? { results.indices.contains(selection) ? results[selection] : nil }
}
