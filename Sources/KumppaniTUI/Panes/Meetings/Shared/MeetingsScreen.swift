import Kumppani

/// Which screen the meetings pane shows, each with its own state. The root list (`home`, a
/// `BodiesScreen`) lives on the pane and is kept while a deeper screen is open, so Esc comes back
/// to the same selection; every other screen's state exists only while it is shown, so nothing
/// of the last meeting lingers on the actions screen.
enum MeetingsScreen {
    /// The bodies and their meetings (`MeetingsPane.home`).
    case list
    /// An open meeting: its agenda or its live minutes (`MeetingScreen.mode`).
    case meeting(MeetingScreen)
    case actions(ActionsScreen)
    case goals(GoalsScreen)
    case members(MembersScreen)

    /// A screen's name. The raw values name the screen in a prompt draft (`MeetingsPane+PromptDraft`).
    enum Name: String, Equatable { case list, agenda, live, actions, goals, members }

    var name: Name {
        switch self {
        case .list: return .list
        case .meeting(let m): return m.mode == .live ? .live : .agenda
        case .actions: return .actions
        case .goals: return .goals
        case .members: return .members
        }
    }
}

/// Each screen's state, nil while another screen is shown. Setting one shows that screen;
/// setting nil goes back to the list. A change made through these is made in place: the
/// enum's payload is taken out while it changes, so the editor's text is never copied per key.
extension MeetingsPane {
    var screenName: MeetingsScreen.Name { screen.name }

    var meetingScreen: MeetingScreen? {
        get { if case .meeting(let m) = screen { return m } else { return nil } }
        _modify {
            var value: MeetingScreen?
            if case .meeting(let m) = screen { value = m; screen = .list }
            defer { if let value { screen = .meeting(value) } }
            yield &value
        }
    }

    var actionsScreen: ActionsScreen? {
        get { if case .actions(let a) = screen { return a } else { return nil } }
        _modify {
            var value: ActionsScreen?
            if case .actions(let a) = screen { value = a; screen = .list }
            defer { if let value { screen = .actions(value) } }
            yield &value
        }
    }

    var goalsScreen: GoalsScreen? {
        get { if case .goals(let g) = screen { return g } else { return nil } }
        _modify {
            var value: GoalsScreen?
            if case .goals(let g) = screen { value = g; screen = .list }
            defer { if let value { screen = .goals(value) } }
            yield &value
        }
    }

    var membersScreen: MembersScreen? {
        get { if case .members(let m) = screen { return m } else { return nil } }
        _modify {
            var value: MembersScreen?
            if case .members(let m) = screen { value = m; screen = .list }
            defer { if let value { screen = .members(value) } }
            yield &value
        }
    }

    /// The open meeting (nil on the other screens).
    var meeting: Meeting? { meetingScreen?.meeting }
    /// The item selected in the open meeting.
    var currentItem: AgendaItem? { meetingScreen?.currentItem }
    /// The open meeting's editor or attendance mode (none on the other screens).
    var input: MeetingScreen.Input { meetingScreen?.input ?? .none }
    /// The body selected in the list.
    var currentBody: Body? { home.currentBody }
    /// The meeting selected in the list.
    var selectedMeeting: Meeting? { home.selectedMeeting }
}
