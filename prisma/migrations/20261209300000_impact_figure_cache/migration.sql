-- Issue 12: every app process keeps the impact reports it has computed
-- (app/impact/figure-cache.server.ts) until something they show changes. A
-- statement trigger on each table the figures read sends NOTIFY
-- "impact_changed", which PostgreSQL delivers to every listening connection
-- when the transaction commits (never for one that rolls back); notifications
-- of one transaction are folded into one. A table the figures come to read
-- belongs in this list.

CREATE FUNCTION "impact_changed_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('impact_changed', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER "ImpactMonth_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ImpactMonth"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "Consent_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Consent"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "ProducerProfile_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProducerProfile"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "ProducerBaseline_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProducerBaseline"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "ImpactCheckIn_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ImpactCheckIn"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "TrainingSession_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingSession"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "TrainingAttendance_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingAttendance"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "Library_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Library"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
CREATE TRIGGER "Area_impact_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area"
    FOR EACH STATEMENT EXECUTE FUNCTION "impact_changed_notify"();
