import { glossaryMarks } from '../model/glossary.ts';
import type {
  Appendix,
  FrontLine,
  Paragraph,
  Part,
  ReportModel,
  Section,
  Sentence,
  TrailingLine,
} from '../model/types.ts';
import type { ReportMeta } from '../model/metadata.ts';
import { pagePath, reportPath } from './urls.ts';

/** The public, documented shape of `data/<slug>/report.json`: the model with a deep link on every node. */
export interface PublishedReport {
  format: 'report-explorer/report';
  version: 2;
  slug: string;
  meta: ReportMeta;
  url: string;
  stats: ReportModel['stats'];
  front: {
    lines: Linked<FrontLine>[];
    opening: PublishedParagraph[];
  };
  parts: PublishedPart[];
  closing: PublishedParagraph[];
  appendices: PublishedAppendix[];
  trailing: Linked<TrailingLine>[];
  declarations: ReportModel['declarations'];
  coverage: (ReportModel['coverage'][number] & { url: string })[];
  diagnostics: ReportModel['diagnostics'];
  segments: ReportModel['segments'];
}

type Linked<T> = T & { url: string };
export type PublishedSentence = Linked<Sentence>;
export type PublishedParagraph = Linked<Omit<Paragraph, 'sentences'>> & { sentences: PublishedSentence[] };
export type PublishedSection = Linked<Omit<Section, 'paragraphs'>> & { paragraphs: PublishedParagraph[] };
export type PublishedPart = Linked<Omit<Part, 'intro' | 'sections' | 'closing' | 'kind'>> & {
  /** What the part is about: year-review, five-year-review, five-year-plan, year-plan, government-self, other. */
  role: Part['kind'];
  intro: PublishedParagraph[];
  sections: PublishedSection[];
  /** The part's closing block (`<part>-c<n>`), on the part's page after its list of sections. */
  closing: PublishedParagraph[];
};
export type PublishedEntry = PublishedParagraph & {
  term: string | null;
  groupId: string | null;
  /** A glossary term's marked occurrences in the text (the first on each page): sentence ids and URLs. */
  occurrences: { id: string; url: string }[];
};
export type PublishedAppendix = Linked<Omit<Appendix, 'intro' | 'entries'>> & {
  intro: PublishedParagraph[];
  entries: PublishedEntry[];
};

export function publishReport(slug: string, meta: ReportMeta, model: ReportModel, base: string): PublishedReport {
  const overview = reportPath(base, slug);
  const link = (page: string, id: string) => `${page}#${id}`;
  const marks = glossaryMarks(model);
  const paragraph =
    (page: string) =>
    (p: Paragraph): PublishedParagraph => ({
      ...p,
      url: link(page, p.id),
      sentences: p.sentences.map((s) => ({ ...s, url: link(page, s.id) })),
    });
  const parts = model.parts.map((part): PublishedPart => {
    const partPage = pagePath(base, slug, part.id);
    const { kind, ...rest } = part;
    return {
      ...rest,
      role: kind,
      url: link(partPage, part.id),
      intro: part.intro.map(paragraph(partPage)),
      closing: part.closing.map(paragraph(partPage)),
      sections: part.sections.map((section): PublishedSection => {
        const sectionPage = pagePath(base, slug, section.id);
        return {
          ...section,
          url: link(sectionPage, section.id),
          paragraphs: section.paragraphs.map(paragraph(sectionPage)),
        };
      }),
    };
  });
  return {
    format: 'report-explorer/report',
    version: 2,
    slug,
    meta,
    url: overview,
    stats: model.stats,
    front: {
      lines: model.front.lines.map((line) => ({ ...line, url: link(overview, line.id) })),
      opening: model.front.opening.map(paragraph(pagePath(base, slug, 'opening'))),
    },
    parts,
    closing: model.closing.map(paragraph(pagePath(base, slug, 'closing'))),
    appendices: model.appendices.map((appendix): PublishedAppendix => {
      const occurrences = (entryId: string) =>
        marks
          .filter((mark) => mark.entryId === entryId)
          .map((mark) => {
            const id = mark.sentenceId ?? mark.paragraphId;
            return { id, url: link(pagePath(base, slug, mark.pageId), id) };
          });
      const page = pagePath(base, slug, appendix.id);
      return {
        ...appendix,
        url: link(page, appendix.id),
        intro: appendix.intro.map(paragraph(page)),
        entries: appendix.entries.map((entry) => ({
          ...paragraph(page)(entry),
          term: entry.term,
          groupId: entry.groupId,
          occurrences: occurrences(entry.id),
        })),
      };
    }),
    trailing: model.trailing.map((line) => ({ ...line, url: link(overview, line.id) })),
    declarations: model.declarations,
    coverage: model.coverage.map((note) => ({
      ...note,
      url: note.sectionId
        ? link(pagePath(base, slug, note.sectionId), note.sectionId)
        : link(pagePath(base, slug, note.partId), note.partId),
    })),
    diagnostics: model.diagnostics,
    segments: model.segments,
  };
}
