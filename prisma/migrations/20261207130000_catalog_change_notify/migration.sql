-- Issue 13: every app process keeps a short-lived copy of the anonymous
-- catalogue pages (app/platform/http/page-cache.server.ts). A change to what
-- those pages show tells every process at once: a statement trigger on each
-- table they read sends NOTIFY "catalog_changed", which PostgreSQL delivers to
-- every listening connection when the transaction commits (and never for one
-- that rolls back). Notifications of one transaction on one channel with the
-- same payload are folded into one, so a checkout that touches many rows
-- sends one. Statement triggers cost one call per statement, not per row.
-- Tables whose rows a public page shows belong in this list.

CREATE FUNCTION "catalog_changed_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('catalog_changed', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Product_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Product"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "ProductVariant_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProductVariant"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "ProductImage_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProductImage"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "ProducerProfile_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProducerProfile"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "Category_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Category"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "Library_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Library"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "LibraryBannerPhoto_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LibraryBannerPhoto"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "StorefrontFeaturedProduct_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StorefrontFeaturedProduct"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "StorefrontFeaturedProducer_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StorefrontFeaturedProducer"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "StorefrontHiddenProduct_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StorefrontHiddenProduct"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "ListingAssistance_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ListingAssistance"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "TrainingSession_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingSession"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "TrainingAttendance_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingAttendance"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
-- A withdrawn public-profile consent takes the producer's page down at once.
CREATE TRIGGER "Consent_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Consent"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
