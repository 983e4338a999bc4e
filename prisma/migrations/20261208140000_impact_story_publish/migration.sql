-- Issue 12: a producer's impact story is shown once a librarian of their library
-- publishes it (and only while the IMPACT_STORY consent is in force). A rewrite
-- clears publishedAt. A story change empties the public pages' micro-cache like
-- every other change to what /libraries/:slug and /producers/:slug show.

-- AlterTable
ALTER TABLE "ImpactStory" ADD COLUMN "publishedAt" TIMESTAMP(3);

CREATE TRIGGER "ImpactStory_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ImpactStory"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed_notify"();
