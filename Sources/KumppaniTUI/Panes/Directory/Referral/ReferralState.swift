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
    /// Activities marked for the slip (Space), by id: they stay marked when the criteria change.
    var markedActivities: Set<Int64> = []
    /// The resident's language for the slip (`k`); starts as the UI's.
    var slipLanguage: Language = .fi

    init(directory: DirectoryStore, municipalityCode: String?, language: Language) {
        let l = L(language)
        targetGroups = (try? directory.categories("target_group")) ?? []
        activityKinds = (try? directory.categories("activity_kind")) ?? []
        let any = l["directory.filter.any"]
        slipLanguage = language
        form = Form(fields: [
            .choice("target_group", label: l["directory.filter.target_group"], options: [any] + targetGroups.map { $0.label(language) }),
            .text("municipality", label: l["directory.field.municipality"],
                  text: municipalityCode.flatMap(Municipality.named(code:))?.name(language) ?? "", placeholder: any,
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

    /// The typed municipality: an exact Finnish or Swedish name or code, or the only name that
    /// begins with the text. `nil` when the field is empty; `.unknown` when it names none.
    enum Place: Equatable { case any, code(String), unknown(String) }

    var place: Place {
        let typed = (form["municipality"]?.text ?? "").trimmingCharacters(in: .whitespaces)
        if typed.isEmpty { return .any }
        if let m = Municipality.find(typed) { return .code(m.code) }
        let names = MunicipalityCompletion.names(typed)
        if names.count == 1, let m = Municipality.find(names[0]) { return .code(m.code) }
        return .unknown(typed)
    }

    var query: ReferralQuery {
        func pick(_ all: [CategoryLabel], _ key: String) -> String? {
            guard let i = form[key]?.choiceIndex, i > 0, i - 1 < all.count else { return nil }
            return all[i - 1].code
        }
        var code: String?
        if case .code(let c) = place { code = c }
        return ReferralQuery(targetGroup: pick(targetGroups, "target_group"), municipalityCode: code,
                             activityKind: pick(activityKinds, "kind"), words: form["words"]?.text ?? "")
    }

    /// At most this many results are listed; more are counted as "500+".
    static let limit = 500
    var isTruncated = false

    /// The background channel of the view's query: a newer query replaces an older one.
    static let channel = "directory.referral"
    /// The criteria whose answer is on its way or shown; nil for a municipality nobody knows.
    private(set) var askedQuery: ReferralQuery?
    /// True while the answer to the criteria as typed has not come back yet.
    private(set) var isSearching = false
    /// Enter was pressed before the answer came: go to the results once it is here.
    var entersResultsWhenReady = false

    /// What a background query hands back: the criteria it answers, so a late answer to older
    /// criteria is never shown as the answer to the new ones.
    struct Answer: Sendable {
        let query: ReferralQuery
        let results: [ReferralResult]
    }

    /// Asks for the results of the criteria as they are now. The query runs off the key path
    /// (at 100,000 associations it can take longer than a frame); `receive` shows its answer.
    mutating func requestResults(_ context: inout PaneContext) {
        // A municipality the program does not know must not silently widen the answer to every municipality.
        if case .unknown = place {
            askedQuery = nil
            isSearching = false
            show([])
            return
        }
        let q = query
        guard q != askedQuery else { return }
        askedQuery = q
        isSearching = true
        let limit = Self.limit + 1
        context.runInBackground(Self.channel) { store in
            Answer(query: q, results: try DirectoryStore(store: store).referrals(q, limit: limit))
        }
    }

    /// The answer of a background query: shown when it answers the criteria as they are now.
    mutating func receive(_ result: BackgroundResult, context: inout PaneContext) {
        switch result.value {
        case .success(let value):
            guard let answer = value as? Answer, answer.query == askedQuery else { return }
            isSearching = false
            show(answer.results)
            if entersResultsWhenReady {
                entersResultsWhenReady = false
                inResults = !results.isEmpty
            }
        case .failure(let error):
            isSearching = false
            entersResultsWhenReady = false
            show([])
            context.post((error as? UserFacingError)?.message(context.language) ?? "\(error)", kind: .error)
        }
    }

    /// Enter or PgDn in the criteria: to the results now, or as soon as they come.
    mutating func enterResults() {
        if isSearching { entersResultsWhenReady = true } else { inResults = !results.isEmpty }
    }

    private mutating func show(_ found: [ReferralResult]) {
        results = found
        isTruncated = results.count > Self.limit
        if isTruncated { results.removeLast(results.count - Self.limit) }
        refreshRows(keeping: nil)
    }

    var selected: ReferralResult? { list.selection.flatMap { results.indices.contains($0) ? results[$0] : nil } }

    /// The line between the criteria and the results: the count and the keys, or what is wrong with the criteria.
    func hint(inResults: Bool, language: Language) -> (text: String, isProblem: Bool) {
        let l = L(language)
        if case .unknown(let typed) = place {
            return (l["directory.referral.unknown_place", typed], true)
        }
        if isSearching { return (l["directory.referral.searching"], false) }
        let count = isTruncated ? "\(Self.limit)+" : String(results.count)
        let suffix = results.count == 1 && !isTruncated ? "_one" : ""
        return (l[(inResults ? "directory.referral.hint_results" : "directory.referral.hint_form") + suffix, count], false)
    }
}
