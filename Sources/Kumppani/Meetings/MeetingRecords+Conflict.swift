import Foundation

/// A negotiation goal as `updateGoal` writes it (the Swedish texts have their own edit).
extension NegotiationGoal: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("meetings.goal.goal", goal), ("meetings.goal.measures", measures), ("meetings.goal.responsible", responsible),
         ("meetings.goal.indicator", indicator), ("meetings.goal.status", L(language)["meetings.goal.status.\(status.rawValue)"])]
    }
}

/// An action as `updateAction` and `setActionDone` write it.
extension MeetingAction: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func day(_ iso: String?) -> String { iso.map(MeetingFormat.date) ?? "" }
        return [("meetings.pane.col_action", text), ("meetings.pane.col_owner", owner), ("meetings.pane.col_due", day(dueOn)),
                ("sync.field.action_done", day(doneOn))]
    }
}

/// An attendance row as `correctAttendanceTimes` writes it: the times and the note that tells
/// at which § someone came or left.
extension Attendance: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("sync.field.arrived", MeetingFormat.localTime(ofInstant: arrivedAt)), ("sync.field.left", MeetingFormat.localTime(ofInstant: leftAt)),
         ("sync.field.attendance_note", note)]
    }
}

public typealias GoalConflict = EditConflict<NegotiationGoal>
public typealias ActionConflict = EditConflict<MeetingAction>
public typealias AttendanceConflict = EditConflict<Attendance>
