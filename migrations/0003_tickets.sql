-- Tickets and the workflow engine (issue 5): protocol counters, business calendar, deadlines per priority,
-- analyses with their 24-hour limit, leader notifications and the phone documentation rule of seed 002.

-- The last protocol sequence handed out per local day and workstation. Incremented inside the write transaction
-- that inserts the contact record, so two processes never get the same number.
CREATE TABLE protocol_counters (
    day TEXT NOT NULL,          -- yyyy-MM-dd, the workstation's local date
    workstation TEXT NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (day, workstation)
) WITHOUT ROWID;

CREATE INDEX contact_records_ticket ON contact_records(ticket_id) WHERE ticket_id IS NOT NULL;

-- Business calendar: opening hours per ISO weekday (1 = Monday ... 7 = Sunday; a missing day is closed) and holidays.
CREATE TABLE business_hours (
    weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    opens_minute INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1440),
    closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 0 AND 1440),
    CHECK (opens_minute < closes_minute)
);

CREATE TABLE holidays (
    day TEXT PRIMARY KEY, -- yyyy-MM-dd
    name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Priority (1 = highest) from urgency x impact (1 = high ... 3 = low), and the business minutes each priority has.
CREATE TABLE priority_matrix (
    urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    PRIMARY KEY (urgency, impact)
) WITHOUT ROWID;

CREATE TABLE priority_targets (
    priority INTEGER PRIMARY KEY CHECK (priority BETWEEN 1 AND 5),
    first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0)
);

-- While a ticket is in a status that pauses the deadline: since when (the remaining business time is kept by
-- moving deadline_at when the ticket leaves the pause).
ALTER TABLE tickets ADD COLUMN deadline_paused_at INTEGER;

-- Seed 002 "Documentar é preciso": a ticket handled by phone needs a phone interaction record before it is resolved.
ALTER TABLE subjects ADD COLUMN requires_phone_record INTEGER NOT NULL DEFAULT 0 CHECK (requires_phone_record IN (0, 1));

-- Analysis (seed 003): estimated time, callback, and for a database analysis a limit after which the ticket goes to
-- Análise de Supervisão.
CREATE TABLE ticket_analyses (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    analyst_id INTEGER REFERENCES users(id),
    is_database INTEGER NOT NULL DEFAULT 0 CHECK (is_database IN (0, 1)),
    started_at INTEGER NOT NULL,
    estimated_minutes INTEGER NOT NULL DEFAULT 0,
    callback_at INTEGER,
    limit_at INTEGER,
    finished_at INTEGER,
    escalated_at INTEGER,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_analyses_ticket ON ticket_analyses(ticket_id);
CREATE INDEX ticket_analyses_open_limit ON ticket_analyses(limit_at)
    WHERE finished_at IS NULL AND escalated_at IS NULL AND limit_at IS NOT NULL;

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notifications_user ON notifications(user_id, read_at);

-- Defaults ---------------------------------------------------------------------------------------------------------
INSERT INTO app_settings (key, value) VALUES
    ('attachment.max_bytes', '10485760'),
    ('analysis.limit_hours', '24'),
    ('calendar.time_zone', 'America/Sao_Paulo');

INSERT INTO business_hours (weekday, opens_minute, closes_minute) VALUES
    (1, 480, 1080), (2, 480, 1080), (3, 480, 1080), (4, 480, 1080), (5, 480, 1080);

INSERT INTO holidays (day, name) VALUES
    ('2026-01-01', 'Confraternização Universal'), ('2026-02-16', 'Carnaval'), ('2026-02-17', 'Carnaval'),
    ('2026-04-03', 'Sexta-feira Santa'), ('2026-04-21', 'Tiradentes'), ('2026-05-01', 'Dia do Trabalho'),
    ('2026-06-04', 'Corpus Christi'), ('2026-09-07', 'Independência do Brasil'),
    ('2026-10-12', 'Nossa Senhora Aparecida'), ('2026-11-02', 'Finados'),
    ('2026-11-15', 'Proclamação da República'), ('2026-11-20', 'Dia da Consciência Negra'),
    ('2026-12-25', 'Natal');

INSERT INTO priority_matrix (urgency, impact, priority) VALUES
    (1, 1, 1), (1, 2, 2), (1, 3, 3),
    (2, 1, 2), (2, 2, 3), (2, 3, 4),
    (3, 1, 3), (3, 2, 4), (3, 3, 5);

INSERT INTO priority_targets (priority, first_response_minutes, resolution_minutes) VALUES
    (1, 30, 240), (2, 60, 480), (3, 120, 1080), (4, 240, 2160), (5, 480, 4320);

-- Support subjects are handled by phone: a phone record is required to resolve them (seed 002).
UPDATE subjects SET requires_phone_record = 1 WHERE id IN (1, 2, 3, 4, 5) OR parent_id IN (1, 2, 3, 4, 5);
