import Foundation

/// Grants, schema 3: a running number per application for `stage_history`, because several moves
/// can share one timestamp (a meeting decides many applications at once) and ids are random.
enum Schema3Grants {
    static let migration = Migration(version: 3, name: "grants: stage history order", sql: """
    ALTER TABLE stage_history ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX stage_history_seq ON stage_history(application_id, seq);
    CREATE INDEX grant_decisions_corrects ON grant_decisions(corrects_id) WHERE corrects_id IS NOT NULL;
    CREATE INDEX grant_payments_corrects ON grant_payments(corrects_id) WHERE corrects_id IS NOT NULL;
    """)
}
