import Kumppani

/// The referral view (`r`): criteria on top, matching activities below, the chosen one's card
/// at the bottom; `w` writes the card to a file.
struct ReferralState {
    var form: Form
    var results: [ReferralResult] = []
    var list: ListView
    /// True while the results list has the keys (else the criteria form).
    var inResults = false
    let targetGroups: [CategoryLabel]
    let activityKinds: [CategoryLabel]

    init(directory: DirectoryStore, municipalityCode: String?, language: Language) {
        let l = L(language)
        targetGroups = (try? directory.categories("target_group")) ?? []
        activityKinds = (try? directory.categories("activity_kind")) ?? []
        let any = l["directory.filter.any"]
        form = Form(fields: [
            .choice("target_group", label: l["directory.filter.target_group"], options: [any] + targetGroups.map { $0.label(language) }),
            .text("municipality", label: l["directory.field.municipality"],
                  text: municipalityCode.flatMap(Municipality.named(code:))?.nameFI ?? "", placeholder: any,
                  completions: MunicipalityCompletion.names),
            .choice("kind", label: l["directory.filter.kind"], options: [any] + activityKinds.map { $0.label(language) }),
            .text("words", label: l["directory.referral.words"]),
        ], language: language)
        list = ListView(columns: [
            ListColumn(l["directory.referral.activity"], width: .flexible(min: 12, weight: 3)),
            ListColumn(l["directory.referral.association"], width: .flexible(min: 10, weight: 2)),
            ListColumn(l["directory.referral.time"], width: .flexible(min: 8, weight: 2)),
        ], source: ArrayListSource([]), emptyText: l["directory.referral.none"])
    }

    var query: ReferralQuery {
        func pick(_ all: [CategoryLabel], _ key: String) -> String? {
            guard let i = form[key]?.choiceIndex, i > 0, i - 1 < all.count else { return nil }
            return all[i - 1].code
        }
        return ReferralQuery(targetGroup: pick(targetGroups, "target_group"),
                             municipalityCode: Municipality.find(form["municipality"]?.text ?? "")?.code,
                             activityKind: pick(activityKinds, "kind"), words: form["words"]?.text ?? "")
    }

    mutating func run(_ directory: DirectoryStore) {
        results = (try? directory.referrals(query)) ?? []
        list.setSource(ArrayListSource(results.map {
            ListRow([$0.activity.title, $0.associationName, $0.activity.schedule])
        }))
    }

    var selected: ReferralResult? { list.selection.flatMap { results.indices.contains($0) ? results[$0] : nil } }
}
