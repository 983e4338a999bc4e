// Splits a PostgreSQL script into single statements. Driver adapters run one
// statement per query (extended protocol), so the migration runner sends a
// migration file statement by statement inside one transaction. Semicolons
// inside strings, quoted identifiers, dollar-quoted bodies and comments do not
// end a statement.
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let index = 0;

  const takeUntil = (terminator: string, from: number) => {
    const end = script.indexOf(terminator, from);
    return end === -1 ? script.length : end + terminator.length;
  };

  while (index < script.length) {
    const char = script[index]!;
    const next = script[index + 1];
    let end = index + 1;

    if (char === "-" && next === "-") {
      end = takeUntil("\n", index);
      index = end; // comments are dropped: they are not part of any statement
      current += "\n";
      continue;
    } else if (char === "/" && next === "*") {
      end = skipBlockComment(script, index);
      index = end;
      current += " ";
      continue;
    } else if (char === "'") {
      const escapes = /[eE]/.test(script[index - 1] ?? "") && !/\w/.test(script[index - 2] ?? "");
      end = skipQuoted(script, index, "'", escapes);
    } else if (char === '"') {
      end = skipQuoted(script, index, '"', false);
    } else if (char === "$") {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(index));
      if (tag && !/[A-Za-z0-9_]/.test(script[index - 1] ?? "")) {
        end = takeUntil(tag[0], index + tag[0].length);
      }
    } else if (char === ";") {
      if (current.trim()) statements.push(current.trim());
      current = "";
      index += 1;
      continue;
    }
    current += script.slice(index, end);
    index = end;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

function skipQuoted(script: string, start: number, quote: string, backslashEscapes: boolean): number {
  let index = start + 1;
  while (index < script.length) {
    const char = script[index];
    if (backslashEscapes && char === "\\") index += 2;
    else if (char === quote && script[index + 1] === quote) index += 2;
    else if (char === quote) return index + 1;
    else index += 1;
  }
  return script.length;
}

function skipBlockComment(script: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < script.length) {
    if (script.startsWith("/*", index)) {
      depth += 1;
      index += 2;
    } else if (script.startsWith("*/", index)) {
      depth -= 1;
      index += 2;
      if (depth === 0) return index;
    } else index += 1;
  }
  return script.length;
}
