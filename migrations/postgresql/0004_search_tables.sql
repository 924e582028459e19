-- Full-text search on PostgreSQL: one table per kind of record, keyed by the record's id, as the SQLite chain's FTS5
-- tables (ticket_search, customer_search, article_search with title and body). The document is a tsvector of the
-- folded text (atende_fold: lower case, accents removed, so "joao conceicao" finds "João Conceição"), the title
-- weighted above the body for ts_rank; the 'simple' configuration keeps words as typed (no stemming: names,
-- protocols and product words must match as they are).
-- Words are split at every character that is not a letter or digit before PostgreSQL's parser sees them, as FTS5's
-- unicode61 tokenizer splits them: the parser keeps an e-mail address or a host name whole ("ana@trabalho.com.br" is
-- one lexeme), so "trabalho" would not find it, and the search box sends plain words (ServerTextSearch).
CREATE FUNCTION atende_search_words(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT regexp_replace(atende_fold(value), '[^[:alnum:]]+', ' ', 'g') $$;

CREATE TABLE ticket_search (
    id BIGINT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', atende_search_words(title)), 'A') ||
        setweight(to_tsvector('simple', atende_search_words(body)), 'B')) STORED
);
CREATE INDEX ticket_search_document ON ticket_search USING gin (document);

CREATE TABLE customer_search (LIKE ticket_search INCLUDING ALL);
CREATE TABLE article_search (LIKE ticket_search INCLUDING ALL);
