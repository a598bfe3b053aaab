/**
 * A paragraph's annotated tree: its exact text, then each annotation in turn. Order matters
 * where ranges nest: a later annotation sits inside an earlier one over the same text (a metric
 * value inside the lead inside the sentence; a glossary term inside the lead, around a value).
 */
import type { Root } from 'hast';
import type { Metric } from '../metrics/types.ts';
import type { Paragraph } from '../model/types.ts';
import { definedTerm } from './defined-term.ts';
import { type GlossaryLink, glossaryTerms } from './glossary-terms.ts';
import { lead } from './lead.ts';
import { metricValues } from './metric-values.ts';
import { sentences } from './sentences.ts';
import { type Annotate, paragraphTree } from './tree.ts';

export function annotateParagraph(
  paragraph: Paragraph,
  metrics: readonly Metric[],
  glossary: readonly GlossaryLink[] = [],
): Root {
  const chain: Annotate[] = [
    sentences(paragraph),
    lead(paragraph),
    definedTerm(paragraph),
    glossaryTerms(paragraph, glossary),
    metricValues(paragraph, metrics),
  ];
  return chain.reduce((tree, annotate) => annotate(tree), paragraphTree(paragraph.text));
}
