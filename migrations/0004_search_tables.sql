-- One full-text table per kind of record, keyed by the record's own id (the FTS rowid), instead of one table with
-- UNINDEXED kind/ref_id columns. Why: on a 1M-ticket base a group's query had to read the `kind` of every match
-- (ticket rows included when looking for customers), and updating or deleting a record's row needed a full-text
-- query to find it. Now each group reads only its own index, a row is replaced by rowid, and "newest first" is
-- the rowid order FTS5 walks natively, which lets the search rank a bounded window of the most recent matches.
CREATE VIRTUAL TABLE ticket_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE customer_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO ticket_search(rowid, title, body)
    SELECT ref_id, title, body FROM search_index WHERE kind = 'ticket' AND ref_id IN (SELECT id FROM tickets);
INSERT INTO customer_search(rowid, title, body)
    SELECT ref_id, title, body FROM search_index WHERE kind = 'customer' AND ref_id IN (SELECT id FROM customers);
INSERT INTO article_search(rowid, title, body)
    SELECT ref_id, title, body FROM search_index WHERE kind = 'article'
        AND ref_id IN (SELECT id FROM knowledge_articles);

DROP TABLE search_index;
