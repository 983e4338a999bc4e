import { describe, expect, test } from "vitest";
import { splitSqlStatements } from "./split-sql";

describe("splitSqlStatements", () => {
  test("splits on semicolons and drops comments and blank statements", () => {
    const script = `-- a comment; with a semicolon\nCREATE TABLE "A" ("id" TEXT);\n/* block; */ CREATE INDEX "A_id" ON "A"("id");;\n`;
    expect(splitSqlStatements(script)).toEqual(['CREATE TABLE "A" ("id" TEXT)', 'CREATE INDEX "A_id" ON "A"("id")']);
  });

  test("keeps semicolons inside strings, identifiers and dollar-quoted bodies", () => {
    const script = [
      `INSERT INTO "t" VALUES ('a;b', 'it''s; fine', E'back\\\\'';slash')`,
      `CREATE TABLE "odd;name" ("x" INT)`,
      `DO $body$ BEGIN PERFORM 1; PERFORM 2; END $body$`,
      `CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql`,
    ];
    expect(splitSqlStatements(script.join(";\n") + ";")).toEqual(script);
  });

  test("handles nested block comments", () => {
    expect(splitSqlStatements("/* outer /* inner; */ still; */ SELECT 1; SELECT 2")).toEqual(["SELECT 1", "SELECT 2"]);
  });
});
