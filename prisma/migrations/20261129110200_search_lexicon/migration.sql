-- Search at national scale (issue 4): the lexicon of the search documents.
-- Every distinct word of the names in "ProductSearch"."words" (title,
-- category, producer, library, village), as written and lower-cased
-- (the 'simple' text search configuration), with the number of documents
-- that hold it. A search word that no document holds is corrected to its
-- nearest words by trigram similarity over this small table (GIN
-- gin_trgm_ops), so the search itself is always an indexed full-text match
-- and never a trigram scan of the products.
-- Statement-level triggers with transition tables keep the counts exact: one
-- aggregate per statement, and an update that leaves a document's names as
-- they were (stock, price, photos) writes nothing here.

-- CreateTable
CREATE TABLE "SearchLexicon" (
    "word" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,
    CONSTRAINT "SearchLexicon_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchLexicon_word_idx" ON "SearchLexicon" USING GIN ("word" gin_trgm_ops);

-- The distinct words of one document's names.
CREATE FUNCTION "search_lexicon_words"(words TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT tsvector_to_array(to_tsvector('simple'::regconfig, words));
$$;

-- Adds counts (negative ones remove) for the given words; rows that reach zero go.
-- Rows are locked in word order, so concurrent writers cannot deadlock here.
CREATE FUNCTION "search_lexicon_add"(words TEXT[], documents INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO "SearchLexicon" AS x ("word", "documents")
    SELECT d.word, d.documents
      FROM unnest(words, documents) AS d(word, documents)
     ORDER BY d.word
    ON CONFLICT ("word") DO UPDATE SET "documents" = x."documents" + EXCLUDED."documents";
    DELETE FROM "SearchLexicon" x WHERE x."word" = ANY (words) AND x."documents" <= 0;
$$;

-- One function for the three statement triggers below: each names its
-- transition tables, and PL/pgSQL plans a statement only when it runs, so each
-- branch reads only the tables its trigger has.
CREATE FUNCTION "search_lexicon_sync"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    w TEXT[];
    d INTEGER[];
BEGIN
    -- product_search_rebuild() recounts everything at its end instead.
    IF current_setting('lapak.search_bulk', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(t.word), array_agg(t.n) INTO w, d FROM (
            SELECT l.word, count(*)::INTEGER AS n
              FROM new_documents s, unnest("search_lexicon_words"(s."words")) AS l(word)
             GROUP BY l.word) t;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(t.word), array_agg(t.n) INTO w, d FROM (
            SELECT l.word, -count(*)::INTEGER AS n
              FROM old_documents s, unnest("search_lexicon_words"(s."words")) AS l(word)
             GROUP BY l.word) t;
    ELSE
        SELECT array_agg(t.word), array_agg(t.n) INTO w, d FROM (
            SELECT l.word, sum(ch.sign)::INTEGER AS n
              FROM (
                SELECT o."words", -1 AS sign
                  FROM old_documents o JOIN new_documents nw USING ("productId")
                 WHERE o."words" IS DISTINCT FROM nw."words"
                UNION ALL
                SELECT nw."words", 1
                  FROM old_documents o JOIN new_documents nw USING ("productId")
                 WHERE o."words" IS DISTINCT FROM nw."words"
              ) ch, unnest("search_lexicon_words"(ch."words")) AS l(word)
             GROUP BY l.word
            HAVING sum(ch.sign) <> 0) t;
    END IF;
    IF w IS NOT NULL THEN
        PERFORM "search_lexicon_add"(w, d);
    END IF;
    RETURN NULL;
END;
$$;

-- Transition tables allow one event per trigger: three triggers.
CREATE TRIGGER "ProductSearch_lexicon_insert" AFTER INSERT ON "ProductSearch"
    REFERENCING NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION "search_lexicon_sync"();
CREATE TRIGGER "ProductSearch_lexicon_update" AFTER UPDATE ON "ProductSearch"
    REFERENCING OLD TABLE AS old_documents NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION "search_lexicon_sync"();
CREATE TRIGGER "ProductSearch_lexicon_delete" AFTER DELETE ON "ProductSearch"
    REFERENCING OLD TABLE AS old_documents
    FOR EACH STATEMENT EXECUTE FUNCTION "search_lexicon_sync"();

-- Counts every word afresh in one pass.
CREATE FUNCTION "search_lexicon_rebuild"() RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM "SearchLexicon";
    INSERT INTO "SearchLexicon" ("word", "documents")
    SELECT l.word, count(*)::INTEGER
      FROM "ProductSearch" s, unnest("search_lexicon_words"(s."words")) AS l(word)
     GROUP BY l.word;
$$;

-- The bulk rebuild of the search documents (scale data, repairs) recounts the
-- lexicon once at the end rather than through the triggers.
CREATE OR REPLACE FUNCTION "product_search_rebuild"() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('lapak.search_bulk', 'on', true);
    DELETE FROM "ProductSearch";
    INSERT INTO "ProductSearch" SELECT * FROM "ProductSearchSource";
    PERFORM "search_lexicon_rebuild"();
    PERFORM set_config('lapak.search_bulk', 'off', true);
END;
$$;

-- The lexicon of the documents that exist already.
SELECT "search_lexicon_rebuild"();
