import type { FrontMatter, Part, Segment } from './types.ts';
import { containersOf } from './walk.ts';

/**
 * Lays the whole text out as consecutive segments: every node's own text, and separators
 * (line breaks, blank lines, padding, a BOM) for everything between. Joined, they are the input.
 */
export function buildSegments(text: string, front: FrontMatter, parts: readonly Part[]): Segment[] {
  const nodes: Segment[] = [];
  const add = (kind: Segment['kind'], id: string, span: { start: number; end: number }) =>
    nodes.push({ kind, id, start: span.start, end: span.end });

  if (front.sourceNote) add('source-note', front.sourceNote.id, front.sourceNote.source);
  if (front.title) add('title', front.title.id, front.title.source);
  for (const line of front.bylines) add('byline', line.id, line.source);
  for (const part of parts) {
    if (part.heading) add('part-heading', part.id, part.heading.source);
    for (const { section, paragraphs } of containersOf(part)) {
      if (section?.heading) add('section-heading', section.id, section.heading.source);
      for (const p of paragraphs) add('paragraph', p.id, p.source);
    }
  }
  nodes.sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let at = 0;
  for (const node of nodes) {
    if (node.start < at) throw new Error(`internal: overlapping segments at offset ${node.start}`);
    if (node.start > at) segments.push({ kind: 'separator', id: null, start: at, end: node.start });
    segments.push(node);
    at = node.end;
  }
  if (at < text.length) segments.push({ kind: 'separator', id: null, start: at, end: text.length });
  return segments;
}
