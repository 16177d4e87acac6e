import XCTest
import Kumppani
@testable import KumppaniTUI

/// Typed actions and dialog answers (issue 13, item 3): every binding names an action its pane
/// handles, a choice answers with its row, and an action off its screen says so.
final class TypedActionsTests: XCTestCase {
    static let meetingsRows = [MeetingsBindings.list, MeetingsBindings.agenda, MeetingsBindings.live, MeetingsBindings.editing,
                               MeetingsBindings.picker, MeetingsBindings.attendance, MeetingsBindings.actions,
                               MeetingsBindings.members, MeetingsBindings.goals].flatMap { $0 }
    static let directoryRows = DirectoryBindings.all + DirectoryBindings.searchBar + DirectoryBindings.formBar
        + DirectoryBindings.checklistBar + DirectoryBindings.filterBar + DirectoryBindings.referralFormBar
        + DirectoryBindings.referralResultsBar + DirectoryBindings.mergeBar
    static let grantsRows = GrantsBindings.all

    func testEveryBindingOfEveryPaneIsOneOfItsActions() {
        for b in Self.meetingsRows {
            let action = MeetingsAction(b.action)
            XCTAssertNotNil(action, "meetings binding \(b.action) is no MeetingsAction")
            XCTAssertEqual(b.labelKey, "meetings.action.\(action?.rawValue ?? "?")", "the label key follows the action")
        }
        for b in Self.directoryRows { XCTAssertNotNil(DirectoryAction(b.action), "directory binding \(b.action) is no DirectoryAction") }
        for b in Self.grantsRows { XCTAssertNotNil(GrantsAction(b.action), "grants binding \(b.action) is no GrantsAction") }
        // The palette names stay as they were (`:meetings.next`, `:directory.add`, `:grants.decide`).
        XCTAssertEqual(MeetingsAction.next.id, ActionID("meetings.next"))
        XCTAssertEqual(DirectoryAction.add.id, ActionID("directory.add"))
        XCTAssertEqual(GrantsAction.decide.id, ActionID("grants.decide"))
        XCTAssertEqual(MeetingsAction(ActionID("meetings.nxt")), nil, "a misspelt id is no action")
    }

    func testEveryBoundActionHasItsLabelInBothLanguages() {
        for b in Self.meetingsRows + Self.directoryRows + Self.grantsRows {
            let text = Catalog.all[b.labelKey]
            XCTAssertNotNil(text, "no label \(b.labelKey)")
            XCTAssertFalse(text?.fi.isEmpty ?? true)
            XCTAssertFalse(text?.en.isEmpty ?? true)
        }
    }

    func testTheConflictDialogsAnswerToTheirPanesActions() {
        XCTAssertEqual(DirectoryAction(.directoryConflict), .conflict)
        XCTAssertEqual(GrantsAction(.grantsConflict), .conflict)
    }

    func testAChoiceAnswersWithTheRowNotItsLabel() {
        var choice = DialogState(DialogRequest(title: "t", kind: .choice(options: ["Matti Virtanen", "Matti Virtanen"], selected: 0)))
        _ = choice.handle(.key(.down))
        XCTAssertEqual(choice.handle(.key(.enter)), .accept(.choice(1)), "two rows that read alike stay apart")
        var prompt = DialogState(DialogRequest(title: "t", kind: .prompt(label: "l", initial: "5 2 0")))
        XCTAssertEqual(prompt.handle(.key(.enter)), .accept(.text("5 2 0")))
        var confirm = DialogState(DialogRequest(title: "t", kind: .confirm(message: "m"), argument: "42"))
        XCTAssertEqual(confirm.handle(.key(.char("k"))), .accept(.confirmed))
        XCTAssertEqual(DialogAnswer.confirmed.asArgument(confirming: "42"), "42", "a confirmation brings the request's argument")
        var options = DialogState(DialogRequest(title: "t", kind: .options(message: "m", options: ["a", "b", "c"], selected: 0)))
        XCTAssertEqual(options.handle(.key(.char("3"))), .accept(.choice(2)))
    }

    func testAMeetingsActionOffItsScreenSaysSoInsteadOfNothing() throws {
        for (language, expected) in [(Language.fi, "”Äänestys” ei ole käytettävissä tässä näkymässä."),
                                     (.en, "“Vote” is not available in this view.")] {
            let (app, _) = try makeApp(language: language, panes: [MeetingsPane()])
            app.press(.char("3"))
            app.perform(MeetingsAction.vote.id, in: .meetings, argument: nil)   // as the palette would, on the list
            XCTAssertTrue(app.screen(100, 30).text.contains(expected), app.screen(100, 30).text)
        }
    }
}
