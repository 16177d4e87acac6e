import Foundation
import Kumppani

/// Drawing: the shown screen draws itself from its own state; the pane adds its searchable list.
extension MeetingsPane {
    public func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        guard area.width >= 20, area.height >= 5 else { return }
        switch screen {
        case .list: home.render(into: &frame, in: area, context: context)
        case .meeting(let m): m.render(into: &frame, in: area, context: context)
        case .actions(let a): a.render(into: &frame, in: area, context: context)
        case .goals(let g): g.render(into: &frame, in: area, context: context)
        case .members(let m): m.render(into: &frame, in: area, context: context)
        }
        picker?.dialog.render(into: &frame, in: area, focused: true)
        bodyForm?.render(into: &frame, in: area, context: context)
    }
}
