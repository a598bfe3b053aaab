/**
 * The one walk over a report in reading order: every consumer (metrics, targets, keywords, search,
 * pages, coverage, segments) goes through here, so a new kind of container is added once and
 * reaches them all.
 *
 * Reading order: the opening address, each part (its intro, its sections, its closing block),
 * the report's closing, then each appendix (its intro paragraphs and entries).
 */
import type { Appendix, Paragraph, Part, ReportModel, Section, Sentence } from './types.ts';

export type Zone = 'opening' | 'part' | 'closing' | 'appendix';

/** A run of paragraphs that share a place. */
export interface Container {
  zone: Zone;
  /** The part, for containers of the body. */
  part: Part | null;
  /** The section, for a section's paragraphs. */
  section: Section | null;
  appendix: Appendix | null;
  /** The id of the node the paragraphs hang under: the section, part, appendix, `opening` or `closing`. */
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

const body = (part: Part, section: Section | null, paragraphs: readonly Paragraph[]): Container => ({
  zone: 'part',
  part,
  section,
  appendix: null,
  id: section?.id ?? part.id,
  paragraphs,
});

/** A part's containers in reading order: its intro, each section, its closing block. */
export function containersOf(part: Part): Container[] {
  return [
    body(part, null, part.intro),
    ...part.sections.map((section) => body(part, section, section.paragraphs)),
    body(part, null, part.closing),
  ];
}

/** What a walk reads: the zones that hold paragraphs. */
export type Walkable = Pick<ReportModel, 'front' | 'parts' | 'closing' | 'appendices'>;

export function* containers(model: Walkable): Generator<Container> {
  const none = { part: null, section: null, appendix: null };
  yield { zone: 'opening', ...none, id: 'opening', paragraphs: model.front.opening };
  for (const part of model.parts) yield* containersOf(part);
  yield { zone: 'closing', ...none, id: 'closing', paragraphs: model.closing };
  for (const appendix of model.appendices)
    yield {
      zone: 'appendix',
      ...none,
      appendix,
      id: appendix.id,
      paragraphs: [...appendix.intro, ...appendix.entries],
    };
}

export function* paragraphs(model: Walkable): Generator<ParagraphPlace> {
  for (const container of containers(model))
    for (const paragraph of container.paragraphs) yield { ...container, paragraph };
}

export function* sentences(model: Walkable): Generator<SentencePlace> {
  for (const place of paragraphs(model))
    for (const [index, sentence] of place.paragraph.sentences.entries()) yield { ...place, sentence, index };
}

/** Every paragraph of the report in reading order, without its place. */
export function paragraphList(model: Walkable): Paragraph[] {
  return [...paragraphs(model)].map((place) => place.paragraph);
}
