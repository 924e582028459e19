-- Crash-proof call drafts (F-15): everything typed or chosen during a call, saved within a second of the change,
-- so that after a crash, a power cut or a kill the next start offers to resume the call where it was, protocol
-- included. One draft per user and workstation; concluding or abandoning the call deletes it. The payload is the
-- screen's state as JSON (it may hold personal data the agent typed, like any ticket; it lives only until the
-- call ends).
CREATE TABLE call_drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    workstation TEXT NOT NULL DEFAULT '',
    protocol TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (user_id, workstation)
);
