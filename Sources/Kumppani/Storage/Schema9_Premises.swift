import Foundation

/// Schema version 9 (issue 18): the county's premises lent to associations and their bookings,
/// the wellbeing strategy's goals and what is linked to them, and the annual negotiation as a
/// record of its own (parties; goals belonging to the meeting, with follow-up).
///
/// Frozen SQL: never edit, add a migration. Overlapping bookings are refused by the store
/// (`PremisesStore.clashes`), since a weekly booking with exceptions cannot be checked by a
/// simple constraint.
enum Schema9Premises {
    static let migration = Migration(version: 9, name: "premises and bookings, strategy goals and links, negotiation parties", sql: sql)

    static let sql = """
    CREATE TABLE premises (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        owner TEXT NOT NULL DEFAULT '',                  -- the county or a municipality
        address TEXT NOT NULL DEFAULT '',
        municipality_code TEXT REFERENCES municipalities(code),
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        accessibility TEXT NOT NULL DEFAULT '',
        equipment TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        price_cents_per_hour INTEGER NOT NULL DEFAULT 0 CHECK (price_cents_per_hour >= 0),   -- 0 = free of charge
        hourly_value_cents INTEGER NOT NULL DEFAULT 0 CHECK (hourly_value_cents >= 0),       -- for the benefit report
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;

    -- A one-off booking has weekday NULL and ends_on = starts_on; a weekly one repeats on
    -- weekday (1 = Monday … 7 = Sunday) from starts_on to ends_on, except on booking_exceptions.
    CREATE TABLE bookings (
        id INTEGER PRIMARY KEY,
        premises_id INTEGER NOT NULL REFERENCES premises(id) ON DELETE CASCADE,
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        starts_on TEXT NOT NULL CHECK (starts_on IS date(starts_on, '+0 days')),
        ends_on TEXT NOT NULL CHECK (ends_on IS date(ends_on, '+0 days')),
        weekday INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 1 AND 7),
        start_time TEXT NOT NULL CHECK (length(start_time) = 5),
        end_time TEXT NOT NULL CHECK (length(end_time) = 5),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (ends_on >= starts_on),
        CHECK (end_time > start_time),
        CHECK (weekday IS NOT NULL OR ends_on = starts_on)
    ) STRICT;
    CREATE INDEX bookings_premises ON bookings(premises_id, starts_on, ends_on);
    CREATE INDEX bookings_association ON bookings(association_id);

    CREATE TABLE booking_exceptions (
        booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
        on_date TEXT NOT NULL CHECK (on_date IS date(on_date, '+0 days')),
        PRIMARY KEY (booking_id, on_date)
    ) STRICT, WITHOUT ROWID;

    -- The wellbeing strategy's and welfare plan's goals.
    CREATE TABLE strategy_goals (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        period_from INTEGER CHECK (period_from IS NULL OR period_from BETWEEN 2000 AND 2100),
        period_to INTEGER CHECK (period_to IS NULL OR period_to BETWEEN 2000 AND 2100),
        indicators TEXT NOT NULL DEFAULT '',             -- one indicator a line
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;

    -- What serves a goal: an activity, a grant round (as a criterion), an application, a negotiation goal.
    CREATE TABLE strategy_links (
        goal_id INTEGER NOT NULL REFERENCES strategy_goals(id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('activity', 'round', 'application', 'negotiation_goal')),
        entity_id INTEGER NOT NULL,
        PRIMARY KEY (goal_id, entity, entity_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX strategy_links_entity ON strategy_links(entity, entity_id);

    -- The annual negotiation's parties and its own goals.
    CREATE TABLE negotiation_parties (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('county', 'municipality', 'association')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        association_id INTEGER REFERENCES associations(id) ON DELETE SET NULL,
        municipality_code TEXT REFERENCES municipalities(code),
        representatives TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX negotiation_parties_meeting ON negotiation_parties(meeting_id);
    ALTER TABLE negotiation_goals ADD COLUMN meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL;
    ALTER TABLE negotiation_goals ADD COLUMN follow_up TEXT NOT NULL DEFAULT '';
    """
}
