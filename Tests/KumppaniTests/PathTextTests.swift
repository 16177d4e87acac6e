import XCTest
@testable import Kumppani

/// Issue 15: path arithmetic that cannot trap (NSString's trapped on one-character names).
final class PathTextTests: XCTestCase {
    func testFolderAndNameOfShortNonASCIIAndOddPaths() {
        let cases: [(String, String, String)] = [
            ("a", ".", "a"), ("ä", ".", "ä"), ("e\u{301}", ".", "e\u{301}"), ("/", "/", "/"), ("/a", "/", "a"),
            ("x/", ".", "x"), ("a/b", "a", "b"), ("a//b", "a", "b"), ("//a", "/", "a"), ("./z", ".", "z"),
            ("", ".", ""), ("dir/sub/kumppani.sqlite", "dir/sub", "kumppani.sqlite"), ("/tmp/日本/ö", "/tmp/日本", "ö"),
        ]
        for (path, folder, name) in cases {
            XCTAssertEqual(PathText.folder(of: path), folder, path.debugDescription)
            XCTAssertEqual(PathText.name(of: path), name, path.debugDescription)
        }
    }

    func testStemJoinTildeAndTrailingSlash() {
        XCTAssertEqual(PathText.stem(of: "kumppani.sqlite"), "kumppani")
        XCTAssertEqual(PathText.stem(of: ".piilo"), ".piilo")
        XCTAssertEqual(PathText.stem(of: "z"), "z")
        XCTAssertEqual(PathText.join(".", "a"), "./a")
        XCTAssertEqual(PathText.join("/", "a"), "/a")
        XCTAssertEqual(PathText.expandingTilde("~/x", home: "/home/k"), "/home/k/x")
        XCTAssertEqual(PathText.expandingTilde("~", home: "/home/k"), "/home/k")
        XCTAssertEqual(PathText.expandingTilde("a", home: "/home/k"), "a")
        XCTAssertTrue(PathText.namesFolder("x/"))
        XCTAssertFalse(PathText.namesFolder("x"))
        XCTAssertEqual(AutoBackup.directory(for: "z"), "./z-backups")
        XCTAssertEqual(AutoBackup.fileName(for: "a", day: CivilDate(iso: "2026-11-23")!), "a-2026-11-23.sqlite")
    }

    func testWhatIsAtAnOutputPathDecidesHowItIsWritten() throws {
        XCTAssertEqual(try OutputTarget.resolve("-"), .descriptor(1))
        XCTAssertEqual(try OutputTarget.resolve("/dev/stdout"), .descriptor(1))
        XCTAssertEqual(try OutputTarget.resolve("/dev/fd/2"), .descriptor(2))
        XCTAssertEqual(try OutputTarget.resolve("/dev/null"), .writeInto("/dev/null"))
        XCTAssertEqual(try OutputTarget.resolve("a"), .replaceFile("a"))
        XCTAssertThrowsError(try OutputTarget.resolve("x/")) { XCTAssertEqual($0 as? ExportError, .folderGiven(path: "x/")) }
        XCTAssertThrowsError(try OutputTarget.resolve("/tmp")) { XCTAssertEqual($0 as? ExportError, .folderGiven(path: "/tmp")) }
        XCTAssertEqual(ExportError.folderGiven(path: "x/").message(.en),
                       "x/ is a folder, not a file. Give a file name, for example x/kumppani.txt.")
    }
}
