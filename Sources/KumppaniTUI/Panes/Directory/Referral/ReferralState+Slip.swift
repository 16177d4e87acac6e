import Kumppani

/// Several activities on one slip: Space marks results; the slip holds the marked ones in list
/// order, or the selected one when none is marked; `k` switches the resident's language.
extension ReferralState {
    /// The activities the slip is written for.
    var slipResults: [ReferralResult] {
        let marked = results.filter { markedActivities.contains($0.activity.id) }
        if !marked.isEmpty { return marked }
        return selected.map { [$0] } ?? []
    }

    mutating func toggleMark() {
        guard let chosen = selected else { return }
        if markedActivities.remove(chosen.activity.id) == nil { markedActivities.insert(chosen.activity.id) }
        refreshRows(keeping: list.selection)
    }

    /// The rows with `*` before a marked activity, keeping the cursor where it was.
    mutating func refreshRows(keeping selection: Int?) {
        let top = list.top
        list.setSource(ArrayListSource(results.map {
            ListRow([(markedActivities.contains($0.activity.id) ? "* " : "") + $0.activity.title, $0.associationName, $0.activity.schedule],
                    role: markedActivities.contains($0.activity.id) ? .highlight : .normal)
        }))
        // Back to the same rows: the old top first, then the cursor, so the view does not jump.
        if let selection, !results.isEmpty {
            list.select(min(top, results.count - 1))
            list.select(min(selection, results.count - 1))
        }
    }

    mutating func switchSlipLanguage() {
        // The resident's language: Finnish, Swedish, English, round again (issue 17 added Swedish).
        slipLanguage = [Language.fi, .sv, .en].drop { $0 != slipLanguage }.dropFirst().first ?? .fi
    }
}
