import Foundation

/// Schema version 1: the coordinator's whole world, as shipped, frozen. Never edit: add a migration.
///
/// Conventions: STRICT tables; random 64-bit `id`s (rows may be created on two laptops);
/// money in `*_cents` INTEGER; civil dates `YYYY-MM-DD` checked with `date(d, '+0 days')`
/// (plain `date()` accepts 2024-02-30); instants UTC ISO-8601 text; meeting wall-clock times `HH:MM`.
/// The search triggers and the seed rows (308 municipalities, 31 categories) are written out here
/// rather than generated from live code, so a fresh file and one migrated years later get the
/// same schema and seeds whatever the code looks like then.
enum Schema1 {
    static let migration = Migration(version: 1, name: "initial schema", sql: sql)

    static let sql = #"""
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
    lahella_listed INTEGER NOT NULL DEFAULT 0 CHECK (lahella_listed IN (0, 1)),
    offers_client_perspective INTEGER NOT NULL DEFAULT 0 CHECK (offers_client_perspective IN (0, 1)),
    offers_expert_by_experience INTEGER NOT NULL DEFAULT 0 CHECK (offers_expert_by_experience IN (0, 1)),
    offers_volunteer_coordination INTEGER NOT NULL DEFAULT 0 CHECK (offers_volunteer_coordination IN (0, 1)),
    offers_knowledge INTEGER NOT NULL DEFAULT 0 CHECK (offers_knowledge IN (0, 1)),
    offers_special_expertise INTEGER NOT NULL DEFAULT 0 CHECK (offers_special_expertise IN (0, 1)),
    offers_services INTEGER NOT NULL DEFAULT 0 CHECK (offers_services IN (0, 1)),
    offers_preventive_work INTEGER NOT NULL DEFAULT 0 CHECK (offers_preventive_work IN (0, 1)),
    offers_co_development INTEGER NOT NULL DEFAULT 0 CHECK (offers_co_development IN (0, 1)),
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
    start_on TEXT CHECK (start_on IS NULL OR start_on IS date(start_on, '+0 days')),
    end_on TEXT CHECK (end_on IS NULL OR end_on IS date(end_on, '+0 days')),
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
    contacted_on TEXT NOT NULL CHECK (contacted_on IS NULL OR contacted_on IS date(contacted_on, '+0 days')),
    kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'visit', 'other')),
    note TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on IS date(follow_up_on, '+0 days')),
    follow_up_done_on TEXT CHECK (follow_up_done_on IS NULL OR follow_up_done_on IS date(follow_up_done_on, '+0 days')),
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
    term_start_on TEXT CHECK (term_start_on IS NULL OR term_start_on IS date(term_start_on, '+0 days')),
    term_end_on TEXT CHECK (term_end_on IS NULL OR term_end_on IS date(term_end_on, '+0 days')),
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
    opens_on TEXT CHECK (opens_on IS NULL OR opens_on IS date(opens_on, '+0 days')),
    closes_on TEXT CHECK (closes_on IS NULL OR closes_on IS date(closes_on, '+0 days')),
    deciding_body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    report_due_on TEXT CHECK (report_due_on IS NULL OR report_due_on IS date(report_due_on, '+0 days')),
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
    received_on TEXT CHECK (received_on IS NULL OR received_on IS date(received_on, '+0 days')),
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
    decided_on TEXT NOT NULL CHECK (decided_on IS NULL OR decided_on IS date(decided_on, '+0 days')),
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
    paid_on TEXT NOT NULL CHECK (paid_on IS NULL OR paid_on IS date(paid_on, '+0 days')),
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
    due_on TEXT CHECK (due_on IS NULL OR due_on IS date(due_on, '+0 days')),
    received_on TEXT CHECK (received_on IS NULL OR received_on IS date(received_on, '+0 days')),
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
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on, '+0 days')),
    settled_on TEXT CHECK (settled_on IS NULL OR settled_on IS date(settled_on, '+0 days')),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE grant_appeals (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES grant_applications(id),
    filed_on TEXT NOT NULL CHECK (filed_on IS NULL OR filed_on IS date(filed_on, '+0 days')),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('pending', 'upheld', 'rejected', 'partly_upheld')),
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on, '+0 days')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'annual_negotiation')),
    number INTEGER NOT NULL CHECK (number > 0),  -- n of n/yyyy, running per body and year
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    held_on TEXT NOT NULL CHECK (held_on IS NULL OR held_on IS date(held_on, '+0 days')),
    starts_at TEXT CHECK (starts_at IS NULL OR (length(starts_at) = 5 AND starts_at IS strftime('%H:%M', '2000-01-01 ' || starts_at))),          -- Europe/Helsinki wall-clock HH:MM
    ends_at TEXT CHECK (ends_at IS NULL OR (length(ends_at) = 5 AND ends_at IS strftime('%H:%M', '2000-01-01 ' || ends_at))),
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
    due_on TEXT CHECK (due_on IS NULL OR due_on IS date(due_on, '+0 days')),
    done_on TEXT CHECK (done_on IS NULL OR done_on IS date(done_on, '+0 days')),
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
CREATE TRIGGER search_associations_ai AFTER INSERT ON associations BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.id); END;
CREATE TRIGGER search_associations_au AFTER UPDATE ON associations BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.id); END;
CREATE TRIGGER search_associations_ad AFTER DELETE ON associations BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.id); END;
CREATE TRIGGER search_activities_ai AFTER INSERT ON activities BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.association_id); END;
CREATE TRIGGER search_activities_au AFTER UPDATE ON activities BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.association_id); INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.association_id); END;
CREATE TRIGGER search_activities_ad AFTER DELETE ON activities BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.association_id); END;
CREATE TRIGGER search_association_categories_ai AFTER INSERT ON association_categories BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.association_id); END;
CREATE TRIGGER search_association_categories_ad AFTER DELETE ON association_categories BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.association_id); END;
CREATE TRIGGER search_affiliations_ai AFTER INSERT ON affiliations BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.association_id); END;
CREATE TRIGGER search_affiliations_au AFTER UPDATE ON affiliations BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.association_id); INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.association_id); END;
CREATE TRIGGER search_affiliations_ad AFTER DELETE ON affiliations BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.association_id); END;
CREATE TRIGGER search_activity_target_groups_ai AFTER INSERT ON activity_target_groups BEGIN INSERT OR IGNORE INTO search_dirty(association_id) SELECT association_id FROM activities WHERE id = new.activity_id; END;
CREATE TRIGGER search_activity_target_groups_ad AFTER DELETE ON activity_target_groups BEGIN INSERT OR IGNORE INTO search_dirty(association_id) SELECT association_id FROM activities WHERE id = old.activity_id; END;
CREATE TRIGGER search_people_au AFTER UPDATE OF name ON people BEGIN INSERT OR IGNORE INTO search_dirty(association_id) SELECT association_id FROM affiliations WHERE person_id = new.id; END;
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('005', 'Alajärvi', 'Alajärvi', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('009', 'Alavieska', 'Alavieska', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('010', 'Alavus', 'Alavo', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('016', 'Asikkala', 'Asikkala', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('018', 'Askola', 'Askola', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('019', 'Aura', 'Aura', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('020', 'Akaa', 'Ackas', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('035', 'Brändö', 'Brändö', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('043', 'Eckerö', 'Eckerö', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('046', 'Enonkoski', 'Enonkoski', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('047', 'Enontekiö', 'Enontekis', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('049', 'Espoo', 'Esbo', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('050', 'Eura', 'Eura', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('051', 'Eurajoki', 'Euraåminne', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('052', 'Evijärvi', 'Evijärvi', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('060', 'Finström', 'Finström', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('061', 'Forssa', 'Forssa', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('062', 'Föglö', 'Föglö', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('065', 'Geta', 'Geta', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('069', 'Haapajärvi', 'Haapajärvi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('071', 'Haapavesi', 'Haapavesi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('072', 'Hailuoto', 'Karlö', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('074', 'Halsua', 'Halso', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('075', 'Hamina', 'Fredrikshamn', 'Kymenlaakso', 'Kymenlaakson hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('076', 'Hammarland', 'Hammarland', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('077', 'Hankasalmi', 'Hankasalmi', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('078', 'Hanko', 'Hangö', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('079', 'Harjavalta', 'Harjavalta', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('081', 'Hartola', 'Gustav Adolfs', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('082', 'Hattula', 'Hattula', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('086', 'Hausjärvi', 'Hausjärvi', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('090', 'Heinävesi', 'Heinävesi', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('091', 'Helsinki', 'Helsingfors', 'Uusimaa', 'Helsingin kaupunki');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('092', 'Vantaa', 'Vanda', 'Uusimaa', 'Vantaan ja Keravan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('097', 'Hirvensalmi', 'Hirvensalmi', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('098', 'Hollola', 'Hollola', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('102', 'Huittinen', 'Vittis', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('103', 'Humppila', 'Humppila', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('105', 'Hyrynsalmi', 'Hyrynsalmi', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('106', 'Hyvinkää', 'Hyvinge', 'Uusimaa', 'Keski-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('108', 'Hämeenkyrö', 'Tavastkyro', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('109', 'Hämeenlinna', 'Tavastehus', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('111', 'Heinola', 'Heinola', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('139', 'Ii', 'Ijo', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('140', 'Iisalmi', 'Idensalmi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('142', 'Iitti', 'Itis', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('143', 'Ikaalinen', 'Ikalis', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('145', 'Ilmajoki', 'Ilmola', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('146', 'Ilomantsi', 'Ilomants', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('148', 'Inari', 'Enare', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('149', 'Inkoo', 'Ingå', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('151', 'Isojoki', 'Storå', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('152', 'Isokyrö', 'Storkyro', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('153', 'Imatra', 'Imatra', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('165', 'Janakkala', 'Janakkala', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('167', 'Joensuu', 'Joensuu', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('169', 'Jokioinen', 'Jockis', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('170', 'Jomala', 'Jomala', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('171', 'Joroinen', 'Jorois', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('172', 'Joutsa', 'Joutsa', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('176', 'Juuka', 'Juga', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('177', 'Juupajoki', 'Juupajoki', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('178', 'Juva', 'Juva', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('179', 'Jyväskylä', 'Jyväskylä', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('181', 'Jämijärvi', 'Jämijärvi', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('182', 'Jämsä', 'Jämsä', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('186', 'Järvenpää', 'Träskända', 'Uusimaa', 'Keski-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('202', 'Kaarina', 'S:t Karins', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('204', 'Kaavi', 'Kaavi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('205', 'Kajaani', 'Kajana', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('208', 'Kalajoki', 'Kalajoki', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('211', 'Kangasala', 'Kangasala', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('213', 'Kangasniemi', 'Kangasniemi', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('214', 'Kankaanpää', 'Kankaanpää', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('216', 'Kannonkoski', 'Kannonkoski', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('217', 'Kannus', 'Kannus', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('218', 'Karijoki', 'Bötom', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('224', 'Karkkila', 'Högfors', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('226', 'Karstula', 'Karstula', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('230', 'Karvia', 'Karvia', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('231', 'Kaskinen', 'Kaskö', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('232', 'Kauhajoki', 'Kauhajoki', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('233', 'Kauhava', 'Kauhava', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('235', 'Kauniainen', 'Grankulla', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('236', 'Kaustinen', 'Kaustby', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('239', 'Keitele', 'Keitele', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('240', 'Kemi', 'Kemi', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('241', 'Keminmaa', 'Keminmaa', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('244', 'Kempele', 'Kempele', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('245', 'Kerava', 'Kervo', 'Uusimaa', 'Vantaan ja Keravan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('249', 'Keuruu', 'Keuru', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('250', 'Kihniö', 'Kihniö', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('256', 'Kinnula', 'Kinnula', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('257', 'Kirkkonummi', 'Kyrkslätt', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('260', 'Kitee', 'Kides', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('261', 'Kittilä', 'Kittilä', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('263', 'Kiuruvesi', 'Kiuruvesi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('265', 'Kivijärvi', 'Kivijärvi', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('271', 'Kokemäki', 'Kumo', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('272', 'Kokkola', 'Karleby', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('273', 'Kolari', 'Kolari', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('275', 'Konnevesi', 'Konnevesi', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('276', 'Kontiolahti', 'Kontiolax', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('280', 'Korsnäs', 'Korsnäs', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('284', 'Koski Tl', 'Koskis', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('285', 'Kotka', 'Kotka', 'Kymenlaakso', 'Kymenlaakson hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('286', 'Kouvola', 'Kouvola', 'Kymenlaakso', 'Kymenlaakson hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('287', 'Kristiinankaupunki', 'Kristinestad', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('288', 'Kruunupyy', 'Kronoby', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('290', 'Kuhmo', 'Kuhmo', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('291', 'Kuhmoinen', 'Kuhmois', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('295', 'Kumlinge', 'Kumlinge', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('297', 'Kuopio', 'Kuopio', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('300', 'Kuortane', 'Kuortane', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('301', 'Kurikka', 'Kurikka', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('304', 'Kustavi', 'Gustavs', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('305', 'Kuusamo', 'Kuusamo', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('309', 'Outokumpu', 'Outokumpu', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('312', 'Kyyjärvi', 'Kyyjärvi', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('316', 'Kärkölä', 'Kärkölä', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('317', 'Kärsämäki', 'Kärsämäki', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('318', 'Kökar', 'Kökar', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('320', 'Kemijärvi', 'Kemijärvi', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('322', 'Kemiönsaari', 'Kimitoön', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('398', 'Lahti', 'Lahtis', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('399', 'Laihia', 'Laihela', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('400', 'Laitila', 'Letala', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('402', 'Lapinlahti', 'Lapinlahti', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('403', 'Lappajärvi', 'Lappajärvi', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('405', 'Lappeenranta', 'Villmanstrand', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('407', 'Lapinjärvi', 'Lappträsk', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('408', 'Lapua', 'Lappo', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('410', 'Laukaa', 'Laukas', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('416', 'Lemi', 'Lemi', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('417', 'Lemland', 'Lemland', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('418', 'Lempäälä', 'Lempäälä', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('420', 'Leppävirta', 'Leppävirta', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('421', 'Lestijärvi', 'Lestijärvi', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('422', 'Lieksa', 'Lieksa', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('423', 'Lieto', 'Lundo', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('425', 'Liminka', 'Limingo', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('426', 'Liperi', 'Libelits', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('430', 'Loimaa', 'Loimaa', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('433', 'Loppi', 'Loppi', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('434', 'Loviisa', 'Lovisa', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('435', 'Luhanka', 'Luhanka', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('436', 'Lumijoki', 'Lumijoki', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('438', 'Lumparland', 'Lumparland', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('440', 'Luoto', 'Larsmo', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('441', 'Luumäki', 'Luumäki', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('444', 'Lohja', 'Lojo', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('445', 'Parainen', 'Pargas', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('475', 'Maalahti', 'Malax', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('478', 'Maarianhamina', 'Mariehamn', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('480', 'Marttila', 'S:t Mårtens', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('481', 'Masku', 'Masku', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('483', 'Merijärvi', 'Merijärvi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('484', 'Merikarvia', 'Sastmola', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('489', 'Miehikkälä', 'Miehikkälä', 'Kymenlaakso', 'Kymenlaakson hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('491', 'Mikkeli', 'S:t Michel', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('494', 'Muhos', 'Muhos', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('495', 'Multia', 'Multia', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('498', 'Muonio', 'Muonio', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('499', 'Mustasaari', 'Korsholm', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('500', 'Muurame', 'Muurame', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('503', 'Mynämäki', 'Virmo', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('504', 'Myrskylä', 'Mörskom', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('505', 'Mäntsälä', 'Mäntsälä', 'Uusimaa', 'Keski-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('507', 'Mäntyharju', 'Mäntyharju', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('508', 'Mänttä-Vilppula', 'Mänttä-Vilppula', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('529', 'Naantali', 'Nådendal', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('531', 'Nakkila', 'Nakkila', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('535', 'Nivala', 'Nivala', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('536', 'Nokia', 'Nokia', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('538', 'Nousiainen', 'Nousis', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('541', 'Nurmes', 'Nurmes', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('543', 'Nurmijärvi', 'Nurmijärvi', 'Uusimaa', 'Keski-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('545', 'Närpiö', 'Närpes', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('560', 'Orimattila', 'Orimattila', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('561', 'Oripää', 'Oripää', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('562', 'Orivesi', 'Orivesi', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('563', 'Oulainen', 'Oulainen', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('564', 'Oulu', 'Uleåborg', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('576', 'Padasjoki', 'Padasjoki', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('577', 'Paimio', 'Pemar', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('578', 'Paltamo', 'Paltamo', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('580', 'Parikkala', 'Parikkala', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('581', 'Parkano', 'Parkano', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('583', 'Pelkosenniemi', 'Pelkosenniemi', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('584', 'Perho', 'Perho', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('592', 'Petäjävesi', 'Petäjävesi', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('593', 'Pieksämäki', 'Pieksämäki', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('595', 'Pielavesi', 'Pielavesi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('598', 'Pietarsaari', 'Jakobstad', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('599', 'Pedersören kunta', 'Pedersöre', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('601', 'Pihtipudas', 'Pihtipudas', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('604', 'Pirkkala', 'Birkala', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('607', 'Polvijärvi', 'Polvijärvi', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('608', 'Pomarkku', 'Påmark', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('609', 'Pori', 'Björneborg', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('611', 'Pornainen', 'Borgnäs', 'Uusimaa', 'Keski-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('614', 'Posio', 'Posio', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('615', 'Pudasjärvi', 'Pudasjärvi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('616', 'Pukkila', 'Pukkila', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('619', 'Punkalaidun', 'Punkalaidun', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('620', 'Puolanka', 'Puolanka', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('623', 'Puumala', 'Puumala', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('624', 'Pyhtää', 'Pyttis', 'Kymenlaakso', 'Kymenlaakson hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('625', 'Pyhäjoki', 'Pyhäjoki', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('626', 'Pyhäjärvi', 'Pyhäjärvi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('630', 'Pyhäntä', 'Pyhäntä', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('631', 'Pyhäranta', 'Pyhäranta', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('635', 'Pälkäne', 'Pälkäne', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('636', 'Pöytyä', 'Pöytyä', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('638', 'Porvoo', 'Borgå', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('678', 'Raahe', 'Brahestad', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('680', 'Raisio', 'Reso', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('681', 'Rantasalmi', 'Rantasalmi', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('683', 'Ranua', 'Ranua', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('684', 'Rauma', 'Raumo', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('686', 'Rautalampi', 'Rautalampi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('687', 'Rautavaara', 'Rautavaara', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('689', 'Rautjärvi', 'Rautjärvi', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('691', 'Reisjärvi', 'Reisjärvi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('694', 'Riihimäki', 'Riihimäki', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('697', 'Ristijärvi', 'Ristijärvi', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('698', 'Rovaniemi', 'Rovaniemi', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('700', 'Ruokolahti', 'Ruokolax', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('702', 'Ruovesi', 'Ruovesi', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('704', 'Rusko', 'Rusko', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('707', 'Rääkkylä', 'Rääkkylä', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('710', 'Raasepori', 'Raseborg', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('729', 'Saarijärvi', 'Saarijärvi', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('732', 'Salla', 'Salla', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('734', 'Salo', 'Salo', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('736', 'Saltvik', 'Saltvik', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('738', 'Sauvo', 'Sagu', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('739', 'Savitaipale', 'Savitaipale', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('740', 'Savonlinna', 'Nyslott', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('742', 'Savukoski', 'Savukoski', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('743', 'Seinäjoki', 'Seinäjoki', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('746', 'Sievi', 'Sievi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('747', 'Siikainen', 'Siikais', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('748', 'Siikajoki', 'Siikajoki', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('749', 'Siilinjärvi', 'Siilinjärvi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('751', 'Simo', 'Simo', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('753', 'Sipoo', 'Sibbo', 'Uusimaa', 'Itä-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('755', 'Siuntio', 'Sjundeå', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('758', 'Sodankylä', 'Sodankylä', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('759', 'Soini', 'Soini', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('761', 'Somero', 'Somero', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('762', 'Sonkajärvi', 'Sonkajärvi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('765', 'Sotkamo', 'Sotkamo', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('766', 'Sottunga', 'Sottunga', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('768', 'Sulkava', 'Sulkava', 'Etelä-Savo', 'Etelä-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('771', 'Sund', 'Sund', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('777', 'Suomussalmi', 'Suomussalmi', 'Kainuu', 'Kainuun hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('778', 'Suonenjoki', 'Suonenjoki', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('781', 'Sysmä', 'Sysmä', 'Päijät-Häme', 'Päijät-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('783', 'Säkylä', 'Säkylä', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('785', 'Vaala', 'Vaala', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('790', 'Sastamala', 'Sastamala', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('791', 'Siikalatva', 'Siikalatva', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('831', 'Taipalsaari', 'Taipalsaari', 'Etelä-Karjala', 'Etelä-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('832', 'Taivalkoski', 'Taivalkoski', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('833', 'Taivassalo', 'Tövsala', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('834', 'Tammela', 'Tammela', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('837', 'Tampere', 'Tammerfors', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('844', 'Tervo', 'Tervo', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('845', 'Tervola', 'Tervola', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('846', 'Teuva', 'Östermark', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('848', 'Tohmajärvi', 'Tohmajärvi', 'Pohjois-Karjala', 'Pohjois-Karjalan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('849', 'Toholampi', 'Toholampi', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('850', 'Toivakka', 'Toivakka', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('851', 'Tornio', 'Torneå', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('853', 'Turku', 'Åbo', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('854', 'Pello', 'Pello', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('857', 'Tuusniemi', 'Tuusniemi', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('858', 'Tuusula', 'Tusby', 'Uusimaa', 'Keski-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('859', 'Tyrnävä', 'Tyrnävä', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('886', 'Ulvila', 'Ulvsby', 'Satakunta', 'Satakunnan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('887', 'Urjala', 'Urjala', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('889', 'Utajärvi', 'Utajärvi', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('890', 'Utsjoki', 'Utsjoki', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('892', 'Uurainen', 'Uurainen', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('893', 'Uusikaarlepyy', 'Nykarleby', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('895', 'Uusikaupunki', 'Nystad', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('905', 'Vaasa', 'Vasa', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('908', 'Valkeakoski', 'Valkeakoski', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('915', 'Varkaus', 'Varkaus', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('918', 'Vehmaa', 'Vemo', 'Varsinais-Suomi', 'Varsinais-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('921', 'Vesanto', 'Vesanto', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('922', 'Vesilahti', 'Vesilahti', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('924', 'Veteli', 'Vetil', 'Keski-Pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('925', 'Vieremä', 'Vieremä', 'Pohjois-Savo', 'Pohjois-Savon hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('927', 'Vihti', 'Vichtis', 'Uusimaa', 'Länsi-Uudenmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('931', 'Viitasaari', 'Viitasaari', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('934', 'Vimpeli', 'Vindala', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('935', 'Virolahti', 'Vederlax', 'Kymenlaakso', 'Kymenlaakson hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('936', 'Virrat', 'Virdois', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('941', 'Vårdö', 'Vårdö', 'Ahvenanmaa', '');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('946', 'Vöyri', 'Vörå', 'Pohjanmaa', 'Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('976', 'Ylitornio', 'Övertorneå', 'Lappi', 'Lapin hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('977', 'Ylivieska', 'Ylivieska', 'Pohjois-Pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('980', 'Ylöjärvi', 'Ylöjärvi', 'Pirkanmaa', 'Pirkanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('981', 'Ypäjä', 'Ypäjä', 'Kanta-Häme', 'Kanta-Hämeen hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('989', 'Ähtäri', 'Etseri', 'Etelä-Pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue');
INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES ('992', 'Äänekoski', 'Äänekoski', 'Keski-Suomi', 'Keski-Suomen hyvinvointialue');
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'advice', 'Neuvonta', 'Rådgivning', 'Advice', 0);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'guidance', 'Ohjaus', 'Handledning', 'Guidance', 1);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'peer_group', 'Vertaisryhmä', 'Kamratgrupp', 'Peer group', 2);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'hobby', 'Harrastustoiminta', 'Hobbyverksamhet', 'Hobby activity', 3);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'camp', 'Leiri', 'Läger', 'Camp', 4);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'trip', 'Retki', 'Utflykt', 'Trip', 5);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'event', 'Tapahtuma', 'Evenemang', 'Event', 6);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'home_help', 'Kotiin vietävä apu', 'Hjälp i hemmet', 'Home help', 7);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'volunteering', 'Vapaaehtoistoiminta', 'Frivilligverksamhet', 'Volunteering', 8);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'training', 'Koulutus', 'Utbildning', 'Training', 9);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('activity_kind', 'service_production', 'Palvelutuotanto', 'Serviceproduktion', 'Service production', 10);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'children', 'Lapset', 'Barn', 'Children', 0);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'youth', 'Nuoret', 'Unga', 'Youth', 1);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'families', 'Lapsiperheet', 'Barnfamiljer', 'Families', 2);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'older_people', 'Ikääntyneet', 'Äldre', 'Older people', 3);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'family_carers', 'Omaishoitajat', 'Närståendevårdare', 'Family carers', 4);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'disabled', 'Vammaiset henkilöt', 'Personer med funktionsnedsättning', 'People with disabilities', 5);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'mental_health', 'Mielenterveyskuntoutujat', 'Mentalvårdsrehabiliterande', 'Mental-health rehabilitees', 6);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'substance_abuse', 'Päihdekuntoutujat', 'Missbruksrehabiliterande', 'Substance-abuse rehabilitees', 7);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'immigrants', 'Maahanmuuttajat', 'Invandrare', 'Immigrants', 8);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'unemployed', 'Työttömät', 'Arbetslösa', 'The unemployed', 9);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('target_group', 'everyone', 'Kaikki', 'Alla', 'Everyone', 10);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('theme', 'loneliness', 'Yksinäisyyden ehkäisy', 'Motverka ensamhet', 'Preventing loneliness', 0);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('theme', 'physical_activity', 'Liikunta', 'Motion', 'Physical activity', 1);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('theme', 'mental_wellbeing', 'Mielen hyvinvointi', 'Psykiskt välbefinnande', 'Mental wellbeing', 2);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('theme', 'inclusion', 'Osallisuus', 'Delaktighet', 'Inclusion', 3);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('theme', 'safety', 'Turvallisuus', 'Säkerhet', 'Safety', 4);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('grant_type', 'general', 'Yleisavustus', 'Allmänt understöd', 'General (operating) grant', 0);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('grant_type', 'partnership', 'Kumppanuusavustus', 'Partnerskapsunderstöd', 'Partnership grant', 1);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('grant_type', 'project', 'Kohdeavustus', 'Projektunderstöd', 'Project grant', 2);
INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES ('grant_type', 'development', 'Kehittämisavustus', 'Utvecklingsunderstöd', 'Development grant', 3);
"""#
}
