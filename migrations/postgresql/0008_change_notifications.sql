-- Live refresh (issue 9): every write to a ticket (its row, interactions, attachments, tasks), a customer or a
-- user's notifications is announced on the channel atende_changes, delivered by the server when the writing
-- transaction commits. The payload is "kind:id:pid" (pid: the writing connection, so a workstation can tell its own
-- writes). ChangeListener LISTENs on a connection of its own and the screens refresh what they show.
-- A bulk copy (atendectl migrate-to) sets atende.quiet = on for its session: nobody needs a million notices.
CREATE FUNCTION atende_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb;
BEGIN
    IF current_setting('atende.quiet', true) = 'on' THEN
        RETURN NULL;
    END IF;
    row_data := CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    PERFORM pg_notify('atende_changes',
                      TG_ARGV[0] || ':' || coalesce(row_data ->> TG_ARGV[1], '') || ':' || pg_backend_pid());
    RETURN NULL;
END $$;

CREATE TRIGGER tickets_notify AFTER INSERT OR UPDATE OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION atende_notify_change('ticket', 'id');
CREATE TRIGGER interactions_notify AFTER INSERT OR UPDATE OR DELETE ON interactions
    FOR EACH ROW EXECUTE FUNCTION atende_notify_change('ticket', 'ticket_id');
CREATE TRIGGER attachments_notify AFTER INSERT OR UPDATE OR DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION atende_notify_change('ticket', 'ticket_id');
CREATE TRIGGER tasks_notify AFTER INSERT OR UPDATE OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION atende_notify_change('ticket', 'ticket_id');
CREATE TRIGGER customers_notify AFTER INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION atende_notify_change('customer', 'id');
CREATE TRIGGER notifications_notify AFTER INSERT OR UPDATE OR DELETE ON notifications
    FOR EACH ROW EXECUTE FUNCTION atende_notify_change('notification', 'user_id');
