-- Sort the queues by any column (F-40) without reading them whole: TicketPageQuery walks an index for each order.
-- Only new indexes.

-- The title, case-insensitively (lower() is standard SQL; the keyset compares the same expression).
CREATE INDEX IF NOT EXISTS tickets_title_lower ON tickets(lower(title));
-- An order by a joined name walks that table's names and, for each row, its tickets through the reference alone,
-- which keeps them in id order (the composite indexes of 0001/0007 order them by status first). tickets_subject
-- (0007) serves the subject; customers_name_key (0001) the customers' names.
CREATE INDEX IF NOT EXISTS tickets_customer_id ON tickets(customer_id);
CREATE INDEX IF NOT EXISTS tickets_status_id ON tickets(status_id);
CREATE INDEX IF NOT EXISTS tickets_sector_id ON tickets(sector_id);
CREATE INDEX IF NOT EXISTS tickets_responsible_id ON tickets(responsible_id);
CREATE INDEX IF NOT EXISTS workflow_statuses_name_lower ON workflow_statuses(lower(name));
CREATE INDEX IF NOT EXISTS sectors_name_lower ON sectors(lower(name));
CREATE INDEX IF NOT EXISTS users_name_lower ON users(lower(name));
CREATE INDEX IF NOT EXISTS subjects_name_lower ON subjects(lower(name));
