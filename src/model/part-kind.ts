import type { PartKind } from './types.ts';
import { foldWidth } from '../text/fold.ts';

/**
 * Recognises what a part is about: first from its heading, then (for a part without one, such
 * as the excerpt's opening) from the wording of its paragraphs.
 */
export function partKindFromHeading(heading: string): PartKind | null {
  const h = foldWidth(heading);
  if (/政府自身建设|政府治理|自身建设/.test(h)) return 'government-self';
  const review = /回顾|总结|成就|成绩|来的工作/.test(h);
  const oneYear = /\d{4}年|过去一年|一年来|上一年/.test(h);
  const fiveYear = /十[一二三四五六七八九]五|五年/.test(h);
  // The year's review also when it covers the five-year period: `2025年和“十四五”时期工作回顾`.
  if (review && oneYear) return 'year-review';
  // `“十四五”时期发展成就和“十五五”时期主要目标任务`: the plan is what the part leads to.
  if (fiveYear && /目标|任务|考虑|规划|纲要|建议|展望/.test(h)) return 'five-year-plan';
  if (fiveYear && review) return 'five-year-review';
  if (/规划|主要考虑|远景目标/.test(h)) return 'five-year-plan';
  if (review) return 'year-review';
  if (/工作安排|工作任务|重点工作|主要任务|工作部署|年工作|今年|总体要求|政策取向/.test(h)) return 'year-plan';
  return null;
}

const BODY_CUES: ReadonlyArray<[PartKind, RegExp]> = [
  ['five-year-review', /五年来|过去五年|过去的五年/g],
  ['year-review', /一年来|过去一年|过去的一年/g],
  ['five-year-plan', /今后五年|未来五年|规划纲要|纲要草案/g],
  ['year-plan', /今年(全市|全省|全国|经济社会发展|的?工作|是)|预期目标/g],
];

export function partKindFromBody(paragraphs: readonly string[]): PartKind {
  let best: PartKind = 'other';
  let bestCount = 0;
  let tie = false;
  const body = paragraphs.join('\n');
  for (const [kind, cue] of BODY_CUES) {
    const count = body.match(cue)?.length ?? 0;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
      tie = false;
    } else if (count > 0 && count === bestCount) tie = true;
  }
  return tie ? 'other' : best;
}

/**
 * What the genre puts right before each kind: the year review opens the report and precedes
 * the five-year review (in a year that closes a plan) or the year's work; the five-year review
 * precedes the next plan's outline.
 */
const PRECEDING_KIND: Partial<Record<PartKind, PartKind>> = {
  'five-year-review': 'year-review',
  'five-year-plan': 'year-review',
  'year-plan': 'year-review',
};

export interface PartEvidence {
  heading: string | null;
  paragraphs: readonly string[];
  hasSections: boolean;
}

/**
 * Kinds for a run of parts: from each heading, else from the wording; a heading-less part with
 * numbered sections that the wording leaves open takes the kind the genre puts before the next
 * known part (the year review comes before the five-year review and before the year's work).
 * That keeps a part's kind, and so its id, from hanging on a single cue word.
 */
export function inferPartKinds(parts: readonly PartEvidence[]): PartKind[] {
  const kinds = parts.map(
    (p) => (p.heading !== null ? partKindFromHeading(p.heading) : null) ?? partKindFromBody(p.paragraphs),
  );
  kinds.forEach((kind, i) => {
    const part = parts[i] as PartEvidence;
    if (kind !== 'other' || part.heading !== null || !part.hasSections) return;
    const next = kinds.slice(i + 1).find((k) => k !== 'other');
    const before = next ? PRECEDING_KIND[next] : undefined;
    if (before && !kinds.includes(before)) kinds[i] = before;
  });
  return kinds;
}

/** Readable, stable id stems: the kind of a part says more than its position. */
export const PART_ID_STEM: Record<PartKind, string> = {
  'year-review': 'review',
  'five-year-review': 'review5',
  'five-year-plan': 'plan5',
  'year-plan': 'plan',
  'government-self': 'gov',
  other: 'part',
};

export const PART_KIND_LABEL: Record<PartKind, string> = {
  'year-review': '年度工作回顾',
  'five-year-review': '五年工作回顾',
  'five-year-plan': '五年规划',
  'year-plan': '年度工作安排',
  'government-self': '政府自身建设',
  other: '其他',
};
