import XCTest
import Kumppani
@testable import KumppaniTUI

final class ThemeLoaderTests: XCTestCase {
    static let shippedThemes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")
    static let shippedNames = ["dark", "default", "high-contrast", "light", "mono"]

    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func testEveryShippedThemeParsesCleanlyAndStylesEveryRole() throws {
        for name in Self.shippedNames {
            let url = Self.shippedThemes.appendingPathComponent(name + ".theme")
            let text = try String(contentsOf: url, encoding: .utf8)
            let result = ThemeParser.parse(text, file: url.path)
            XCTAssertEqual(result.problems, [], name)
            let missing = StyleRole.allCases.filter { result.styles[$0] == nil }
            XCTAssertEqual(missing, [], "\(name) leaves roles unstyled")
        }
    }

    func testShippedDefaultUsesTheTerminalBackgroundEverywhereAndMonoNoColour() throws {
        for role in StyleRole.allCases {
            XCTAssertEqual(Theme.builtInDefault[role].bg, .terminalDefault, role.rawValue)
            XCTAssertTrue(Theme.builtInMono[role].isMonochrome, role.rawValue)
        }
        // The selection must stand out even without colour.
        let selection = Theme.builtInMono[.selection]
        XCTAssertTrue(selection.reverse || selection.bold || selection.underline)
    }

    func testBuiltInThemesAreTheShippedFiles() throws {
        func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let defaultFile = try String(contentsOf: Self.shippedThemes.appendingPathComponent("default.theme"), encoding: .utf8)
        let monoFile = try String(contentsOf: Self.shippedThemes.appendingPathComponent("mono.theme"), encoding: .utf8)
        XCTAssertEqual(clean(BuiltInThemes.defaultSource), clean(defaultFile))
        XCTAssertEqual(clean(BuiltInThemes.monoSource), clean(monoFile))
        XCTAssertEqual(Theme.builtInDefault.styles.count, StyleRole.allCases.count)
    }

    func testUserThemeComesFirstAndShippedThemesAreFoundFromTheSourceTree() throws {
        let userThemes = scratch.appendingPathComponent("config/kumppani/themes")
        try FileManager.default.createDirectory(at: userThemes, withIntermediateDirectories: true)
        try "normal = green on black\n".write(to: userThemes.appendingPathComponent("dark.theme"), atomically: true, encoding: .utf8)
        try "error = magenta\n".write(to: userThemes.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
        // A binary deep inside the checkout, as under `swift run`.
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": scratch.appendingPathComponent("config").path],
                                 executableURL: Self.shippedThemes.deletingLastPathComponent()
                                     .appendingPathComponent(".build/debug/kumppani"),
                                 currentDirectory: scratch)

        XCTAssertEqual(loader.searchDirectories().first?.path, userThemes.path)
        XCTAssertEqual(loader.available(), (Self.shippedNames + ["mine"]).sorted())
        let dark = loader.load("dark")
        XCTAssertEqual(dark.problems, [])
        XCTAssertEqual(dark.theme[.normal], TextStyle(fg: .indexed(2), bg: .indexed(0)))
        let light = loader.load("light")
        XCTAssertEqual(light.problems, [])
        XCTAssertEqual(light.theme[.normal].bg, .rgb(255, 255, 255))
        XCTAssertEqual(loader.load("mine").theme[.error], TextStyle(fg: .indexed(5)))
    }

    func testInstalledLayoutIsFound() throws {
        let prefix = scratch.appendingPathComponent("usr")
        let share = prefix.appendingPathComponent("share/kumppani/themes")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try "normal = blue\n".write(to: share.appendingPathComponent("ocean.theme"), atomically: true, encoding: .utf8)
        let loader = ThemeLoader(environment: ["HOME": scratch.path],
                                 executableURL: prefix.appendingPathComponent("bin/kumppani"), currentDirectory: scratch)
        XCTAssertEqual(loader.available(), ["ocean"])
        XCTAssertEqual(loader.load("ocean").theme[.normal], TextStyle(fg: .indexed(4)))
    }

    func testMissingOrBadThemesFallBackToTheBuiltInDefaultWithAMessage() throws {
        let userThemes = scratch.appendingPathComponent("kumppani/themes")
        try FileManager.default.createDirectory(at: userThemes, withIntermediateDirectories: true)
        let broken = userThemes.appendingPathComponent("broken.theme")
        try "normal = red\nselection = glitter\n".write(to: broken, atomically: true, encoding: .utf8)
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": scratch.path], executableURL: nil, currentDirectory: scratch)

        let bad = loader.load("broken")
        XCTAssertEqual(bad.theme, Theme.builtInDefault)
        XCTAssertEqual(bad.problems.map { $0.message(.en) },
                       ["\(broken.path), line 2: unknown colour “glitter” (use a name such as red or bright-blue, a number 0–255, #rrggbb or default); using the built-in default theme."])

        let missing = loader.load("nosuch")
        XCTAssertEqual(missing.theme, Theme.builtInDefault)
        XCTAssertEqual(missing.problems.first?.message(.fi), "Teemaa ”nosuch” ei löydy; käytetään sisäänrakennettua oletusteemaa.")

        // A name is never a path.
        XCTAssertEqual(loader.load("../kumppani/themes/broken").problems.first?.kind, .notFound("../kumppani/themes/broken"))
        // Without any theme folder, default and mono still work.
        XCTAssertEqual(loader.load("default").theme, Theme.builtInDefault)
        XCTAssertEqual(loader.load("mono").problems, [])
    }
}
