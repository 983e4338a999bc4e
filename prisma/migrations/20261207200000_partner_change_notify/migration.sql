-- Issues 11 and 13: endorsement badges and sponsored tiles are shown on the
-- anonymous catalogue pages that each app process keeps in its micro-cache, so
-- a change to a partner (verification), an endorsement or a campaign (approval,
-- payment, pause) empties those caches like a change to a listing does
-- (migration 20261207130000_catalog_change_notify). Impression and click
-- counts are left out: they change on every view and show on no public page.

CREATE TRIGGER "Partner_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Partner"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "Endorsement_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Endorsement"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "SponsorshipCampaign_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SponsorshipCampaign"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
