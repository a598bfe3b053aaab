/**
 * The one walk over a report in reading order: every consumer (metrics, targets, keywords, search,
 * pages, coverage) goes through here, so a new kind of container (a part's closing block, an
 * appendix) is added once and reaches them all.
 */
import type { Paragraph, Part, ReportModel, Section, Sentence } from './types.ts';

/** A run of paragraphs that share a place: a part's intro (`section` null) or one section. */
export interface Container {
  part: Part;
  section: Section | null;
  /** The id of the node the paragraphs hang under: the section's, or the part's for its intro. */
  id: string;
  paragraphs: readonly Paragraph[];
}

export interface ParagraphPlace extends Container {
  paragraph: Paragraph;
}

export interface SentencePlace extends ParagraphPlace {
  sentence: Sentence;
  /** 0-based position of the sentence in its paragraph. */
  index: number;
}

/** A part's containers in reading order: its intro, then each section. */
export function containersOf(part: Part): Container[] {
  return [
    { part, section: null, id: part.id, paragraphs: part.intro },
    ...part.sections.map((section) => ({ part, section, id: section.id, paragraphs: section.paragraphs })),
  ];
}

export function* containers(model: ReportModel): Generator<Container> {
  for (const part of model.parts) yield* containersOf(part);
}

export function* paragraphs(model: ReportModel): Generator<ParagraphPlace> {
  for (const container of containers(model))
    for (const paragraph of container.paragraphs) yield { ...container, paragraph };
}

export function* sentences(model: ReportModel): Generator<SentencePlace> {
  for (const place of paragraphs(model))
    for (const [index, sentence] of place.paragraph.sentences.entries()) yield { ...place, sentence, index };
}
