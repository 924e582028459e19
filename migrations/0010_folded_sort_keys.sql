-- Text orders compare words as a person reads them (F-40): "Álvaro" before "Ana", "Área do cliente" before
-- "Boleto". lower() only lower-cases ASCII on SQLite, so accented initials sorted after "z"; atende_fold() (the
-- connection's function: accents removed, lower case, as the customers' name_key and the search fold) is the key
-- now. The walk indexes of 0009 are rebuilt on it; TicketPageQuery orders by the same expressions.
--
-- atende_fold is registered on every connection Atende opens (Database, and the benchmarks' and tests' bare
-- handles). A tool without it (the sqlite3 shell) can still read the file, but cannot write a ticket's title or a
-- name these indexes cover: "no such function: atende_fold".
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
