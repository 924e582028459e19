-- Text orders compare words as a person reads them (F-40): "Álvaro" before "Ana", "Área do cliente" before
-- "Boleto". The same expressions as the SQLite file's migration 0010: atende_fold() (0001: unaccent, lower case,
-- IMMUTABLE so indexes may use it) replaces lower() in the walk indexes of 0009, and TicketPageQuery orders by it.
--
-- First the functions name the schemas of what they call. PostgreSQL 17 builds indexes, and runs VACUUM FULL,
-- ANALYZE and REINDEX, with search_path = pg_catalog, pg_temp, and pg_restore clears it too (recomputing the search
-- tables' generated columns): an unqualified unaccent() or atende_fold() inside them would not be found there.
-- The schemas are read, not assumed: unaccent lives where its extension was created, Atende's functions in the
-- schema this migration runs in.
DO $migration$
DECLARE
    extension_schema TEXT;
BEGIN
    SELECT n.nspname INTO extension_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
    EXECUTE format($sql$CREATE OR REPLACE FUNCTION atende_fold(value TEXT) RETURNS TEXT
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $body$ SELECT lower(%I.unaccent(%L::regdictionary, value)) $body$$sql$,
        extension_schema, quote_ident(extension_schema) || '.unaccent');
    EXECUTE format($sql$CREATE OR REPLACE FUNCTION atende_search_words(value TEXT) RETURNS TEXT
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $body$ SELECT regexp_replace(%I.atende_fold(value), '[^[:alnum:]]+', ' ', 'g') $body$$sql$,
        current_schema());
END
$migration$;

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
