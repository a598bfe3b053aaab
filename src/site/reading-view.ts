/**
 * A reading page (a part or a section) as [slug]/[page].astro places it: its frame, heading,
 * paragraphs with their metrics, coverage notes, the part's list of sections and the pager.
 */
import type { GlossaryLink } from '../annotate/glossary-terms.ts';
import type { Metric } from '../metrics/types.ts';
import type { GlossaryMark } from '../model/glossary.ts';
import type { CoverageNote, Paragraph, Sentence } from '../model/types.ts';
import { notesFor, pageParagraphs, partLabel, readingPages, sectionLabel, type ReadingPage } from './pages.ts';
import { reportFrame, type ReportFrame } from './report-frame.ts';
import type { SiteReport } from './reports.ts';
import { pagePath, reportPath } from './urls.ts';

export interface ParagraphItem {
  paragraph: Paragraph;
  metrics: Metric[];
  /** Glossary terms marked in the paragraph. */
  glossary: GlossaryLink[];
  /** On a glossary page, an entry's occurrences in the text (linked to their sentences). */
  occurrences: { label: string; href: string }[];
}

export interface PagerLink {
  href: string;
  /** `上一页`/`下一页`, or at the two ends `返回`/`读完了` (to the overview). */
  direction: string;
  title: string;
  rel?: 'prev' | 'next';
}

export interface ReadingView {
  frame: ReportFrame;
  page: ReadingPage;
  /** The id of the part or section, which the heading carries. */
  anchor: string;
  heading: string;
  /**
   * The heading's pieces with their own ids where the text has them apart: an appendix's label
   * line and heading line (`附件1`, `名词解释`); empty when the heading is one piece (`anchor`).
   */
  headingParts: { id: string; text: string }[];
  paragraphs: ParagraphItem[];
  /** A part page's closing block, placed after its list of sections. */
  closing: ParagraphItem[];
  /** The glossary entries whose terms are marked on this page: their definitions, which the
   *  marked terms are described by (hidden; src/client/glossary.ts shows them). */
  definitions: { id: string; text: string }[];
  notes: CoverageNote[];
  /** A part page's sections, linked. */
  sections: { label: string; href: string }[];
  previous: PagerLink;
  next: PagerLink;
}

/**
 * A share-preview description: the first sentence, and the next while the text is under 30
 * characters (a headline or an address, `重大改革积厚成势。`, `各位代表!`); the label if none.
 */
export function openingDescription(opening: readonly Sentence[], fallback: string): string {
  let description = '';
  for (const sentence of opening) {
    description += sentence.text;
    if (description.length >= 30) break;
  }
  return description || fallback;
}

export function readingView(base: string, report: SiteReport, pageId: string): ReadingView {
  const { slug, model, metrics } = report;
  const pages = readingPages(model);
  const index = pages.findIndex((p) => p.id === pageId);
  const page = pages[index];
  if (!page) throw new Error(`${slug}: no reading page “${pageId}”`);
  const { main: paragraphs, after } = pageParagraphs(model, page);
  const pageLabels = new Map(pages.map((p) => [p.id, p.label]));
  const occurrenceLink = (mark: GlossaryMark) => ({
    label: pageLabels.get(mark.pageId) ?? mark.pageId,
    href: `${pagePath(base, slug, mark.pageId)}#${mark.sentenceId ?? mark.paragraphId}`,
  });
  const item = (paragraph: Paragraph): ParagraphItem => ({
    paragraph,
    metrics: metrics.filter((m) => m.paragraphId === paragraph.id),
    glossary: report.glossary
      .filter((mark) => mark.paragraphId === paragraph.id)
      .map((mark) => ({
        start: mark.start,
        end: mark.end,
        entryId: mark.entryId,
        href: `${pagePath(base, slug, mark.appendixId)}#${mark.entryId}`,
      })),
    occurrences:
      page.kind === 'appendix'
        ? report.glossary.filter((mark) => mark.entryId === paragraph.id).map(occurrenceLink)
        : [],
  });
  const marked = new Set(report.glossary.filter((mark) => mark.pageId === page.id).map((mark) => mark.entryId));
  const definitions = model.appendices
    .flatMap((appendix) => appendix.entries)
    .filter((entry) => marked.has(entry.id))
    .map((entry) => ({ id: entry.id, text: entry.text }));
  const overview = reportPath(base, slug);
  // Reading order: every part, then its sections (readingPages); the two ends lead back to the overview.
  const previous = pages[index - 1];
  const next = pages[index + 1];
  return {
    frame: reportFrame(base, report, {
      kind: 'reading',
      key: page.id,
      name: page.label,
      description: openingDescription(paragraphs[0]?.sentences ?? [], page.label),
      trail: [
        ...(page.kind === 'section' ? [{ label: partLabel(page.part), href: pagePath(base, slug, page.part.id) }] : []),
        { label: page.label },
      ],
      onPage: [...paragraphs, ...after].flatMap((p) => (p.lead ? [{ id: p.id, label: p.lead.text }] : [])),
    }),
    page,
    anchor: page.id,
    heading: page.label,
    headingParts:
      page.kind === 'appendix' && page.appendix.label && page.appendix.heading
        ? [
            { id: `${page.id}-label`, text: page.appendix.label.text },
            { id: page.id, text: page.appendix.heading.text },
          ]
        : [],
    paragraphs: paragraphs.map(item),
    closing: after.map(item),
    definitions,
    notes: notesFor(model, page),
    sections:
      page.kind === 'part'
        ? page.part.sections.map((section) => ({
            label: sectionLabel(section),
            href: pagePath(base, slug, section.id),
          }))
        : [],
    previous: previous
      ? { href: pagePath(base, slug, previous.id), direction: '上一页', title: previous.label, rel: 'prev' }
      : { href: overview, direction: '返回', title: '报告概览' },
    next: next
      ? { href: pagePath(base, slug, next.id), direction: '下一页', title: next.label, rel: 'next' }
      : { href: overview, direction: '读完了', title: '回到报告概览' },
  };
}
