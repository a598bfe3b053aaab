import type { ReportModel, Segment } from './types.ts';
import { containers } from './walk.ts';

/**
 * Lays the whole text out as consecutive segments: every node's own text, and separators
 * (line breaks, blank lines, padding, a BOM) for everything between. Joined, they are the input.
 */
export function buildSegments(
  text: string,
  model: Pick<ReportModel, 'front' | 'parts' | 'closing' | 'appendices' | 'trailing'>,
): Segment[] {
  const nodes: Segment[] = [];
  const add = (kind: Segment['kind'], id: string, span: { start: number; end: number }) =>
    nodes.push({ kind, id, start: span.start, end: span.end });

  for (const line of model.front.lines) add('front-line', line.id, line.source);
  for (const part of model.parts) if (part.heading) add('part-heading', part.id, part.heading.source);
  for (const appendix of model.appendices) {
    if (appendix.label) add('appendix-heading', `${appendix.id}-label`, appendix.label.source);
    if (appendix.heading) add('appendix-heading', appendix.id, appendix.heading.source);
    for (const group of appendix.groups) add('appendix-heading', group.id, group.heading.source);
  }
  for (const { section, paragraphs } of containers(model as ReportModel)) {
    if (section?.heading) add('section-heading', section.id, section.heading.source);
    for (const p of paragraphs) add('paragraph', p.id, p.source);
  }
  for (const line of model.trailing) add('trailing', line.id, line.source);
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
