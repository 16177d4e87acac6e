import XCTest
@testable import Kumppani

/// The `.strings` parser: the escapes and comments translators' tools write, and a clear line
/// number for a mistake.
final class StringsFileTests: XCTestCase {
    func testReadsEscapesCommentsAndBlankLines() throws {
        let text = """
            /* Catalog+Shell.swift */
            "a.quote" = "Sano \\"hei\\"";
            // a line comment
            "a.lines" = "rivi 1\\nrivi 2 \\\\ loppu";

            "a.placeholder"="{1} / {2}" ;
            """
        let table = try StringsFile.parse(text)
        XCTAssertEqual(table["a.quote"], "Sano \"hei\"")
        XCTAssertEqual(table["a.lines"], "rivi 1\nrivi 2 \\ loppu")
        XCTAssertEqual(table["a.placeholder"], "{1} / {2}")
        XCTAssertEqual(table.count, 3)
    }

    func testAWrittenLineReadsBackUnchanged() throws {
        let value = "Tab\t\"lainaus\" \\ ja\nrivinvaihto – åäö"
        let table = try StringsFile.parse(StringsFile.line(key: "k", value: value))
        XCTAssertEqual(table["k"], value)
    }

    func testMistakesNameTheirLine() {
        XCTAssertThrowsError(try StringsFile.parse("\"a\" = \"b\";\n\"c\" = \"d\"\n")) { error in
            XCTAssertEqual((error as? StringsFile.ParseError)?.line, 3)
        }
        XCTAssertThrowsError(try StringsFile.parse("\"a\" = \"b\";\n/* open")) { error in
            XCTAssertEqual((error as? StringsFile.ParseError)?.line, 2)
        }
        XCTAssertThrowsError(try StringsFile.parse("\"a\" = \"b\";\n\"a\" = \"c\";")) { error in
            XCTAssertEqual((error as? StringsFile.ParseError)?.reason, "key \"a\" appears twice")
        }
        XCTAssertThrowsError(try StringsFile.parse("\"a\" = \"\\q\";"))
    }
}
