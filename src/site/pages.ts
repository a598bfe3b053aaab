import type { CoverageNote, Part, ReportModel, Section } from '../model/types.ts';
import { PART_KIND_LABEL } from '../model/part-kind.ts';

/** A reading page: a part (its heading and the paragraphs outside sections) or a section. */
export type ReadingPage =
  | { kind: 'part'; id: string; part: Part; label: string }
  | { kind: 'section'; id: string; part: Part; section: Section; label: string };

/** The reading pages of a report in reading order: each part, then its sections. */
export function readingPages(model: ReportModel): ReadingPage[] {
  return model.parts.flatMap((part): ReadingPage[] => [
    { kind: 'part', id: part.id, part, label: partLabel(part) },
    ...part.sections.map(
      (section): ReadingPage => ({ kind: 'section', id: section.id, part, section, label: sectionLabel(section) }),
    ),
  ]);
}

/** A part's heading, or what it is when the text does not name it. */
export function partLabel(part: Part): string {
  return part.heading?.text ?? `${PART_KIND_LABEL[part.kind]}（标题不在文本中）`;
}

export function sectionLabel(section: Section): string {
  return section.heading?.text ?? `${section.marker}（标题不在文本中）`;
}

/** The coverage notes that belong on a page: a section's own, or a part's that name no section. */
export function notesFor(model: ReportModel, page: ReadingPage): CoverageNote[] {
  return model.coverage.filter((note) =>
    page.kind === 'section'
      ? note.sectionId === page.section.id
      : note.partId === page.part.id && note.sectionId === null,
  );
}
