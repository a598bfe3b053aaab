/**
 * Ids are the same in an excerpt and in the full text (meta.json `startsAt`,
 * src/model/excerpt-start.ts): excerpts are cut out of the corpus reports, starting at a part
 * heading, at a section heading, mid-section and mid-paragraph, each running to the end or
 * ending early mid-paragraph. Every paragraph of the full text that the excerpt holds, whole or
 * in part, must be a paragraph of the excerpt with the same id on the same page.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases } from '../../src/model/corpus.ts';
import { parseReport } from '../../src/model/parse.ts';
import type { ReportModel } from '../../src/model/types.ts';
import { type ParagraphPlace, paragraphs } from '../../src/model/walk.ts';

interface Cut {
  kind: 'part heading' | 'section heading' | 'mid-section' | 'mid-paragraph';
  start: number;
}

/** Where excerpts start: each part and section heading, and the middle paragraph of each section and its middle. */
function cutsOf(model: ReportModel): Cut[] {
  return model.parts.flatMap((part): Cut[] => [
    ...(part.heading ? [{ kind: 'part heading', start: part.heading.source.start } as const] : []),
    ...part.sections.flatMap((section): Cut[] => {
      const middle = section.paragraphs[Math.floor(section.paragraphs.length / 2)];
      return [
        ...(section.heading ? [{ kind: 'section heading', start: section.heading.source.start } as const] : []),
        ...(middle && section.paragraphs.length > 1
          ? [{ kind: 'mid-section', start: middle.source.start } as const]
          : []),
        ...(middle
          ? [{ kind: 'mid-paragraph', start: middle.source.start + Math.floor(middle.text.length / 2) } as const]
          : []),
      ];
    }),
  ]);
}

/**
 * An early end: in the body paragraph a third of the way from the cut to the end, after the
 * sentence that holds its middle (as a reader copies a passage: to a sentence's end, so a
 * paragraph of several sentences is cut in half and one of a single sentence is kept whole).
 */
function earlyEnd(body: readonly ParagraphPlace[], start: number): number {
  const after = body.filter((place) => place.paragraph.source.start > start);
  const paragraph = after[Math.floor(after.length / 3)]?.paragraph;
  if (!paragraph) return Number.POSITIVE_INFINITY;
  const middle = paragraph.source.start + Math.floor(paragraph.text.length / 2);
  return paragraph.sentences.find((sentence) => sentence.source.end > middle)?.source.end ?? paragraph.source.end;
}

interface Tally {
  excerpts: number;
  compared: number;
  moved: string[];
}

function check(text: string, full: ReportModel, tally: Tally, cut: Cut, end: number): void {
  const body = [...paragraphs(full)].filter((place) => place.zone !== 'appendix');
  const first = body.find((place) => cut.start < place.paragraph.source.end);
  if (!first) return;
  const last = body.findLast((place) => place.paragraph.source.start < end);
  const endsAt = end < text.length ? last?.paragraph.id : undefined;
  const excerpt = parseReport(text.slice(cut.start, end), { startsAt: first.paragraph.id, endsAt });
  const found = [...paragraphs(excerpt)];
  tally.excerpts++;
  // Every full paragraph the excerpt holds: from the one the cut falls in to the one the end falls in.
  const held = body.filter(
    (place) => place.paragraph.source.end > cut.start && place.paragraph.source.start < Math.min(end, text.length),
  );
  for (const place of held) {
    tally.compared++;
    const at = Math.max(place.paragraph.source.start, cut.start) - cut.start;
    const same = found.find((f) => f.paragraph.source.start <= at && at < f.paragraph.source.end);
    if (!same || same.paragraph.id !== place.paragraph.id || same.id !== place.id)
      tally.moved.push(
        `${cut.kind} at ${cut.start}: ${place.id} ${place.paragraph.id} → ${same ? `${same.id} ${same.paragraph.id}` : 'not a paragraph'}`,
      );
  }
}

describe('ids of excerpts cut out of the corpus', () => {
  const cases = corpusCases();

  it.each(cases)('$slug: every paragraph an excerpt holds keeps its page and id', ({ text }) => {
    const full = parseReport(text);
    const body = [...paragraphs(full)].filter((place) => place.zone !== 'appendix');
    const tally: Tally = { excerpts: 0, compared: 0, moved: [] };
    for (const cut of cutsOf(full)) {
      check(text, full, tally, cut, text.length);
      check(text, full, tally, cut, earlyEnd(body, cut.start));
    }
    expect(tally.moved.slice(0, 10)).toEqual([]);
    // The property is only as good as what it compared: dozens of excerpts, thousands of paragraphs.
    expect(tally.excerpts).toBeGreaterThan(20);
    expect(tally.compared).toBeGreaterThan(500);
  });
});
