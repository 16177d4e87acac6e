import XCTest
import Kumppani
@testable import KumppaniTUI

final class FormTests: XCTestCase {
    private let municipalities = ["Espoo", "Enontekiö", "Eura", "Helsinki", "Hämeenlinna", "Vantaa"]

    private func makeForm(_ language: Language = .fi) -> Form {
        let required: (FormValue) -> String? = { value in
            (value.text ?? "").isEmpty ? L(language)["widgets.required"] : nil
        }
        let names = municipalities
        return Form(fields: [
            .text("name", label: "Nimi", validator: required),
            .text("town", label: "Kunta", completions: { typed in
                names.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
            }),
            .choice("kind", label: "Tyyppi", options: ["Yhdistys", "Säätiö", "Muu"]),
            .checkbox("active", label: "Toiminnassa", isOn: true),
        ], language: language)
    }

    private func draw(_ form: Form, width: Int = 40, height: Int = 10) -> Frame {
        var frame = Frame(size: Size(width: width, height: height))
        form.render(into: &frame, in: frame.bounds, focused: true)
        return frame
    }

    private func type(_ text: String, into form: inout Form) {
        for c in text { _ = form.handle(.key(.char(c))) }
    }

    func testEnterTakesALoneSuggestionOnlyWhenTheTypedTextIsNotValid() {
        let known = ["Heinola", "Ii", "Iisalmi"]
        func form() -> Form {
            Form(fields: [
                .text("town", label: "Kunta", validator: { v in known.contains(v.text ?? "") ? nil : "tuntematon kunta" },
                      completions: { typed in known.filter { $0.lowercased().hasPrefix(typed.lowercased()) } }),
                .text("note", label: "Huom"),
            ], language: .fi)
        }
        var heino = form()
        type("Heino", into: &heino)
        _ = heino.handle(.key(.enter))
        XCTAssertEqual(heino["town"]?.text, "Heinola", "the only suggestion fixes an unknown name")
        var ii = form()
        type("Ii", into: &ii)
        _ = ii.handle(.key(.enter))
        XCTAssertEqual(ii["town"]?.text, "Ii", "a valid name is kept though Iisalmi is suggested")
        XCTAssertEqual(ii.focus, 1, "and Enter moves on")
    }

    func testCtrlSIsRefusedAndTheErrorShowsUnderTheBadField() {
        var form = makeForm()
        _ = form.handle(.key(.tab))
        XCTAssertEqual(form.focus, 1)
        XCTAssertEqual(form.handle(.key(.ctrl("s"))), .handled)
        XCTAssertEqual(form.focus, 0, "focus jumps to the first bad field")
        let frame = draw(form)
        XCTAssertTrue(frame.line(0).hasPrefix("Nimi"))
        XCTAssertEqual(frame.line(1).trimmingCharacters(in: .whitespaces), "! Pakollinen tieto")
        XCTAssertEqual(frame[frame.line(1).count - 1, 1].role, .error)
        XCTAssertTrue(frame.line(2).hasPrefix("Kunta"))
        XCTAssertEqual(frame.line(9), "Korjaa merkityt kentät.")

        type("Kylätoimikunta", into: &form)
        XCTAssertNil(form.shownErrors[0], "fixing the value clears the message")
        XCTAssertEqual(draw(form).line(9), "")
        XCTAssertEqual(form.handle(.key(.ctrl("s"))), .submitted)
        XCTAssertEqual(form["name"], .text("Kylätoimikunta"))
    }

    func testEscWithoutChangesCancelsAtOnce() {
        var form = makeForm()
        _ = form.handle(.key(.tab))
        XCTAssertEqual(form.handle(.key(.escape)), .cancelled)
    }

    func testEscWithChangesAsksFirstAndOnlyYesCancels() {
        var form = makeForm(.en)
        type("x", into: &form)
        XCTAssertEqual(form.handle(.key(.escape)), .handled)
        XCTAssertTrue(form.isConfirmingDiscard)
        XCTAssertEqual(draw(form).line(9), "Discard changes? (y/n)")
        XCTAssertEqual(form.handle(.key(.char("n"))), .handled)
        XCTAssertFalse(form.isConfirmingDiscard)
        XCTAssertEqual(form["name"], .text("x"))
        XCTAssertEqual(form.handle(.key(.escape)), .handled)
        XCTAssertEqual(form.handle(.key(.char("q"))), .handled, "other keys do nothing while asking")
        XCTAssertEqual(form.handle(.key(.char("y"))), .cancelled)
    }

    func testFinnishDiscardQuestionAcceptsK() {
        var form = makeForm(.fi)
        _ = form.handle(.key(.tab)); _ = form.handle(.key(.tab))
        _ = form.handle(.key(.right))   // choice changed
        _ = form.handle(.key(.escape))
        XCTAssertEqual(draw(form).line(9), "Hylätäänkö muutokset? (k/e)")
        XCTAssertEqual(form.handle(.key(.char("k"))), .cancelled)
    }

    func testChoiceCyclesAndCheckboxToggles() {
        var form = makeForm()
        _ = form.handle(.key(.tab)); _ = form.handle(.key(.tab))
        _ = form.handle(.key(.left))
        XCTAssertEqual(form["kind"], .choice(2))
        _ = form.handle(.key(.char(" ")))
        XCTAssertEqual(form["kind"], .choice(0))
        _ = form.handle(.key(.down))
        _ = form.handle(.key(.char(" ")))
        XCTAssertEqual(form["active"], .checkbox(false))
        let frame = draw(form)
        // Leaving the empty required name showed its error on line 1.
        XCTAssertEqual(frame.line(1).trimmingCharacters(in: .whitespaces), "! Pakollinen tieto")
        XCTAssertTrue(frame.line(3).hasSuffix("‹ Yhdistys ›"), frame.line(3))
        XCTAssertTrue(frame.line(4).hasSuffix("[ ]"), frame.line(4))
    }

    func testCompletionListShowsMatchesAndEnterAccepts() {
        var form = makeForm()
        _ = form.handle(.key(.tab))
        type("e", into: &form)
        var frame = draw(form)
        // Line 1 holds the name's error; the suggestions hang under "Kunta".
        XCTAssertTrue(frame.line(3).hasSuffix("Espoo"), frame.text)
        XCTAssertTrue(frame.line(4).hasSuffix("Enontekiö"))
        XCTAssertTrue(frame.line(5).hasSuffix("Eura"))
        XCTAssertTrue(frame.line(6).hasPrefix("Tyyppi"))
        _ = form.handle(.key(.down)); _ = form.handle(.key(.down))
        frame = draw(form)
        XCTAssertEqual(frame[frame.size.width - 1, 4].role, .menuSelected)
        XCTAssertEqual(form.handle(.key(.enter)), .changed)
        XCTAssertEqual(form["town"], .text("Enontekiö"))
        XCTAssertEqual(form.focus, 1)
        XCTAssertTrue(draw(form).line(3).hasPrefix("Tyyppi"), "the list closed")
    }

    func testTallFormScrollsToKeepTheFocusedFieldVisible() {
        var fields: [FormField] = []
        for i in 1...20 { fields.append(.text("f\(i)", label: "Kenttä \(i)")) }
        var form = Form(fields: fields, language: .fi)
        for _ in 0..<15 { _ = form.handle(.key(.tab)) }
        let frame = draw(form, width: 40, height: 6)
        XCTAssertTrue(frame.line(5).hasPrefix("Kenttä 16"), frame.text)
        XCTAssertEqual(frame.cursor?.y, 5)
    }
}

/// A choice field answers a letter like a list: the next option that begins with it.
final class FormChoiceLetterTests: XCTestCase {
    func testALetterJumpsToTheNextOptionBeginningWithItAndWraps() {
        var form = Form(fields: [.choice("group", label: "Kohderyhmä",
                                         options: ["kaikki", "Lapset", "Nuoret", "Omaishoitajat", "Oppilaat"])],
                        language: .fi)
        XCTAssertEqual(form.handle(.key(.char("o"))), .changed)
        XCTAssertEqual(form["group"], .choice(3))
        XCTAssertEqual(form.handle(.key(.char("O"))), .changed)
        XCTAssertEqual(form["group"], .choice(4), "the same letter again moves on")
        _ = form.handle(.key(.char("o")))
        XCTAssertEqual(form["group"], .choice(3), "and wraps around")
        XCTAssertEqual(form.handle(.key(.char("x"))), .handled, "no option begins with x: nothing changes")
        XCTAssertEqual(form["group"], .choice(3))
    }
}
