import Kumppani

/// The actions view's keys. Help, key bar and menu come from these rows (`MeetingsBindings`).
extension ActionsScreen: MeetingsKeyRows {
    static let keys: [KeyBinding] = [
        row(.actionDone, [.char(" "), .char("d")], bar: true), row(.actionScope, [.char("f")], bar: true),
        row(.actionOwner, [.char("o")]), row(.back, [.escape], bar: true, menu: false),
        // Last in the bar: on a narrow screen the older keys keep their places.
        row(.actionMeeting, [.enter], bar: true),
    ] + moves
}
