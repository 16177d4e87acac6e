import XCTest
@testable import KumppaniTUI

final class ColorTierTests: XCTestCase {
    func testTierFromColourCountAndNoColor() {
        XCTAssertEqual(ColorTier(colors: 256, noColor: false), .extended)
        XCTAssertEqual(ColorTier(colors: 16_777_216, noColor: false), .extended)
        XCTAssertEqual(ColorTier(colors: 88, noColor: false), .sixteen)
        XCTAssertEqual(ColorTier(colors: 16, noColor: false), .sixteen)
        XCTAssertEqual(ColorTier(colors: 8, noColor: false), .eight)
        XCTAssertEqual(ColorTier(colors: 0, noColor: false), .mono)
        XCTAssertEqual(ColorTier(colors: 256, noColor: true), .mono)
    }

    func testPaletteValues() {
        XCTAssertTrue(Palette.rgb(of: 196) == (255, 0, 0))
        XCTAssertTrue(Palette.rgb(of: 16) == (0, 0, 0))
        XCTAssertTrue(Palette.rgb(of: 231) == (255, 255, 255))
        XCTAssertTrue(Palette.rgb(of: 67) == (95, 135, 175))
        XCTAssertTrue(Palette.rgb(of: 244) == (128, 128, 128))
    }

    func testTrueColourMapsToTheNearestColourOfEachTier() {
        let red = ThemeColor.rgb(255, 0, 0)
        XCTAssertEqual(ColorTier.extended.index(for: red), 196)
        XCTAssertEqual(ColorTier.sixteen.index(for: red), 9)
        XCTAssertEqual(ColorTier.eight.index(for: red), 1)

        let steelBlue = ThemeColor.rgb(0x5f, 0x87, 0xaf)   // exactly cube colour 67
        XCTAssertEqual(ColorTier.extended.index(for: steelBlue), 67)

        let nearlyGrey = ThemeColor.rgb(0x81, 0x7f, 0x80)  // closest to grey 244 (128,128,128)
        XCTAssertEqual(ColorTier.extended.index(for: nearlyGrey), 244)
        XCTAssertEqual(ColorTier.sixteen.index(for: nearlyGrey), 8)

        let nearBlack = ThemeColor.rgb(0x1c, 0x1c, 0x1c)
        XCTAssertEqual(ColorTier.extended.index(for: nearBlack), 234)
        XCTAssertEqual(ColorTier.sixteen.index(for: nearBlack), 0)
        XCTAssertEqual(ColorTier.eight.index(for: nearBlack), 0)

        let white = ThemeColor.rgb(255, 255, 255)
        XCTAssertEqual(ColorTier.sixteen.index(for: white), 15)
        XCTAssertEqual(ColorTier.eight.index(for: white), 7)
    }

    func testIndexedColoursDegrade() {
        XCTAssertEqual(ColorTier.extended.index(for: .indexed(208)), 208)
        XCTAssertEqual(ColorTier.sixteen.index(for: .indexed(12)), 12)
        XCTAssertEqual(ColorTier.sixteen.index(for: .indexed(196)), 9)
        XCTAssertEqual(ColorTier.eight.index(for: .indexed(12)), 4)
        XCTAssertEqual(ColorTier.eight.index(for: .indexed(196)), 1)
        XCTAssertNil(ColorTier.extended.index(for: .terminalDefault))
        XCTAssertNil(ColorTier.mono.index(for: .indexed(1)))
    }

    func testResolvedStyleKeepsAttributesAndBrightensWithBoldOnEightColours() {
        let style = TextStyle(fg: .indexed(11), bg: .terminalDefault, underline: true)
        XCTAssertEqual(ColorTier.eight.resolve(style),
                       ResolvedStyle(fg: 3, bg: -1, bold: true, underline: true, reverse: false, dim: false))
        XCTAssertEqual(ColorTier.sixteen.resolve(style),
                       ResolvedStyle(fg: 11, bg: -1, bold: false, underline: true, reverse: false, dim: false))
        XCTAssertEqual(ColorTier.mono.resolve(style),
                       ResolvedStyle(fg: -1, bg: -1, bold: false, underline: true, reverse: false, dim: false))
    }

    func testWithoutColoursAColourThemeGivesWayToTheMonoTheme() {
        let dark = Theme(name: "dark", styles: [.selection: TextStyle(fg: .indexed(0), bg: .indexed(6))],
                         base: Theme.builtInDefault.styles)
        XCTAssertEqual(dark.effective(for: .mono), Theme.builtInMono)
        XCTAssertEqual(dark.effective(for: .extended), dark)
        XCTAssertEqual(Theme.builtInMono.effective(for: .mono), Theme.builtInMono)
    }
}
