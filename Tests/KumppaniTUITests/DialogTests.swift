import XCTest
import Kumppani
@testable import KumppaniTUI

final class DialogTests: XCTestCase {
    private func draw(size: Size, _ body: (inout Frame) -> Void) -> Frame {
        var frame = Frame(size: size)
        body(&frame)
        return frame
    }

    func testConfirmDialogIsCentredWithBorderTitleAndAnswers() {
        var dialog = ConfirmDialog(title: "Poista", message: "Poistetaanko yhdistys Kylätoimikunta?",
                                   defaultAnswer: false, language: .fi)
        let frame = draw(size: Size(width: 80, height: 24)) { dialog.render(into: &$0, in: $0.bounds, focused: true) }
        let rows = (0..<24).filter { frame.line($0).contains("┌") }
        XCTAssertEqual(rows.count, 1)
        guard let top = rows.first else { return }
        XCTAssertTrue(frame.line(top).contains("┌─ Poista ─"), frame.line(top))
        XCTAssertTrue(frame.line(top + 1).contains("│ Poistetaanko yhdistys Kylätoimikunta?"))
        XCTAssertTrue(frame.line(top + 3).contains("[ Kyllä ]  [ Ei ]"))
        XCTAssertTrue(frame.line(top + 4).contains("└"))
        // Centred: as much space on the left as on the right (within one column).
        let line = frame.line(top)
        let left = line.prefix { $0 == " " }.count
        let right = 80 - line.count
        XCTAssertLessThanOrEqual(abs(left - right), 1)
        // "Ei" (the default) is highlighted.
        guard let eiX = frame.line(top + 3).firstRange(of: "[ Ei ]").map({ frame.line(top + 3).distance(from: frame.line(top + 3).startIndex, to: $0.lowerBound) }) else { return XCTFail() }
        XCTAssertEqual(frame[eiX, top + 3].role, .selection)

        XCTAssertEqual(dialog.handle(.key(.enter)), .answered(false))
        XCTAssertEqual(dialog.handle(.key(.escape)), .answered(false))
        XCTAssertEqual(dialog.handle(.key(.char("k"))), .answered(true))
        _ = dialog.handle(.key(.left))
        XCTAssertEqual(dialog.handle(.key(.enter)), .answered(true))
    }

    func testConfirmDialogUsesAsciiBordersWhenAsked() {
        let dialog = ConfirmDialog(title: "Delete", message: "Sure?", language: .en, box: .ascii)
        let frame = draw(size: Size(width: 40, height: 12)) { dialog.render(into: &$0, in: $0.bounds, focused: true) }
        XCTAssertTrue(frame.text.contains("+- Delete -"))
        XCTAssertFalse(frame.text.contains("┌"))
        XCTAssertTrue(frame.text.contains("[ Yes ]  [ No ]"))
    }

    func testPickerFiltersCaseInsensitivelyAndPicksTheOriginalIndex() {
        let towns = ["Helsinki", "Espoo", "Vantaa", "Hämeenlinna", "Kauniainen", "Lahti"]
        var picker = PickerDialog(title: "Kunta", items: towns, language: .fi)
        for c in "HÄM" { _ = picker.handle(.key(.char(c))) }
        XCTAssertEqual(picker.matches, [3])
        var frame = draw(size: Size(width: 80, height: 24)) { picker.render(into: &$0, in: $0.bounds, focused: true) }
        XCTAssertTrue(frame.text.contains("> HÄM"))
        XCTAssertTrue(frame.text.contains("Hämeenlinna"))
        XCTAssertFalse(frame.text.contains("Helsinki"))
        XCTAssertTrue(frame.text.contains("Enter valitsee, Esc peruu"))
        XCTAssertEqual(picker.handle(.key(.enter)), .activated(3))

        _ = picker.handle(.key(.ctrl("u")))
        for c in "ain" { _ = picker.handle(.key(.char(c))) }
        XCTAssertEqual(picker.matches.map { towns[$0] }, ["Kauniainen"])
        _ = picker.handle(.key(.ctrl("u")))
        for c in "hl" { _ = picker.handle(.key(.char(c))) }     // letters in order: fuzzy
        XCTAssertEqual(picker.matches.map { towns[$0] }, ["Helsinki", "Hämeenlinna"])
        _ = picker.handle(.key(.ctrl("u")))
        for c in "an" { _ = picker.handle(.key(.char(c))) }
        XCTAssertEqual(picker.matches.map { towns[$0] }, ["Vantaa", "Kauniainen"])   // "ä" is not "a" in Finnish
        _ = picker.handle(.key(.down))
        XCTAssertEqual(picker.handle(.key(.enter)), .activated(4))

        _ = picker.handle(.key(.char("x")))
        frame = draw(size: Size(width: 40, height: 12)) { picker.render(into: &$0, in: $0.bounds, focused: true) }
        XCTAssertTrue(frame.text.contains("Ei osumia"))
        XCTAssertEqual(picker.handle(.key(.enter)), .handled)
        XCTAssertEqual(picker.handle(.key(.escape)), .cancelled)
    }
}

final class DialogTitleWidthTests: XCTestCase {
    /// A choice dialog whose title names a long association reads whole at 80 columns.
    func testAChoiceDialogIsWideEnoughForItsTitle() {
        let title = "Ta bort tagg: Hartolan Omaiset mielenterveystyön tukena ry"
        let state = DialogState(DialogRequest(title: title, kind: .choice(options: ["hanke", "kutsutut"], selected: 0)))
        var frame = Frame(size: Size(width: 80, height: 24))
        state.render(into: &frame, area: frame.bounds, l: L(.sv), box: .unicode)
        XCTAssertTrue(frame.text.contains("─ " + title + " ─"), frame.text)
    }
}
