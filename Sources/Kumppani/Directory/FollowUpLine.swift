import Foundation

/// One line of the follow-up worklist, shared by `kumppani followups` and pane 1's worklist:
/// date, how it stands against today, association, contact kind and note.
public enum FollowUpLine {
    /// "overdue 3 d" / "today" / "in 2 d", in the user's language.
    public static func status(_ item: DueFollowUp, today: CivilDate, _ language: Language) -> String {
        let l = L(language)
        guard let on = item.entry.followUpOn.flatMap(CivilDate.init(iso:)) else { return "" }
        let days = today.days(until: on)
        if days < 0 { return l["worklist.overdue", -days] }
        if days == 0 { return l["worklist.today"] }
        return l["worklist.upcoming", days]
    }

    /// The whole line as plain text (the caller cleans it for the terminal).
    public static func text(_ item: DueFollowUp, today: CivilDate, _ language: Language) -> String {
        let date = item.entry.followUpOn.flatMap(CivilDate.init(iso:))?.formatted(language) ?? (item.entry.followUpOn ?? "")
        let note = item.entry.note.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        var line = date + "  " + status(item, today: today, language) + "  " + item.associationName
            + "  (" + item.entry.kind.label(language) + ")"
        if !note.isEmpty { line += " " + note }
        return line
    }
}
