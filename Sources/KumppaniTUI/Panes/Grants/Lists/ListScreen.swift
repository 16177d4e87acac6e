import Kumppani

/// A side list (warnings, disqualifications, due dates) and the screen Esc goes back to.
/// Enter on a line opens its application, which comes back here.
struct ListScreen {
    var list: SideList
    var returnTo: GrantsScreen

    mutating func move(by step: Int) { list.move(by: step) }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        list.render(into: &frame, in: area, emptyText: context.l["grants.side.empty"])
    }
}
