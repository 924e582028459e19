-- Sort the queues by any column (F-40): the same indexes as migrations/0008 (see there why each carries the
-- usual queue filters after the id). lower() and expression indexes are the same in PostgreSQL.
CREATE INDEX IF NOT EXISTS tickets_title_lower
    ON tickets(lower(title), id, status_id, sector_id, priority, responsible_id);
CREATE INDEX IF NOT EXISTS tickets_customer_id ON tickets(customer_id, id, status_id, sector_id, priority, responsible_id);
CREATE INDEX IF NOT EXISTS tickets_status_id ON tickets(status_id, id, sector_id, priority, responsible_id);
CREATE INDEX IF NOT EXISTS tickets_sector_id ON tickets(sector_id, id, status_id, priority, responsible_id);
CREATE INDEX IF NOT EXISTS tickets_responsible_id ON tickets(responsible_id, id, status_id, sector_id, priority);
CREATE INDEX IF NOT EXISTS tickets_subject_id ON tickets(subject_id, id, status_id, sector_id, priority, responsible_id);
CREATE INDEX IF NOT EXISTS workflow_statuses_name_lower ON workflow_statuses(lower(name));
CREATE INDEX IF NOT EXISTS sectors_name_lower ON sectors(lower(name));
CREATE INDEX IF NOT EXISTS users_name_lower ON users(lower(name));
CREATE INDEX IF NOT EXISTS subjects_name_lower ON subjects(lower(name));
