import Foundation
import Kumppani

/// A searchable list over the pane, for lists too long to scroll: the meeting's officers (from
/// everyone the program knows) and the associations an agenda item concerns.
struct MeetingsPicker {
    enum Purpose: Equatable {
        /// Chair, secretary, 1st and 2nd checker, in turn (0...3).
        case officer(Int)
        /// Links or unlinks an association to the current item.
        case association
    }
    var purpose: Purpose
    /// Parallel to the dialog's items; 0 is "nobody".
    var ids: [Int64]
    var dialog: PickerDialog
    /// The people's bare names, parallel to `ids` (officers): a typed name must match one exactly.
    var names: [String] = []
}

extension MeetingsPane {
    func openPicker(_ purpose: MeetingsPicker.Purpose, title: String, choices: [(Int64, String)], names: [String] = [], context: PaneContext) {
        picker = MeetingsPicker(purpose: purpose, ids: choices.map(\.0),
                                dialog: PickerDialog(title: title, items: choices.map(\.1), language: context.language, box: context.boxStyle),
                                names: names)
    }

    func handlePicker(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard var p = picker else { return .ignored }
        let result = p.dialog.handle(event)
        picker = p
        switch result {
        case .cancelled:
            picker = nil
        case .activated(let index):
            picker = nil
            guard p.ids.indices.contains(index) else { return .handled }
            if case .officer(let officer) = p.purpose, askIfNotExact(p, index: index, officer: officer, context: &context) { return .handled }
            picked(p.purpose, id: p.ids[index], context: &context)
        default:
            break
        }
        return .handled
    }

    func picked(_ purpose: MeetingsPicker.Purpose, id: Int64, context: inout PaneContext) {
        switch purpose {
        case .officer(let index):
            guard var m = meeting else { return }
            let person: Int64? = id == 0 ? nil : id
            switch index {
            case 0: m.chairPersonID = person
            case 1: m.secretaryPersonID = person
            case 2: m.checker1PersonID = person
            default: m.checker2PersonID = person
            }
            if saveMeeting(m, context: &context) { chooseOfficer(index + 1, context: &context) }
        case .association:
            guard let item = currentItem, id != 0 else { return }
            let associations = meetingScreen?.details.associations ?? []
            let linked = associations.contains { $0.id == id }
            let name = associations.first { $0.id == id }?.name ?? ""
            if attempt(&context, { linked ? try $0.unlinkAssociation(itemID: item.id, associationID: id)
                                          : try $0.linkAssociation(itemID: item.id, associationID: id) }) {
                reloadDetails(context: &context)
                let shown = linked ? name : (meetingScreen?.details.associations.first { $0.id == id }?.name ?? "")
                context.post(context.l[linked ? "meetings.pane.association_unlinked" : "meetings.pane.association_linked", shown])
            }
        }
    }

    /// The officers one after another; Esc leaves the rest as they are.
    func chooseOfficer(_ index: Int, context: inout PaneContext) {
        guard index < Self.officerSteps.count, let m = meeting else { return }
        let l = context.l
        let s = store(context)
        let members = ((try? s.members(bodyID: m.bodyID)) ?? []).filter { $0.serves(on: m.heldOn) }
        let memberIDs = Set(members.map(\.personID))
        // Members first, with their role; then everyone else, told apart by their association.
        var choices: [(Int64, String)] = [(0, l["meetings.picker.nobody"])]
        var names = [""]
        choices += members.map { ($0.personID, $0.personName + " · " + l["meetings.role.\($0.role.rawValue)"]) }
        names += members.map(\.personName)
        let others = ((try? s.personChoices()) ?? []).filter { !memberIDs.contains($0.id) }
        choices += others.map { ($0.id, $0.label) }
        names += others.map(\.name)
        let current = [m.chairPersonID, m.secretaryPersonID, m.checker1PersonID, m.checker2PersonID][index]
        let title = l["meetings.picker.officer", l["meetings.dialog.\(Self.officerSteps[index])"], index + 1,
                      current.map { meetingScreen?.officerName($0) ?? "–" } ?? "–"]
        openPicker(.officer(index), title: title, choices: choices, names: names, context: context)
        if let current, let row = choices.firstIndex(where: { $0.0 == current }) { picker?.dialog.highlight(item: row) }  // Enter keeps them
    }

    /// Associations, those already linked first and ticked; choosing one links or unlinks it.
    func chooseAssociation(context: inout PaneContext) {
        guard let open = meetingScreen, open.currentItem != nil else { return }
        let linked = open.details.associations
        let linkedIDs = Set(linked.map(\.id))
        let all = (try? store(context).associationChoices()) ?? []
        if all.isEmpty { context.post(context.l["meetings.pane.no_associations"]); return }
        let choices = linked.map { ($0.id, "✓ " + $0.name) } + all.filter { !linkedIDs.contains($0.id) }.map { ($0.id, $0.label) }
        openPicker(.association, title: context.l["meetings.picker.association"], choices: choices, context: context)
    }
}

extension MeetingsPane {
    /// A typed name is never silently replaced by a different person ("Hanna Salo" is not
    /// "Hanna Salonen"): when the first match is not the typed name exactly and the user did not
    /// move to it, the candidates are offered with "add a new person". True when it asked.
    func askIfNotExact(_ p: MeetingsPicker, index: Int, officer: Int, context: inout PaneContext) -> Bool {
        let typed = p.dialog.filter.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty, p.dialog.selection == 0, p.names.indices.contains(index) else { return false }
        func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive], locale: Locale(identifier: "fi_FI")) }
        if fold(p.names[index]) == fold(typed) { return false }
        // Found by what the row says besides the name (an association, a role): the row was meant.
        let label = p.dialog.items.indices.contains(index) ? p.dialog.items[index] : ""
        if label.hasPrefix(p.names[index]), fold(String(label.dropFirst(p.names[index].count))).contains(fold(typed)) { return false }
        let l = context.l
        let candidates = p.dialog.matches.prefix(9).filter { p.ids.indices.contains($0) && p.ids[$0] != 0 }
        var rows = candidates.map { MeetingsOfferedRow(id: p.ids[$0], name: p.names[$0]) }
        var labels = candidates.map { p.dialog.items[$0] }
        rows.append(MeetingsOfferedRow(id: nil, name: typed))
        labels.append(l["meetings.picker.add_person", typed])
        draft = [String(officer)]
        choose(&context, .officerCandidate, title: l["meetings.dialog.officer_candidate", typed], options: labels, rows: rows)
        return true
    }

    /// The candidate chosen, or a new person of the typed name.
    func answerOfficerCandidate(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard let officer = draft.first.flatMap(Int.init) else { return }
        var id = row.id
        if id == nil {
            let name = row.name
            guard attempt(&context, { id = try $0.createPerson(name: name) }) else { return }
        }
        if let id { picked(.officer(officer), id: id, context: &context) }
    }
}
