import Kumppani

/// The goals view's keys. Help, key bar and menu come from these rows (`MeetingsBindings`).
extension GoalsScreen: MeetingsKeyRows {
    static let keys: [KeyBinding] = [
        row(.goalAdd, [.char("a")], bar: true), row(.goalEdit, [.char("e"), .enter]),
        row(.goalStatus, [.char("s")], bar: true), row(.goalCarry, [.char("c")]),
        row(.goalYearPrev, [.char("[")]), row(.goalYearNext, [.char("]")]),
        row(.goalSwedish, [.char("r")]),
        row(.back, [.escape], bar: true, menu: false),
    ] + moves
}
