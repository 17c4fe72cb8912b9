/** A strict reader of RFC 4180 CSV (and of tab-separated text), to check downloaded files. */
export function parseDelimited(text: string, separator: "," | "\t"): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "" && separator === ",") quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      continue;
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Rows as objects keyed by the header's column ids. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header = [], ...data] = rows;
  return data.map((cells) => Object.fromEntries(header.map((id, index) => [id, cells[index] ?? ""])));
}
