import Kumppani

/// The Swedish texts beside the Finnish ones (issue 17). Ctrl-R on the agenda or the live
/// minutes (and inside the editor) switches the item texts shown and edited between Finnish
/// and Swedish: the field labels say which (`Päätösehdotus ruotsiksi`), the same keys (`e`,
/// `b`, `d`, Tab) open the Swedish field, and `t` edits the Swedish title. The texts are
/// `ItemField`s, so the autosave and the two-window check work as for the Finnish.
extension MeetingScreen {
    /// The field a key or Tab means now: its Swedish twin while the Swedish texts are shown.
    func shown(_ field: ItemField) -> ItemField {
        swedishShown ? (field.swedish ?? field) : (field.finnish ?? field)
    }

    /// The agenda screen's text fields; in Swedish the title is one of them (the Finnish title
    /// has its own prompt, `t`).
    var agendaFields: [ItemField] { swedishShown ? [.titleSV, .backgroundSV, .proposalSV] : [.background, .proposal] }

    /// The live minutes' text fields.
    var liveFields: [ItemField] { [.discussion, .decision, .dissent].map(shown) }
}

extension MeetingsPane {
    /// Switches the language; an open editor moves to the same field in the other language (the
    /// text typed so far is written first), or closes when that field has no editor there.
    func toggleSwedish(context: inout PaneContext) {
        let editing = meetingScreen?.editingField
        if editing != nil {
            stopEditing(context: &context)
            // A conflict the user has to settle first keeps the editor where it is.
            if input == .editor { return }
        }
        meetingScreen?.swedishShown.toggle()
        swedishChosen = meetingScreen?.swedishShown == true   // kept for the next meeting opened
        context.post(context.l[swedishChosen ? "meetings.swedish.on" : "meetings.swedish.off"])
        guard let editing, let open = meetingScreen else { return }
        let target = open.shown(editing)
        if open.editorFields.contains(target) { beginEditing(target, context: &context) }
    }

    /// Another meeting opens in the language last chosen with Ctrl-R when its body writes
    /// Swedish (bilingual or Swedish documents), its field labels saying so (`Päätösehdotus
    /// ruotsiksi`); a body without Swedish opens in Finnish. Neither posts a message: one would
    /// linger on the status line over the next meeting opened, in the other language.
    func swedishOnOpening(_ body: Body?) -> Bool {
        guard swedishChosen, let body else { return false }
        return body.bilingual || body.documentLanguage == .sv
    }
}
