-- The team leader's desk (F-40..F-43): queue filters, saved filters, reports and the on-call roster.
-- Only new tables and indexes: 0003/0004 may alter tickets, outbox and contact_records.

-- Queue filters seek these when the filtered tickets are few (TicketPageQuery): a sector's tickets by status,
-- a subject's tickets, deadlines about to breach or breached.
CREATE INDEX IF NOT EXISTS tickets_sector_status ON tickets(sector_id, status_id);
CREATE INDEX IF NOT EXISTS tickets_subject ON tickets(subject_id);
-- Deadlines carry what the dashboard's "deadlines missed" reads, so that figure never touches the table.
CREATE INDEX IF NOT EXISTS tickets_deadline ON tickets(deadline_at, resolved_at, status_id, sector_id)
    WHERE deadline_at IS NOT NULL;
-- The tickets opened in a period with what the response-time figures read (covering: a month is one range).
CREATE INDEX IF NOT EXISTS tickets_opened_report
    ON tickets(opened_at, responsible_id, sector_id, first_response_at, resolved_at);
-- The open tickets by status and sector (the dashboard's backlog reads this index alone), and their deadlines
-- and next actions (the "deadline breached" and "next action overdue" queues seek each open status's range of
-- past times instead of checking the status of every ticket whose time passed, most of them long closed).
CREATE INDEX IF NOT EXISTS tickets_status_sector ON tickets(status_id, sector_id);
CREATE INDEX IF NOT EXISTS tickets_status_deadline ON tickets(status_id, deadline_at) WHERE deadline_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_status_next_action ON tickets(status_id, next_action_at)
    WHERE next_action_at IS NOT NULL;
-- Reports read contacts and calls by period (covering: channel, ticket, agent and end come with the range).
CREATE INDEX IF NOT EXISTS contact_records_period
    ON contact_records(started_at, channel, ticket_id, agent_id, ended_at);

-- Saved queue filters (F-40): each belongs to a user; a shared one is offered to everyone. `definition` is the
-- JSON of a QueueFilter (relative times such as "deadline within 24 h", so a saved queue stays current).
CREATE TABLE saved_queue_filters (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    definition TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (owner_id, name)
);
CREATE INDEX saved_queue_filters_shared ON saved_queue_filters(shared) WHERE shared = 1;

-- On-call roster (F-43, plantão): weekly slots (weekday 1 = Monday .. 7 = Sunday, ISO; minutes from 00:00 in
-- local time, end exclusive, an end at or before the start runs past midnight into the next day) and dated
-- exceptions (holidays) that replace the weekly slots of that date.
CREATE TABLE roster_slots (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1))
);
CREATE INDEX roster_slots_weekday ON roster_slots(weekday, start_minute);

CREATE TABLE roster_exceptions (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,           -- yyyy-MM-dd, local date
    description TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE, -- NULL: nobody on duty that day
    start_minute INTEGER NOT NULL DEFAULT 0 CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL DEFAULT 1440 CHECK (end_minute BETWEEN 0 AND 1440),
    is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1))
);
CREATE INDEX roster_exceptions_day ON roster_exceptions(day);
