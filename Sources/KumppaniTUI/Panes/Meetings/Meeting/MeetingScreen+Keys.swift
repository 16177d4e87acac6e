import Kumppani

/// The agenda's keys. Help, key bar and menu come from these rows (`MeetingsBindings`).
extension MeetingScreen: MeetingsKeyRows {
    static let agendaKeys: [KeyBinding] = [
        row(.itemAdd, [.char("a")], bar: true), row(.itemTitle, [.char("t")]),
        row(.itemPreparer, [.char("v")]), row(.itemBackground, [.char("b")]),
        row(.itemProposal, [.char("e")], bar: true), row(.itemKind, [.char("k")]),
        row(.itemAttach, [.char("l")]), row(.itemRound, [.char("g")]), row(.itemAssociations, [.char("y")]), row(.itemMoveUp, [.char("-")]), row(.itemMoveDown, [.char("+")]),
        row(.itemDelete, [.delete]), row(.meetingDate, [.char("d")]), row(.meetingTime, [.char("o")]),
        row(.meetingPlace, [.char("w")]), row(.officers, [.char("u")]), row(.itemCase, [.char("#")]),
        row(.swedish, [.ctrl("r")]),
        row(.start, [.char("s")], bar: true), row(.advance, [.char(">")]),
        row(.export, [.char("x")], bar: true), row(.back, [.escape], bar: true, menu: false),
    ] + moves

    /// While the minutes editor is open.
    static let editingKeys: [KeyBinding] = [
        row(.editorDone, [.escape], bar: true, menu: false), row(.editorField, [.tab], bar: true, menu: false),
        row(.editorPrevious, [.backTab], menu: false), row(.acceptSuggestion, [.ctrl("o")], bar: true, menu: false),
        row(.timeStamp, [.ctrl("t")], bar: true, menu: false),
        row(.next, [.ctrl("n")], bar: true, menu: false), row(.previous, [.ctrl("p")], menu: false),
        row(.swedish, [.ctrl("r")], menu: false),
    ]
}
