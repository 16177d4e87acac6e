import Kumppani

/// The list's keys. Help, key bar and menu come from these rows (`MeetingsBindings`).
extension BodiesScreen: MeetingsKeyRows {
    static let keys: [KeyBinding] = [
        row(.open, [.enter], bar: true), row(.start, [.char("s")], bar: true),
        row(.new, [.char("n")], bar: true), row(.newNegotiation, [.char("v")]),
        row(.newBody, [.char("b")], bar: true), row(.bodySettings, [.char("E")]), row(.membersView, [.char("m")]),
        row(.focus, [.tab, .left, .right], menu: false), row(.advance, [.char(">")]),
        row(.export, [.char("x")], bar: true), row(.delete, [.delete]),
        row(.actionsView, [.char("t")]), row(.goalsView, [.char("g")]),
    ] + moves
}
