-- Issue 15: product pages, cards and producer pages show reviews and their
-- ratings, so a change to either empties the anonymous page caches like any
-- other catalogue change (see 20261207130000_catalog_change_notify).
CREATE TRIGGER "ProductReview_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProductReview"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
CREATE TRIGGER "ProductRating_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProductRating"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
