/**
 * Line breaks for reading generated SQL: a new line before each clause (`FROM`, `WHERE`,
 * `GROUP BY`, `UNION ALL`), each subquery indented by its depth, and one select-list item per line.
 * Only whitespace between tokens changes: quoted identifiers and string literals are copied as
 * they are, so the text still runs as the same statement.
 */
export function formatSql(sql: string): string {
  const out: string[] = [];
  // One entry per open parenthesis: `true` when it opens a subquery.
  const stack: boolean[] = [];
  const depth = () => stack.filter(Boolean).length;
  const newline = (extra = 0) => {
    while (out.length > 0 && out[out.length - 1] === ' ') out.pop();
    out.push(`\n${'  '.repeat(depth() + extra)}`);
  };
  const clause = /^(FROM|WHERE|GROUP BY|UNION ALL)\b/;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      out.push(sql.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const sub = /^\(\s*(SELECT|WITH)\b/.test(sql.slice(i, i + 12));
      out.push('(');
      stack.push(sub);
      if (sub) {
        newline();
        i = skipSpaces(sql, i + 1);
        continue;
      }
      i++;
      continue;
    }
    if (c === ')') {
      if (stack.pop()) newline();
      out.push(')');
      i++;
      continue;
    }
    if (c === ',' && (stack.length === 0 || stack[stack.length - 1] === true)) {
      out.push(',');
      newline(1);
      i = skipSpaces(sql, i + 1);
      continue;
    }
    const rest = sql.slice(i, i + 10);
    const previous = i === 0 ? ' ' : (sql[i - 1] as string);
    const match = /\s/.test(previous) ? clause.exec(rest) : null;
    if (match) {
      newline();
      out.push(match[1] as string);
      i += (match[1] as string).length;
      continue;
    }
    out.push(c);
    i++;
  }
  return out.join('').trim();
}

function skipSpaces(sql: string, i: number): number {
  while (i < sql.length && /\s/.test(sql[i] as string)) i++;
  return i;
}
