-- The home page's libraries are the first few by province, then name (issue 13). With an index on the
-- province alone, PostgreSQL read and counted the public producers of every library of the first
-- province (53 at national scale, ~6 ms) before sorting by name; in this order it stops after six.
-- It serves the province-only lookups the old index served.
DROP INDEX "Library_provinceCode_idx";
CREATE INDEX "Library_provinceCode_name_idx" ON "Library"("provinceCode", "name");
