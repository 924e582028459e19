-- Team mode (issue 9) tells every workstation of a PostgreSQL server about the others' writes (LISTEN/NOTIFY,
-- migrations/postgresql/0008). An SQLite file has one workstation: nothing to announce, so this step only keeps
-- the two chains at the same version.
SELECT 1;
