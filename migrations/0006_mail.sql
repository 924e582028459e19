-- Files attached to an outbox message (a reply with the customer's screenshot, a boleto...). Kept with the
-- message until it is sent or cancelled, so a resend after a crash carries the same bytes.
CREATE TABLE outbox_attachments (
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    data BLOB NOT NULL,
    UNIQUE (outbox_id, position)
);
