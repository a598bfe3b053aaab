/**
 * Ids that moved: when the parser learns to read a text better, a node can get another id (the
 * seed's five-year review was a part `review5`; it is now the year review's closing block,
 * `review-c…`). A report folder may keep `moved.json`, `{ "<old id>": "<new id>" }`, made once by
 * `npm run moved-ids` from the report.json the site published before; the site keeps the old URLs
 * working with it (redirect pages, and the id lookup on every page).
 */

/** A node of a published report.json or a model: anything with an id and a source span. */
interface Located {
  id: string;
  source: { start: number; end: number };
}

/** Every node with an id and a source span inside a JSON value, in document order. */
export function locatedNodes(value: unknown, out: Located[] = []): Located[] {
  if (Array.isArray(value)) for (const item of value) locatedNodes(item, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const source = record.source as { start?: unknown; end?: unknown } | undefined;
    if (typeof record.id === 'string' && source && typeof source.start === 'number' && typeof source.end === 'number')
      out.push({ id: record.id, source: { start: source.start, end: source.end } });
    for (const [key, child] of Object.entries(record))
      if (key !== 'source' && key !== 'segments') locatedNodes(child, out);
  }
  return out;
}

/**
 * Old id → new id for every old node whose exact span a new node of the same span holds under
 * another id; old ids still in use are not moved. Metric and target ids (`<sentence>-m<n>`) follow
 * their sentence.
 */
export function movedIds(before: unknown, after: unknown): Record<string, string> {
  const now = locatedNodes(after);
  const current = new Set(now.map((n) => n.id));
  const bySpan = new Map<string, string>();
  for (const node of now)
    if (!bySpan.has(`${node.source.start}:${node.source.end}`))
      bySpan.set(`${node.source.start}:${node.source.end}`, node.id);
  const moved: Record<string, string> = {};
  for (const node of locatedNodes(before)) {
    const id = bySpan.get(`${node.source.start}:${node.source.end}`);
    if (id && id !== node.id && !current.has(node.id)) moved[node.id] = id;
  }
  return moved;
}

/** The id an old id stands for now: itself, its moved id, or a metric/target id under a moved sentence. */
export function currentId(id: string, moved: Readonly<Record<string, string>>): string {
  const direct = moved[id];
  if (direct) return direct;
  const item = /^(.*-s\d+)(-[mt]\d+)$/.exec(id);
  const sentence = item ? moved[item[1] as string] : undefined;
  return sentence ? `${sentence}${item?.[2]}` : id;
}
