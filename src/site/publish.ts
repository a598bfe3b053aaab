import type { FrontLine, Paragraph, Part, ReportModel, Section, Sentence } from '../model/types.ts';
import type { ReportMeta } from '../model/metadata.ts';
import { pagePath, reportPath } from './urls.ts';

/** The public, documented shape of `data/<slug>/report.json`: the model with a deep link on every node. */
export interface PublishedReport {
  format: 'report-explorer/report';
  version: 1;
  slug: string;
  meta: ReportMeta;
  url: string;
  stats: ReportModel['stats'];
  front: {
    lines: Linked<FrontLine>[];
    opening: Paragraph[];
  };
  parts: PublishedPart[];
  declarations: ReportModel['declarations'];
  coverage: (ReportModel['coverage'][number] & { url: string })[];
  diagnostics: ReportModel['diagnostics'];
  segments: ReportModel['segments'];
}

type Linked<T> = T & { url: string };
export type PublishedSentence = Linked<Sentence>;
export type PublishedParagraph = Linked<Omit<Paragraph, 'sentences'>> & { sentences: PublishedSentence[] };
export type PublishedSection = Linked<Omit<Section, 'paragraphs'>> & { paragraphs: PublishedParagraph[] };
export type PublishedPart = Linked<Omit<Part, 'intro' | 'sections'>> & {
  intro: PublishedParagraph[];
  sections: PublishedSection[];
};

export function publishReport(slug: string, meta: ReportMeta, model: ReportModel, base: string): PublishedReport {
  const overview = reportPath(base, slug);
  const link = (page: string, id: string) => `${page}#${id}`;
  const paragraph =
    (page: string) =>
    (p: Paragraph): PublishedParagraph => ({
      ...p,
      url: link(page, p.id),
      sentences: p.sentences.map((s) => ({ ...s, url: link(page, s.id) })),
    });
  const parts = model.parts.map((part): PublishedPart => {
    const partPage = pagePath(base, slug, part.id);
    return {
      ...part,
      url: link(partPage, part.id),
      intro: part.intro.map(paragraph(partPage)),
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
    version: 1,
    slug,
    meta,
    url: overview,
    stats: model.stats,
    front: {
      lines: model.front.lines.map((line) => ({ ...line, url: link(overview, line.id) })),
      opening: model.front.opening,
    },
    parts,
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
