import XCTest
import Kumppani
@testable import KumppaniTUI

/// The multi-choice field: a line of chosen labels, a checklist under it opened with Space.
final class FormMultiChoiceTests: XCTestCase {
    private let groups = ["Lapset", "Nuoret", "Ikääntyneet", "Omaishoitajat", "Maahanmuuttajat"]

    private func makeForm(chosen: [Int] = [1]) -> Form {
        Form(fields: [
            .text("name", label: "Nimi"),
            .multiChoice("groups", label: "Kohderyhmät", options: groups, chosen: chosen, placeholder: "(välilyönti: valitse)"),
            .text("note", label: "Huom"),
        ], language: .fi)
    }

    private func draw(_ form: Form, width: Int = 50, height: Int = 10) -> [String] {
        var frame = Frame(size: Size(width: width, height: height))
        form.render(into: &frame, in: frame.bounds, focused: true)
        return (0..<height).map { frame.line($0) }
    }

    private func press(_ keys: Key..., on form: inout Form) {
        for k in keys { _ = form.handle(.key(k)) }
    }

    func testSpaceOpensAChecklistWhereSpaceTogglesAndTheLineListsTheChoices() {
        var form = makeForm()
        press(.tab, on: &form)
        XCTAssertTrue(draw(form)[1].contains("Nuoret"))
        press(.char(" "), on: &form)
        var lines = draw(form)
        XCTAssertTrue(lines[2].contains("[ ] Lapset"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines[3].contains("[x] Nuoret"))
        XCTAssertEqual(form.checklistCursor, 1, "opens on the first chosen option")
        press(.down, .char(" "), on: &form)   // Ikääntyneet on
        press(.char("o"), .char(" "), on: &form)   // the letter jumps to Omaishoitajat
        press(.up, .up, .char(" "), on: &form)    // Nuoret off
        lines = draw(form)
        XCTAssertTrue(lines[4].contains("[x] Ikääntyneet") && lines[5].contains("[x] Omaishoitajat"), lines.joined(separator: "\n"))
        XCTAssertEqual(form["groups"], .choices([2, 3]))
        press(.enter, on: &form)
        XCTAssertNil(form.checklistCursor)
        lines = draw(form)
        XCTAssertTrue(lines[1].contains("Ikääntyneet, Omaishoitajat"), lines[1])
        XCTAssertFalse(lines[2].contains("[x]"), "the checklist closed")
        XCTAssertEqual(form.focus, 1, "Enter closes the list and stays on the field")
        XCTAssertTrue(form.isChanged)
    }

    func testEscClosesTheChecklistOnlyAndTabMovesOn() {
        var form = makeForm(chosen: [])
        press(.tab, on: &form)
        XCTAssertTrue(draw(form)[1].contains("(välilyönti: valitse)"), "the placeholder shows while nothing is chosen")
        press(.char(" "), .char(" "), on: &form)
        XCTAssertEqual(form.handle(.key(.escape)), .handled, "Esc closes the list, it does not cancel the form")
        XCTAssertNil(form.checklistCursor)
        XCTAssertEqual(form["groups"], .choices([0]))
        press(.right, .tab, on: &form)
        XCTAssertEqual(form.focus, 2)
        XCTAssertNil(form.checklistCursor)
        XCTAssertEqual(form.handle(.key(.ctrl("s"))), .submitted)
    }

    func testATallChecklistKeepsTheHighlightedOptionOnScreen() {
        var form = makeForm(chosen: [])
        press(.tab, .char(" "), .end, on: &form)
        let lines = draw(form, height: 4)
        XCTAssertTrue(lines.contains { $0.contains("[ ] Maahanmuuttajat") }, lines.joined(separator: "\n"))
    }
}
