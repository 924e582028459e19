-- Text orders compare words as a person reads them (F-40): "Álvaro" before "Ana", "Área do cliente" before
-- "Boleto". The same expressions as the SQLite file's migration 0010: atende_fold() (0001: unaccent, lower case,
-- IMMUTABLE so indexes may use it) replaces lower() in the walk indexes of 0009, and TicketPageQuery orders by it.
DROP INDEX IF EXISTS tickets_title_lower;
DROP INDEX IF EXISTS workflow_statuses_name_lower;
DROP INDEX IF EXISTS sectors_name_lower;
DROP INDEX IF EXISTS users_name_lower;
DROP INDEX IF EXISTS subjects_name_lower;
CREATE INDEX tickets_title_folded ON tickets(atende_fold(title), id, status_id, sector_id, priority, responsible_id);
CREATE INDEX workflow_statuses_name_folded ON workflow_statuses(atende_fold(name));
CREATE INDEX sectors_name_folded ON sectors(atende_fold(name));
CREATE INDEX users_name_folded ON users(atende_fold(name));
CREATE INDEX subjects_name_folded ON subjects(atende_fold(name));
