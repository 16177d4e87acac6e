import Kumppani

/// The live minutes' keys. Help, key bar and menu come from these rows (`MeetingsBindings`).
extension MeetingScreen {
    static let liveKeys: [KeyBinding] = [
        row(.next, [.char("n")], bar: true), row(.previous, [.char("p")], bar: true),
        row(.editDiscussion, [.enter, .char("e")], bar: true), row(.editDecision, [.char("d")]),
        row(.editDissent, [.char("r")]), row(.asProposed, [.char("h")], bar: true),
        row(.timeStamp, [.char("t")]), row(.attendance, [.char("a")], bar: true),
        row(.vote, [.char("v")]), row(.counter, [.char("c")]), row(.disqualify, [.char("j")]),
        row(.actionAdd, [.char("o")]), row(.end, [.char("E")]), row(.export, [.char("x")]),
        row(.amend, [.char("m")]), row(.advance, [.char(">")]),
        row(.sectionDecide, [.char("g")]), row(.sectionApplications, [.char("l")]), row(.itemCase, [.char("#")]),
        row(.officers, [.char("u")]), row(.attendanceTime, [.char("k")]), row(.swedish, [.ctrl("r")]),
        row(.back, [.escape], menu: false),
    ] + moves

    /// While attendance is taken (`a`): each person's letter toggles them.
    static let attendanceModeKeys: [KeyBinding] = [
        row(.attendanceDone, [.escape, .enter], bar: true, menu: false),
    ]
}
