-- Catalogue search (issue 4): one maintained search document per publicly
-- visible product (published, producer approved), with the filter and sort
-- signals beside it, so that a search is an indexed scan of one table.
-- Full text uses PostgreSQL's built-in 'indonesian' configuration (Snowball
-- stemmer); pg_trgm catches typos and spelling variants ("kripik"/"keripik").
-- Triggers keep the document current when a product, its variants or photos,
-- its producer, category, pickup library or an area name change.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "ProductSearch" (
    "productId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "searchVector" tsvector NOT NULL,
    "categoryId" TEXT NOT NULL,
    "libraryId" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "minPriceIdr" INTEGER NOT NULL,
    "totalStock" INTEGER NOT NULL,
    "hasPhoto" BOOLEAN NOT NULL,
    "halalUntil" DATE,
    "pirtUntil" DATE,
    "hasBpom" BOOLEAN NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ProductSearch_pkey" PRIMARY KEY ("productId")
);

-- CreateIndex
CREATE INDEX "ProductSearch_searchVector_idx" ON "ProductSearch" USING GIN ("searchVector");
CREATE INDEX "ProductSearch_words_idx" ON "ProductSearch" USING GIN ("words" gin_trgm_ops);
CREATE INDEX "ProductSearch_publishedAt_productId_idx" ON "ProductSearch"("publishedAt" DESC, "productId");
CREATE INDEX "ProductSearch_minPriceIdr_productId_idx" ON "ProductSearch"("minPriceIdr", "productId");
CREATE INDEX "ProductSearch_categoryId_publishedAt_idx" ON "ProductSearch"("categoryId", "publishedAt" DESC);
CREATE INDEX "ProductSearch_provinceCode_regencyCode_idx" ON "ProductSearch"("provinceCode", "regencyCode");
CREATE INDEX "ProductSearch_libraryId_publishedAt_idx" ON "ProductSearch"("libraryId", "publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "ProductSearch" ADD CONSTRAINT "ProductSearch_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the search document of each visible product should be. The refresh
-- functions filter it by product id (the planner pushes that predicate down).
CREATE VIEW "ProductSearchSource" AS
SELECT
    p."id" AS "productId",
    p."title",
    concat_ws(' ', p."title", c."nameId", c."nameEn", pp."businessName", l."name", la."name", v."name") AS "words",
    setweight(to_tsvector('indonesian', p."title"), 'A')
      || setweight(to_tsvector('indonesian', concat_ws(' ', c."nameId", c."nameEn", pp."businessName")), 'B')
      || setweight(to_tsvector('indonesian', concat_ws(' ', l."name", la."name", v."name", rg."name")), 'C')
      || setweight(to_tsvector('indonesian', p."description"), 'D') AS "searchVector",
    p."categoryId",
    p."pickupLibraryId" AS "libraryId",
    l."provinceCode",
    l."regencyCode",
    coalesce(vs."minPriceIdr", 0) AS "minPriceIdr",
    coalesce(vs."totalStock", 0) AS "totalStock",
    EXISTS (SELECT 1 FROM "ProductImage" i WHERE i."productId" = p."id") AS "hasPhoto",
    CASE WHEN p."halalCertNumber" IS NOT NULL THEN p."halalExpiresOn" END AS "halalUntil",
    -- A P-IRT permit is valid for five years from its issue date.
    CASE WHEN p."pirtNumber" IS NOT NULL THEN (p."pirtIssuedOn" + INTERVAL '5 years')::DATE END AS "pirtUntil",
    p."bpomNumber" IS NOT NULL AS "hasBpom",
    coalesce(p."publishedAt", p."createdAt") AS "publishedAt"
FROM "Product" p
JOIN "ProducerProfile" pp ON pp."id" = p."producerId" AND pp."status" = 'APPROVED'
JOIN "Category" c ON c."id" = p."categoryId"
JOIN "Library" l ON l."id" = p."pickupLibraryId"
JOIN "Area" la ON la."code" = l."areaCode"
JOIN "Area" rg ON rg."code" = l."regencyCode"
LEFT JOIN "Area" v ON v."code" = pp."villageCode"
LEFT JOIN LATERAL (
    SELECT min(pv."priceIdr") AS "minPriceIdr", sum(pv."stock")::INTEGER AS "totalStock"
      FROM "ProductVariant" pv
     WHERE pv."productId" = p."id"
) vs ON TRUE
WHERE p."status" = 'PUBLISHED';

-- Brings the documents of the given products up to date (drops the ones no longer visible).
CREATE FUNCTION "product_search_refresh"(product_ids TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF product_ids IS NULL OR cardinality(product_ids) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM "ProductSearch" s
     WHERE s."productId" = ANY (product_ids)
       AND NOT EXISTS (SELECT 1 FROM "ProductSearchSource" src WHERE src."productId" = s."productId");
    INSERT INTO "ProductSearch" AS s
    SELECT src.* FROM "ProductSearchSource" src WHERE src."productId" = ANY (product_ids)
    ON CONFLICT ("productId") DO UPDATE SET
        "title" = EXCLUDED."title",
        "words" = EXCLUDED."words",
        "searchVector" = EXCLUDED."searchVector",
        "categoryId" = EXCLUDED."categoryId",
        "libraryId" = EXCLUDED."libraryId",
        "provinceCode" = EXCLUDED."provinceCode",
        "regencyCode" = EXCLUDED."regencyCode",
        "minPriceIdr" = EXCLUDED."minPriceIdr",
        "totalStock" = EXCLUDED."totalStock",
        "hasPhoto" = EXCLUDED."hasPhoto",
        "halalUntil" = EXCLUDED."halalUntil",
        "pirtUntil" = EXCLUDED."pirtUntil",
        "hasBpom" = EXCLUDED."hasBpom",
        "publishedAt" = EXCLUDED."publishedAt";
END;
$$;

-- Rebuilds every document in one pass (after bulk loads that bypass the triggers).
CREATE FUNCTION "product_search_rebuild"() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "ProductSearch";
    INSERT INTO "ProductSearch" SELECT * FROM "ProductSearchSource";
END;
$$;

CREATE FUNCTION "product_search_sync"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT[];
BEGIN
    CASE TG_TABLE_NAME
    WHEN 'Product' THEN
        ids := ARRAY[NEW."id"];
    WHEN 'ProductVariant', 'ProductImage' THEN
        IF TG_OP = 'DELETE' THEN
            ids := ARRAY[OLD."productId"];
        ELSIF TG_OP = 'UPDATE' THEN
            ids := ARRAY[NEW."productId", OLD."productId"];
        ELSE
            ids := ARRAY[NEW."productId"];
        END IF;
    WHEN 'ProducerProfile' THEN
        ids := ARRAY(SELECT p."id" FROM "Product" p WHERE p."producerId" = NEW."id");
    WHEN 'Category' THEN
        ids := ARRAY(SELECT p."id" FROM "Product" p WHERE p."categoryId" = NEW."id");
    WHEN 'Library' THEN
        ids := ARRAY(SELECT p."id" FROM "Product" p WHERE p."pickupLibraryId" = NEW."id");
    WHEN 'Area' THEN
        ids := ARRAY(
            SELECT p."id" FROM "Product" p
              JOIN "ProducerProfile" pp ON pp."id" = p."producerId"
              JOIN "Library" l ON l."id" = p."pickupLibraryId"
             WHERE pp."villageCode" = NEW."code" OR l."areaCode" = NEW."code" OR l."regencyCode" = NEW."code");
    END CASE;
    PERFORM "product_search_refresh"(ids);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Product_search_sync" AFTER INSERT OR UPDATE ON "Product"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();
CREATE TRIGGER "ProductVariant_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "ProductVariant"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();
CREATE TRIGGER "ProductImage_search_sync" AFTER INSERT OR UPDATE OF "productId" OR DELETE ON "ProductImage"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();
CREATE TRIGGER "ProducerProfile_search_sync" AFTER UPDATE OF "businessName", "villageCode", "status" ON "ProducerProfile"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();
CREATE TRIGGER "Category_search_sync" AFTER UPDATE OF "nameId", "nameEn" ON "Category"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();
CREATE TRIGGER "Library_search_sync" AFTER UPDATE OF "name", "areaCode", "provinceCode", "regencyCode" ON "Library"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();
CREATE TRIGGER "Area_search_sync" AFTER UPDATE OF "name" ON "Area"
    FOR EACH ROW EXECUTE FUNCTION "product_search_sync"();

-- Documents for the products that exist already.
SELECT "product_search_rebuild"();
