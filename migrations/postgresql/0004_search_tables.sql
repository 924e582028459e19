-- Full-text search on PostgreSQL: one table per kind of record, keyed by the record's id, as the SQLite chain's FTS5
-- tables (ticket_search, customer_search, article_search with title and body). The document is a tsvector of the
-- folded text (atende_fold: lower case, accents removed, so "joao conceicao" finds "João Conceição"), the title
-- weighted above the body for ts_rank; the 'simple' configuration keeps words as typed (no stemming: names,
-- protocols and product words must match as they are).
CREATE TABLE ticket_search (
    id BIGINT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', atende_fold(title)), 'A') ||
        setweight(to_tsvector('simple', atende_fold(body)), 'B')) STORED
);
CREATE INDEX ticket_search_document ON ticket_search USING gin (document);

CREATE TABLE customer_search (LIKE ticket_search INCLUDING ALL);
CREATE TABLE article_search (LIKE ticket_search INCLUDING ALL);
