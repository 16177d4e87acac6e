import Foundation

/// Schema version 1: the coordinator's whole world. Never edit once shipped; add a migration.
///
/// Conventions: STRICT tables; random 64-bit `id`s (rows may be created on two laptops);
/// money in `*_cents` INTEGER; civil dates `YYYY-MM-DD` checked with `date(d, '+0 days')`
/// (plain `date()` accepts 2024-02-30); instants UTC ISO-8601 text; meeting wall-clock times `HH:MM`.
enum Schema1 {
    static let migration = Migration(version: 1, name: "initial schema") { db in
        try db.execute(sql)
        try SearchIndex.createTriggers(on: db)
        try MunicipalitySeed.insert(into: db)
        try ClassificationSeed.insert(into: db)
    }

    /// A CHECK that only accepts a real calendar date (or NULL).
    static func date(_ column: String) -> String {
        "CHECK (\(column) IS NULL OR \(column) IS date(\(column), '+0 days'))"
    }

    static func time(_ column: String) -> String {
        "CHECK (\(column) IS NULL OR (length(\(column)) = 5 AND \(column) IS strftime('%H:%M', '2000-01-01 ' || \(column))))"
    }

    static func bool(_ column: String) -> String { "\(column) INTEGER NOT NULL DEFAULT 0 CHECK (\(column) IN (0, 1))" }

    static let sql = """
    CREATE TABLE municipalities (
        code TEXT PRIMARY KEY CHECK (length(code) = 3),
        name_fi TEXT NOT NULL,
        name_sv TEXT NOT NULL,
        region_fi TEXT NOT NULL,
        wellbeing_county_fi TEXT NOT NULL
    ) STRICT;

    -- Classification lists: activity kinds, target groups, themes, grant types. Editable by the user.
    CREATE TABLE categories (
        list TEXT NOT NULL CHECK (list IN ('activity_kind', 'target_group', 'theme', 'grant_type')),
        code TEXT NOT NULL,
        label_fi TEXT NOT NULL,
        label_sv TEXT NOT NULL DEFAULT '',
        label_en TEXT NOT NULL,
        sort INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (list, code)
    ) STRICT;

    CREATE TABLE associations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL,                       -- FinnishCollation.sortKey(name): binary order = Finnish order
        business_id TEXT UNIQUE,                      -- Y-tunnus 1234567-8
        register_number TEXT,                         -- yhdistysrekisteri 123.456
        municipality_code TEXT REFERENCES municipalities(code),
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        founded_year INTEGER CHECK (founded_year IS NULL OR founded_year BETWEEN 1800 AND 2100),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'dissolved')),
        \(bool("lahella_listed")),
        \(bool("offers_client_perspective")),
        \(bool("offers_expert_by_experience")),
        \(bool("offers_volunteer_coordination")),
        \(bool("offers_knowledge")),
        \(bool("offers_special_expertise")),
        \(bool("offers_services")),
        \(bool("offers_preventive_work")),
        \(bool("offers_co_development")),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX associations_name_key ON associations(name_key);
    CREATE INDEX associations_municipality ON associations(municipality_code, name_key);

    -- Target groups and activity kinds an association works with as a whole (the CSV columns).
    CREATE TABLE association_categories (
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        list TEXT NOT NULL,
        code TEXT NOT NULL,
        PRIMARY KEY (association_id, list, code),
        FOREIGN KEY (list, code) REFERENCES categories(list, code) ON UPDATE CASCADE
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX association_categories_code ON association_categories(list, code);

    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_name_key ON people(name_key);

    CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind_code TEXT,
        kind_list TEXT NOT NULL DEFAULT 'activity_kind' CHECK (kind_list = 'activity_kind'),
        description TEXT NOT NULL DEFAULT '',
        schedule TEXT NOT NULL DEFAULT '',            -- "ti klo 13–15, viikoittain"
        place TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'fi',
        cost TEXT NOT NULL DEFAULT '',                -- "maksuton", "5 € / kerta"
        accessibility TEXT NOT NULL DEFAULT '',
        contact_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        contact_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (kind_list, kind_code) REFERENCES categories(list, code) ON UPDATE CASCADE
    ) STRICT;
    CREATE INDEX activities_association ON activities(association_id);
    CREATE INDEX activities_kind ON activities(kind_code);

    CREATE TABLE activity_target_groups (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        list TEXT NOT NULL DEFAULT 'target_group' CHECK (list = 'target_group'),
        code TEXT NOT NULL,
        PRIMARY KEY (activity_id, code),
        FOREIGN KEY (list, code) REFERENCES categories(list, code) ON UPDATE CASCADE
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_target_groups_code ON activity_target_groups(code);

    CREATE TABLE activity_municipalities (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        municipality_code TEXT NOT NULL REFERENCES municipalities(code),
        PRIMARY KEY (activity_id, municipality_code)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_municipalities_code ON activity_municipalities(municipality_code);

    -- Board seats, employment, representation, contact roles: the conflict-of-interest check uses them.
    CREATE TABLE affiliations (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('board_chair', 'board_member', 'board_deputy', 'employee', 'representative', 'contact', 'member')),
        title TEXT NOT NULL DEFAULT '',
        start_on TEXT \(date("start_on")),
        end_on TEXT \(date("end_on")),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX affiliations_person ON affiliations(person_id);
    CREATE INDEX affiliations_association ON affiliations(association_id);

    -- Close persons (spouse, relative...) recorded for the disqualification check.
    CREATE TABLE person_relations (
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        related_person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        relation TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (person_id, related_person_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE contact_log (
        id INTEGER PRIMARY KEY,
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        contacted_on TEXT NOT NULL \(date("contacted_on")),
        kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'visit', 'other')),
        note TEXT NOT NULL DEFAULT '',
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        follow_up_on TEXT \(date("follow_up_on")),
        follow_up_done_on TEXT \(date("follow_up_done_on")),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX contact_log_association ON contact_log(association_id, contacted_on);
    CREATE INDEX contact_log_follow_up ON contact_log(follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL;

    -- Bodies of the meetings pane; a grant round names one as its deciding body.
    CREATE TABLE bodies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('partnership_table', 'ngo_advisory_board', 'hyte_committee', 'regional_board', 'expert_group')),
        quorum_rule TEXT NOT NULL DEFAULT 'majority',   -- 'majority' = more than half; 'at_least:N'
        agenda_template TEXT NOT NULL DEFAULT '',        -- item titles, one per line; empty = the standard template
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        represents TEXT NOT NULL DEFAULT '',
        represents_association_id INTEGER REFERENCES associations(id) ON DELETE SET NULL,
        role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'deputy')),
        deputy_for_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
        term_start_on TEXT \(date("term_start_on")),
        term_end_on TEXT \(date("term_end_on")),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX members_body ON members(body_id);
    CREATE INDEX members_person ON members(person_id);

    CREATE TABLE grant_rounds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        grant_type_list TEXT NOT NULL DEFAULT 'grant_type' CHECK (grant_type_list = 'grant_type'),
        grant_type_code TEXT NOT NULL,
        appropriation_cents INTEGER NOT NULL CHECK (appropriation_cents >= 0),
        opens_on TEXT \(date("opens_on")),
        closes_on TEXT \(date("closes_on")),
        deciding_body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
        report_due_on TEXT \(date("report_due_on")),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (grant_type_list, grant_type_code) REFERENCES categories(list, code) ON UPDATE CASCADE,
        CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
    ) STRICT;

    CREATE TABLE round_criteria (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES grant_rounds(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        max_score INTEGER NOT NULL DEFAULT 5 CHECK (max_score > 0),
        sort INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE grant_applications (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES grant_rounds(id),
        association_id INTEGER NOT NULL REFERENCES associations(id),
        purpose TEXT NOT NULL DEFAULT '',
        requested_cents INTEGER NOT NULL CHECK (requested_cents >= 0),
        other_funding_cents INTEGER NOT NULL DEFAULT 0 CHECK (other_funding_cents >= 0),
        other_funding_text TEXT NOT NULL DEFAULT '',
        preparer TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',          -- perustelut
        proposed_cents INTEGER CHECK (proposed_cents IS NULL OR proposed_cents >= 0),
        stage TEXT NOT NULL DEFAULT 'received' CHECK (stage IN ('received', 'in_review', 'proposed', 'decided', 'paid', 'reported', 'closed', 'withdrawn', 'recovery')),
        received_on TEXT \(date("received_on")),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX grant_applications_round ON grant_applications(round_id, stage);
    CREATE INDEX grant_applications_association ON grant_applications(association_id);

    CREATE TABLE application_target_groups (
        application_id INTEGER NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        list TEXT NOT NULL DEFAULT 'target_group' CHECK (list = 'target_group'),
        code TEXT NOT NULL,
        PRIMARY KEY (application_id, code),
        FOREIGN KEY (list, code) REFERENCES categories(list, code) ON UPDATE CASCADE
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE application_scores (
        application_id INTEGER NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES round_criteria(id) ON DELETE CASCADE,
        score INTEGER NOT NULL CHECK (score >= 0),
        PRIMARY KEY (application_id, criterion_id)
    ) STRICT, WITHOUT ROWID;

    -- Every stage move, with time and the operating-system user.
    CREATE TABLE stage_history (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES grant_applications(id),
        from_stage TEXT,
        to_stage TEXT NOT NULL,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX stage_history_application ON stage_history(application_id, at);

    -- Decisions and payments are never edited: a correction is a new row naming the one it corrects.
    CREATE TABLE grant_decisions (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES grant_applications(id),
        outcome TEXT NOT NULL CHECK (outcome IN ('granted', 'partly_granted', 'rejected')),
        granted_cents INTEGER NOT NULL CHECK (granted_cents >= 0),
        decided_on TEXT NOT NULL \(date("decided_on")),
        body_id INTEGER REFERENCES bodies(id),
        meeting_id INTEGER,
        section_number INTEGER,                      -- the § of the minutes
        case_number TEXT NOT NULL DEFAULT '',        -- diaarinumero
        corrects_id INTEGER REFERENCES grant_decisions(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX grant_decisions_application ON grant_decisions(application_id);

    CREATE TABLE grant_payments (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES grant_applications(id),
        paid_on TEXT NOT NULL \(date("paid_on")),
        amount_cents INTEGER NOT NULL,               -- a correction may be negative
        reference TEXT NOT NULL DEFAULT '',          -- viitenumero with a valid check digit
        iban TEXT NOT NULL DEFAULT '',
        corrects_id INTEGER REFERENCES grant_payments(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX grant_payments_application ON grant_payments(application_id);

    CREATE TABLE grant_reports (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL UNIQUE REFERENCES grant_applications(id),
        due_on TEXT \(date("due_on")),
        received_on TEXT \(date("received_on")),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('approved', 'more_info_requested', 'not_approved')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE report_figures (
        report_id INTEGER NOT NULL REFERENCES grant_reports(id) ON DELETE CASCADE,
        list TEXT NOT NULL DEFAULT 'target_group' CHECK (list = 'target_group'),
        target_group_code TEXT NOT NULL,
        people_reached INTEGER NOT NULL DEFAULT 0 CHECK (people_reached >= 0),
        volunteer_hours INTEGER NOT NULL DEFAULT 0 CHECK (volunteer_hours >= 0),
        PRIMARY KEY (report_id, target_group_code),
        FOREIGN KEY (list, target_group_code) REFERENCES categories(list, code) ON UPDATE CASCADE
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE grant_recoveries (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES grant_applications(id),
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        reason TEXT NOT NULL,
        decision TEXT NOT NULL DEFAULT '',
        decided_on TEXT \(date("decided_on")),
        settled_on TEXT \(date("settled_on")),
        created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE grant_appeals (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES grant_applications(id),
        filed_on TEXT NOT NULL \(date("filed_on")),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('pending', 'upheld', 'rejected', 'partly_upheld')),
        decided_on TEXT \(date("decided_on")),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id),
        kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'annual_negotiation')),
        number INTEGER NOT NULL CHECK (number > 0),  -- n of n/yyyy, running per body and year
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        held_on TEXT NOT NULL \(date("held_on")),
        starts_at TEXT \(time("starts_at")),          -- Europe/Helsinki wall-clock HH:MM
        ends_at TEXT \(time("ends_at")),
        place TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'agenda_sent', 'in_session', 'minutes_draft', 'checked', 'approved')),
        chair_person_id INTEGER REFERENCES people(id),
        secretary_person_id INTEGER REFERENCES people(id),
        checker1_person_id INTEGER REFERENCES people(id),
        checker2_person_id INTEGER REFERENCES people(id),
        started_at TEXT,                              -- UTC instants stamped live
        ended_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (body_id, year, number)
    ) STRICT;
    CREATE INDEX meetings_held_on ON meetings(held_on);

    CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'deputy', 'other')),
        deputy_for_person_id INTEGER REFERENCES people(id),
        arrived_at TEXT,                              -- UTC instants
        left_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, person_id)
    ) STRICT;

    CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,                    -- order on the agenda
        section_number INTEGER,                       -- the §, running per body and year
        kind TEXT NOT NULL DEFAULT 'decision' CHECK (kind IN ('decision', 'information', 'discussion')),
        title TEXT NOT NULL,
        preparer TEXT NOT NULL DEFAULT '',
        background TEXT NOT NULL DEFAULT '',
        proposal TEXT NOT NULL DEFAULT '',            -- päätösehdotus
        discussion TEXT NOT NULL DEFAULT '',          -- live minutes notes
        decision TEXT NOT NULL DEFAULT '',
        counter_proposals TEXT NOT NULL DEFAULT '',
        vote_for INTEGER, vote_against INTEGER, vote_abstain INTEGER,
        vote_names TEXT NOT NULL DEFAULT '',
        dissent TEXT NOT NULL DEFAULT '',
        round_id INTEGER REFERENCES grant_rounds(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

    CREATE TABLE item_attachments (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL                           -- a path or a link
    ) STRICT;

    CREATE TABLE item_associations (
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, association_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX item_associations_association ON item_associations(association_id);

    CREATE TABLE item_disqualifications (
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (item_id, person_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id),
        meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        owner_person_id INTEGER REFERENCES people(id),
        owner_text TEXT NOT NULL DEFAULT '',
        due_on TEXT \(date("due_on")),
        done_on TEXT \(date("done_on")),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX actions_open ON actions(body_id, due_on) WHERE done_on IS NULL;

    -- Corrections to approved minutes: never edited in place.
    CREATE TABLE minutes_amendments (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        reason TEXT NOT NULL,
        text TEXT NOT NULL
    ) STRICT;

    -- The statutory annual negotiation's table: goals that carry over year to year.
    CREATE TABLE negotiation_goals (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id),
        year INTEGER NOT NULL,
        goal TEXT NOT NULL,
        measures TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        carried_from_id INTEGER REFERENCES negotiation_goals(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;

    -- Full-text search over an association and everything said of it. Two indexes: one keeps
    -- ä, ö, å as letters of their own; the folded one lets "aanekoski" find "Äänekoski"
    -- when nothing matches exactly. Triggers queue changed associations in search_dirty.
    CREATE VIEW association_search_source AS
    SELECT a.id AS id,
           a.name AS name,
           trim(coalesce(a.business_id, '') || ' ' ||
                coalesce(m.name_fi, '') || ' ' ||
                coalesce(m.name_sv, '') || ' ' ||
                coalesce(a.city, '') || ' ' ||
                coalesce(a.description, '') || ' ' ||
                coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
                coalesce((SELECT group_concat(c.label_fi, ' ') FROM (
                    SELECT ac.list AS list, ac.code AS code FROM association_categories ac WHERE ac.association_id = a.id
                    UNION SELECT 'target_group', g.code FROM activity_target_groups g JOIN activities t ON t.id = g.activity_id
                          WHERE t.association_id = a.id
                    UNION SELECT 'activity_kind', t.kind_code FROM activities t WHERE t.association_id = a.id AND t.kind_code IS NOT NULL
                ) k JOIN categories c ON c.list = k.list AND c.code = k.code), '') || ' ' ||
                coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '')
           ) AS body
    FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code;

    CREATE VIRTUAL TABLE association_fts USING fts5(name, body, tokenize = "unicode61 remove_diacritics 0");
    CREATE VIRTUAL TABLE association_fts_folded USING fts5(name, body, tokenize = "unicode61 remove_diacritics 2");

    -- Associations whose index rows are stale; flushed before every commit.
    CREATE TABLE search_dirty (association_id INTEGER PRIMARY KEY) STRICT;
    """
}
