import Kumppani

/// The members view's keys. Help, key bar and menu come from these rows (`MeetingsBindings`).
extension MembersScreen: MeetingsKeyRows {
    static let keys: [KeyBinding] = [
        row(.memberAdd, [.char("a")], bar: true), row(.memberEdit, [.enter, .char("e")], bar: true),
        row(.memberEnd, [.char("k")], bar: true), row(.memberRemove, [.delete]),
        row(.back, [.escape], bar: true, menu: false),
    ] + moves
}
