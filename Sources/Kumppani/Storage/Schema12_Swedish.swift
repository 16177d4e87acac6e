import Foundation

/// Schema version 12: Swedish beside Finnish (issue 17).
///
/// - `agenda_items` gains a Swedish text beside the title, background (the reasoning), proposal
///   and decision, for bilingual bodies whose minutes print both languages. Empty means "not
///   written": a document then marks the Swedish as missing, never repeats the Finnish.
/// - `negotiation_goals` and `strategy_goals` gain a Swedish title (goal) and description
///   (measures) the same way.
/// - `associations.correspondence_language`: the language letters and slips to the association
///   are written in (`fi`, `sv`, `en`; Finnish unless said otherwise).
///
/// Frozen: a later change is a new migration.
enum Schema12Swedish {
    static let migration = Migration(version: 12, name: "Swedish texts beside Finnish, correspondence language", sql: sql)

    static let sql = """
    ALTER TABLE agenda_items ADD COLUMN title_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE agenda_items ADD COLUMN background_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE agenda_items ADD COLUMN proposal_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE agenda_items ADD COLUMN decision_sv TEXT NOT NULL DEFAULT '';

    ALTER TABLE negotiation_goals ADD COLUMN goal_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE negotiation_goals ADD COLUMN measures_sv TEXT NOT NULL DEFAULT '';

    ALTER TABLE strategy_goals ADD COLUMN title_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE strategy_goals ADD COLUMN description_sv TEXT NOT NULL DEFAULT '';

    ALTER TABLE associations ADD COLUMN correspondence_language TEXT NOT NULL DEFAULT 'fi'
        CHECK (correspondence_language IN ('fi', 'sv', 'en'));
    """
}
