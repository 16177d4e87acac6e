import Foundation
import Kumppani

/// What drawing gets: the language, the moment, the box style and the pane's area — nothing that
/// reads or writes. Every `render` takes this instead of `PaneContext`, so drawing cannot reach the
/// store, the file system or the pane's requests by type (the runtime check in the tests,
/// `Database.statementsStarted`, stays as a second guard).
public struct DrawContext {
    public let language: Language
    public let l: L
    /// The moment the frame is drawn for; "today" comes from it so one frame shows one date.
    public let now: Date
    public let boxStyle: BoxStyle
    public let area: Rect

    public init(language: Language, now: Date, boxStyle: BoxStyle, area: Rect) {
        self.language = language
        self.l = L(language)
        self.now = now
        self.boxStyle = boxStyle
        self.area = area
    }

    /// Today's date in Finland (the county's calendar, whatever the laptop's zone).
    public var today: CivilDate { HelsinkiTime.civilDate(of: now) }

    /// Today as ISO-8601 text (`2026-11-23`), the storage format.
    public var todayISO: String { today.iso }
}

extension PaneContext {
    /// The part of the context drawing may use.
    public var drawing: DrawContext { DrawContext(language: language, now: now, boxStyle: boxStyle, area: area) }
}
