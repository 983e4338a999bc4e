// One shape for a database schema (tables, columns, keys, indexes, enums), read
// two ways: what schema.prisma asks for (from Prisma's datamodel, with the
// names and defaults `prisma migrate` would use) and what a migrated database
// has (from pg_catalog). `diffSchemas` lists every difference as a sentence.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Datamodel, DmmfField, DmmfModel } from "./prisma-datamodel";

export type ColumnShape = {
  /** As PostgreSQL's format_type() writes it, without quotes: "text", "integer[]", "timestamp(3) without time zone". */
  type: string;
  /** Undefined when either is fine (Prisma leaves scalar lists NULL-able in SQL). */
  notNull?: boolean;
  /** Normalised default ("now()", "PENDING", "0", …), "(any)" when only its presence is checked, undefined for none. */
  default?: string;
};
export type KeyShape = { name: string; columns: string[] };
export type IndexShape = KeyShape & { unique: boolean; method: string; predicate?: string };
export type ForeignKeyShape = KeyShape & {
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};
export type TableShape = {
  columns: Record<string, ColumnShape>;
  primaryKey?: KeyShape;
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
};
export type SchemaShape = { tables: Record<string, TableShape>; enums: Record<string, string[]> };

/** Tables the database has that schema.prisma does not describe, on purpose. */
const NOT_IN_PRISMA_SCHEMA = new Set(["_prisma_migrations"]);
/**
 * Columns declared `Unsupported("…")` in schema.prisma: Prisma's datamodel leaves
 * them out, so their SQL type is stated here (issue 4: the search document's tsvector).
 */
const UNSUPPORTED_COLUMNS: Record<string, Record<string, ColumnShape>> = {
  ProductSearch: { searchVector: { type: "tsvector", notNull: true } },
};
/** Longer names are shortened by PostgreSQL (and Prisma), so only their shape is compared. */
const MAX_IDENTIFIER_LENGTH = 63;

// ---------------------------------------------------------------- schema.prisma side

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

function nativeTypeName([name, args]: [string, string[]]): string {
  const withArgs = (base: string, fallback?: string) => {
    const given = args.length ? args.join(",") : fallback;
    return given === undefined ? base : `${base}(${given})`;
  };
  switch (name) {
    case "Text":
    case "Uuid":
    case "Date":
    case "Xml":
    case "Inet":
    case "Citext":
    case "Money":
    case "Oid":
      return name.toLowerCase();
    case "VarChar":
      return withArgs("character varying");
    case "Char":
      return withArgs("character", "1");
    case "SmallInt":
      return "smallint";
    case "Integer":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Real":
      return "real";
    case "DoublePrecision":
      return "double precision";
    case "Decimal":
      return withArgs("numeric");
    case "Timestamp":
      return `${withArgs("timestamp", "3")} without time zone`;
    case "Timestamptz":
      return `${withArgs("timestamp", "3")} with time zone`;
    case "Time":
      return `${withArgs("time", "3")} without time zone`;
    case "Timetz":
      return `${withArgs("time", "3")} with time zone`;
    case "Json":
      return "json";
    case "JsonB":
      return "jsonb";
    case "ByteA":
      return "bytea";
    case "Boolean":
      return "boolean";
    case "Bit":
      return withArgs("bit", "1");
    case "VarBit":
      return withArgs("bit varying");
    default:
      throw new Error(`schema-shape.ts does not know @db.${name} yet: add it to nativeTypeName().`);
  }
}

const columnName = (field: DmmfField) => field.dbName ?? field.name;
const tableName = (model: DmmfModel) => model.dbName ?? model.name;

// Defaults the database holds; cuid(), uuid() and the like are made by Prisma Client.
function expectedDefault(field: DmmfField): string | undefined {
  if (!field.hasDefaultValue || field.isUpdatedAt) return undefined;
  const value = field.default;
  if (Array.isArray(value)) return "(any)";
  if (typeof value === "object" && value !== null && "name" in value) {
    const { name } = value as { name: string };
    if (["cuid", "uuid", "nanoid", "ulid"].includes(name)) return undefined;
    if (name === "now") return "now()";
    if (name === "autoincrement") return "autoincrement()";
    return "(any)"; // dbgenerated(…): its SQL is not ours to second-guess
  }
  return String(value);
}

function defaultIndexName(table: string, columns: string[], suffix: string): string {
  return `${table}_${columns.join("_")}_${suffix}`;
}

/** What schema.prisma asks of the database, as `prisma migrate` would create it. */
export function expectedShape(datamodel: Datamodel): SchemaShape {
  const modelsByName = new Map(datamodel.models.map((model) => [model.name, model]));
  const enumsByName = new Map(datamodel.enums.map((dmmfEnum) => [dmmfEnum.name, dmmfEnum]));
  const shape: SchemaShape = { tables: {}, enums: {} };

  for (const dmmfEnum of datamodel.enums) {
    shape.enums[dmmfEnum.dbName ?? dmmfEnum.name] = dmmfEnum.values.map((value) => value.dbName ?? value.name);
  }

  const columnsOf = (model: DmmfModel, fieldNames: string[]) =>
    fieldNames.map((fieldName) => {
      const field = model.fields.find((candidate) => candidate.name === fieldName);
      if (!field && UNSUPPORTED_COLUMNS[tableName(model)]?.[fieldName]) return fieldName;
      if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
      return columnName(field);
    });

  for (const model of datamodel.models) {
    const table = tableName(model);
    const columns: Record<string, ColumnShape> = {};
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const base =
        field.kind === "enum"
          ? (enumsByName.get(field.type)?.dbName ?? field.type)
          : field.nativeType
            ? nativeTypeName(field.nativeType)
            : SCALAR_TYPES[field.type];
      if (!base) throw new Error(`schema-shape.ts does not know the Prisma type ${field.type} yet.`);
      columns[columnName(field)] = {
        type: field.isList ? `${base}[]` : base,
        notNull: field.isList ? undefined : field.isRequired,
        default: expectedDefault(field),
      };
    }

    Object.assign(columns, UNSUPPORTED_COLUMNS[table]);
    const tableShape: TableShape = { columns, indexes: [], foreignKeys: [] };
    for (const index of datamodel.indexes.filter((candidate) => candidate.model === model.name)) {
      const plainColumns = columnsOf(
        model,
        index.fields.map((field) => field.name),
      );
      const indexColumns = plainColumns.map((column, position) =>
        index.fields[position]?.sortOrder === "desc" ? `${column} DESC` : column,
      );
      if (index.type === "id") {
        tableShape.primaryKey = { name: index.dbName ?? `${table}_pkey`, columns: plainColumns };
      } else if (index.type === "unique" || index.type === "normal") {
        const unique = index.type === "unique";
        tableShape.indexes.push({
          name: index.dbName ?? defaultIndexName(table, plainColumns, unique ? "key" : "idx"),
          columns: indexColumns,
          unique,
          method: (index.algorithm ?? "btree").toLowerCase(),
        });
      }
    }

    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = modelsByName.get(field.type);
      if (!target) throw new Error(`${model.name}.${field.name} points at unknown model ${field.type}`);
      const fromColumns = columnsOf(model, field.relationFromFields);
      const fromFieldsRequired = field.relationFromFields.every(
        (name) => model.fields.find((candidate) => candidate.name === name)?.isRequired,
      );
      tableShape.foreignKeys.push({
        name: defaultIndexName(table, fromColumns, "fkey"),
        columns: fromColumns,
        referencedTable: tableName(target),
        referencedColumns: columnsOf(target, field.relationToFields ?? []),
        // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
        onDelete: field.relationOnDelete ?? (fromFieldsRequired ? "Restrict" : "SetNull"),
        onUpdate: field.relationOnUpdate ?? "Cascade",
      });
    }
    shape.tables[table] = tableShape;
  }

  addImplicitManyToManyTables(datamodel, shape);
  return shape;
}

// A many-to-many relation without a model of its own gets a join table
// "_<relation>" with columns A and B (A for the model whose name sorts first).
function addImplicitManyToManyTables(datamodel: Datamodel, shape: SchemaShape): void {
  const seen = new Set<string>();
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.isList || !field.relationName || seen.has(field.relationName)) continue;
      const other = datamodel.models
        .find((candidate) => candidate.name === field.type)
        ?.fields.find((candidate) => candidate.relationName === field.relationName && candidate !== field);
      if (!other?.isList) continue; // one-to-many: the foreign key lives on the other side
      seen.add(field.relationName);
      const [first, second] = [model.name, field.type].sort();
      const idColumn = (name: string | undefined) => {
        const idModel = datamodel.models.find((candidate) => candidate.name === name);
        const idField = idModel?.fields.find((candidate) => candidate.isId);
        if (!idModel || !idField) throw new Error(`implicit many-to-many ${field.relationName} needs single-field ids`);
        return { table: tableName(idModel), column: columnName(idField), type: SCALAR_TYPES[idField.type] ?? "text" };
      };
      const a = idColumn(first);
      const b = idColumn(second);
      const table = `_${field.relationName}`;
      const foreignKey = (column: string, target: typeof a): ForeignKeyShape => ({
        name: `${table}_${column}_fkey`,
        columns: [column],
        referencedTable: target.table,
        referencedColumns: [target.column],
        onDelete: "Cascade",
        onUpdate: "Cascade",
      });
      shape.tables[table] = {
        columns: { A: { type: a.type, notNull: true }, B: { type: b.type, notNull: true } },
        primaryKey: { name: `${table}_AB_pkey`, columns: ["A", "B"] },
        indexes: [{ name: `${table}_B_index`, columns: ["B"], unique: false, method: "btree" }],
        foreignKeys: [foreignKey("A", a), foreignKey("B", b)],
      };
    }
  }
}

// ---------------------------------------------------------------- database side

const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

// One query per kind of object, each returning a JSON document: the same
// text on node-postgres and PGlite, whatever each adapter does with arrays.
const CATALOG_QUERIES = {
  columns: `
    SELECT c.relname AS "table", a.attname AS "column",
           format_type(a.atttypid, a.atttypmod) AS "type", a.attnotnull AS "notNull",
           pg_get_expr(d.adbin, d.adrelid) AS "default"
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
     WHERE c.relkind IN ('r', 'p')`,
  indexes: `
    SELECT t.relname AS "table", i.relname AS "name", x.indisunique AS "unique", x.indisprimary AS "primary",
           am.amname AS "method", pg_get_expr(x.indpred, x.indrelid) AS "predicate",
           (SELECT json_agg(pg_get_indexdef(x.indexrelid, k, true)
                            || CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END ORDER BY k)
              FROM generate_series(1, x.indnkeyatts) AS k) AS "columns"
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
      JOIN pg_am am ON am.oid = i.relam`,
  foreignKeys: `
    SELECT t.relname AS "table", con.conname AS "name", r.relname AS "referencedTable",
           con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate",
           (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS "columns",
           (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num) AS "referencedColumns"
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
     WHERE con.contype = 'f'`,
  enums: `
    SELECT t.typname AS "name", json_agg(e.enumlabel ORDER BY e.enumsortorder) AS "values"
      FROM pg_type t
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = current_schema()
      JOIN pg_enum e ON e.enumtypid = t.oid
     GROUP BY t.typname`,
} as const;

type CatalogRows = {
  columns: Array<{ table: string; column: string; type: string; notNull: boolean; default: string | null }>;
  indexes: Array<{
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    method: string;
    predicate: string | null;
    columns: string[];
  }>;
  foreignKeys: Array<{
    table: string;
    name: string;
    referencedTable: string;
    onDelete: string;
    onUpdate: string;
    columns: string[];
    referencedColumns: string[];
  }>;
  enums: Array<{ name: string; values: string[] }>;
};

async function readCatalog<K extends keyof CatalogRows>(prisma: PrismaClient, kind: K): Promise<CatalogRows[K]> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ document: string | null }>>(
    `SELECT coalesce(json_agg(q), '[]')::text AS document FROM (${CATALOG_QUERIES[kind]}) AS q`,
  );
  return JSON.parse(row?.document ?? "[]") as CatalogRows[K];
}

// "''::text" → "", "'PENDING'::\"ProducerStatus\"" → "PENDING", "CURRENT_TIMESTAMP" → "now()".
function normaliseDefault(expression: string): string {
  if (/^nextval\(/i.test(expression)) return "autoincrement()";
  if (/^(CURRENT_TIMESTAMP|now\(\))$/i.test(expression)) return "now()";
  const withoutCasts = expression.replace(/(::[\w" ]+(\(\d+(,\d+)?\))?(\[\])?)+$/, "");
  const quoted = /^'((?:[^']|'')*)'$/.exec(withoutCasts);
  return quoted ? quoted[1]!.replaceAll("''", "'") : withoutCasts;
}

const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1").replaceAll('""', '"');

/** What the database connected to `prisma` has, in its current schema. */
export async function actualShape(prisma: PrismaClient): Promise<SchemaShape> {
  const shape: SchemaShape = { tables: {}, enums: {} };
  const table = (name: string): TableShape => (shape.tables[name] ??= { columns: {}, indexes: [], foreignKeys: [] });

  for (const column of await readCatalog(prisma, "columns")) {
    if (NOT_IN_PRISMA_SCHEMA.has(column.table)) continue;
    table(column.table).columns[column.column] = {
      type: column.type.replaceAll('"', ""),
      notNull: column.notNull,
      default: column.default === null ? undefined : normaliseDefault(column.default),
    };
  }
  for (const index of await readCatalog(prisma, "indexes")) {
    if (NOT_IN_PRISMA_SCHEMA.has(index.table)) continue;
    const columns = index.columns.map((column) =>
      column.endsWith(" DESC") ? `${unquote(column.slice(0, -" DESC".length))} DESC` : unquote(column),
    );
    if (index.primary) table(index.table).primaryKey = { name: index.name, columns };
    else
      table(index.table).indexes.push({
        name: index.name,
        columns,
        unique: index.unique,
        method: index.method,
        predicate: index.predicate ?? undefined,
      });
  }
  for (const key of await readCatalog(prisma, "foreignKeys")) {
    if (NOT_IN_PRISMA_SCHEMA.has(key.table)) continue;
    table(key.table).foreignKeys.push({
      name: key.name,
      columns: key.columns,
      referencedTable: key.referencedTable,
      referencedColumns: key.referencedColumns,
      onDelete: ACTIONS[key.onDelete] ?? key.onDelete,
      onUpdate: ACTIONS[key.onUpdate] ?? key.onUpdate,
    });
  }
  for (const dbEnum of await readCatalog(prisma, "enums")) shape.enums[dbEnum.name] = dbEnum.values;
  return shape;
}

// ---------------------------------------------------------------- comparison

const describeColumn = (column: ColumnShape) =>
  [
    column.type,
    column.notNull === undefined ? "" : column.notNull ? "NOT NULL" : "NULL",
    column.default === undefined ? "" : `DEFAULT ${column.default}`,
  ]
    .filter(Boolean)
    .join(" ");
const describeIndex = (index: IndexShape) =>
  `${index.unique ? "UNIQUE " : ""}${index.method === "btree" ? "" : `${index.method} `}(${index.columns.join(", ")})${index.predicate ? ` WHERE ${index.predicate}` : ""}`;
const describeForeignKey = (key: ForeignKeyShape) =>
  `(${key.columns.join(", ")}) → ${key.referencedTable}(${key.referencedColumns.join(", ")}) ON DELETE ${key.onDelete} ON UPDATE ${key.onUpdate}`;

function compareNamed<T extends { name: string }>(
  where: string,
  what: string,
  expected: T[],
  actual: T[],
  describe: (item: T) => string,
): string[] {
  const differences: string[] = [];
  const unmatched = [...actual];
  for (const item of expected) {
    const at = unmatched.findIndex((candidate) => describe(candidate) === describe(item));
    if (at === -1) {
      differences.push(`${where}: ${what} ${describe(item)} is missing from the database`);
      continue;
    }
    const [match] = unmatched.splice(at, 1);
    if (match && match.name !== item.name && item.name.length <= MAX_IDENTIFIER_LENGTH) {
      differences.push(`${where}: ${what} ${describe(item)} is named "${match.name}", Prisma expects "${item.name}"`);
    }
  }
  for (const item of unmatched) {
    differences.push(`${where}: ${what} "${item.name}" ${describe(item)} is in the database but not in schema.prisma`);
  }
  return differences;
}

/** Every way the database differs from what schema.prisma asks, one sentence each; empty when they agree. */
export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const differences: string[] = [];

  for (const [name, values] of Object.entries(expected.enums)) {
    const actualValues = actual.enums[name];
    if (!actualValues) {
      differences.push(`enum ${name} is missing from the database`);
      continue;
    }
    const missing = values.filter((value) => !actualValues.includes(value));
    const extra = actualValues.filter((value) => !values.includes(value));
    if (missing.length) differences.push(`enum ${name}: values ${missing.join(", ")} are missing from the database`);
    if (extra.length)
      differences.push(`enum ${name}: values ${extra.join(", ")} are in the database but not in schema.prisma`);
  }
  for (const name of Object.keys(actual.enums)) {
    if (!expected.enums[name]) differences.push(`enum ${name} is in the database but not in schema.prisma`);
  }

  for (const [name, table] of Object.entries(expected.tables)) {
    const actualTable = actual.tables[name];
    if (!actualTable) {
      differences.push(`table ${name} is missing from the database`);
      continue;
    }
    for (const [column, shape] of Object.entries(table.columns)) {
      const actualColumn = actualTable.columns[column];
      if (!actualColumn) {
        differences.push(
          `${name}.${column}: column is missing from the database (schema.prisma: ${describeColumn(shape)})`,
        );
        continue;
      }
      const comparable: ColumnShape = {
        type: actualColumn.type,
        notNull: shape.notNull === undefined ? undefined : actualColumn.notNull,
        default: shape.default === "(any)" && actualColumn.default !== undefined ? "(any)" : actualColumn.default,
      };
      if (describeColumn(comparable) !== describeColumn(shape)) {
        differences.push(
          `${name}.${column}: the database has ${describeColumn(comparable)}, schema.prisma wants ${describeColumn(shape)}`,
        );
      }
    }
    for (const column of Object.keys(actualTable.columns)) {
      if (!table.columns[column])
        differences.push(`${name}.${column}: column is in the database but not in schema.prisma`);
    }
    differences.push(
      ...compareNamed(
        name,
        "primary key",
        table.primaryKey ? [table.primaryKey] : [],
        actualTable.primaryKey ? [actualTable.primaryKey] : [],
        (key) => `(${key.columns.join(", ")})`,
      ),
      ...compareNamed(name, "index", table.indexes, actualTable.indexes, describeIndex),
      ...compareNamed(name, "foreign key", table.foreignKeys, actualTable.foreignKeys, describeForeignKey),
    );
  }
  for (const name of Object.keys(actual.tables)) {
    if (!expected.tables[name]) differences.push(`table ${name} is in the database but not in schema.prisma`);
  }
  return differences;
}
