import { PART_KIND_LABEL } from '../model/part-kind.ts';
import type { Appendix, CoverageNote, Paragraph, Part, ReportModel, Section } from '../model/types.ts';

/**
 * A reading page: the opening address, a part (its heading, the paragraphs outside sections and
 * its closing block), a section, the report's closing, or an appendix. Its id is the id of the
 * containers it shows (src/model/walk.ts), so any paragraph's page is its container's id.
 */
export type ReadingPage =
  | { kind: 'opening'; id: 'opening'; label: string }
  | { kind: 'part'; id: string; part: Part; label: string }
  | { kind: 'section'; id: string; part: Part; section: Section; label: string }
  | { kind: 'closing'; id: 'closing'; label: string }
  | { kind: 'appendix'; id: string; appendix: Appendix; label: string };

export const OPENING_LABEL = '开场';
export const CLOSING_LABEL = '结束语';

/** The reading pages of a report in reading order: opening, each part then its sections, closing, appendices. */
export function readingPages(model: ReportModel): ReadingPage[] {
  return [
    ...(model.front.opening.length > 0 ? [{ kind: 'opening', id: 'opening', label: OPENING_LABEL } as const] : []),
    ...model.parts.flatMap((part): ReadingPage[] => [
      { kind: 'part', id: part.id, part, label: partLabel(part) },
      ...part.sections.map(
        (section): ReadingPage => ({ kind: 'section', id: section.id, part, section, label: sectionLabel(section) }),
      ),
    ]),
    ...(model.closing.length > 0 ? [{ kind: 'closing', id: 'closing', label: CLOSING_LABEL } as const] : []),
    ...model.appendices.map(
      (appendix): ReadingPage => ({ kind: 'appendix', id: appendix.id, appendix, label: appendixLabel(appendix) }),
    ),
  ];
}

/** The paragraphs a page shows in reading order (a part page's closing block comes after its list of sections). */
export function pageParagraphs(
  model: ReportModel,
  page: ReadingPage,
): { main: readonly Paragraph[]; after: readonly Paragraph[] } {
  switch (page.kind) {
    case 'opening':
      return { main: model.front.opening, after: [] };
    case 'part':
      return { main: page.part.intro, after: page.part.closing };
    case 'section':
      return { main: page.section.paragraphs, after: [] };
    case 'closing':
      return { main: model.closing, after: [] };
    case 'appendix':
      return { main: [...page.appendix.intro, ...page.appendix.entries], after: [] };
  }
}

/** A part's heading, or what it is when the text does not name it. */
export function partLabel(part: Part): string {
  return part.heading?.text ?? `${PART_KIND_LABEL[part.kind]}（标题不在文本中）`;
}

export function sectionLabel(section: Section): string {
  return section.heading?.text ?? `${section.marker}（标题不在文本中）`;
}

/** `附件1 2026年省十件民生实事`, `名词解释`. */
export function appendixLabel(appendix: Appendix): string {
  return [appendix.label?.text, appendix.heading?.text].filter(Boolean).join(' ') || '附录';
}

/** The coverage notes that belong on a page: a section's own, or a part's that name no section. */
export function notesFor(model: ReportModel, page: ReadingPage): CoverageNote[] {
  if (page.kind !== 'part' && page.kind !== 'section') return [];
  return model.coverage.filter((note) =>
    page.kind === 'section'
      ? note.sectionId === page.section.id
      : note.partId === page.part.id && note.sectionId === null,
  );
}
