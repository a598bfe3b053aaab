import type {
  Diagnostic,
  FrontLine,
  FrontMatter,
  Heading,
  Lead,
  Paragraph,
  Part,
  ReportModel,
  Section,
  Sentence,
} from './types.ts';
import { classifyLine, headingTitle, type ClassifyContext } from './classify.ts';
import { splitLines, type SourceLine } from './lines.ts';
import { foldWidth, isPadding } from '../text/fold.ts';
import { sectionMarker } from '../text/numerals.ts';
import { splitSentences } from './sentences.ts';
import { inferPartKinds } from './part-kind.ts';
import { SOURCE_NOTE_ID, TITLE_ID, bylineId, paragraphId, partId, sectionId, sentenceId } from './ids.ts';
import { analyseCoverage } from './coverage.ts';
import { buildSegments } from './segments.ts';

/** A located stretch of one line. */
interface Span {
  line: number;
  start: number;
  end: number;
}

interface PartHeadingItem extends Span {
  ordinal: number | null;
  titleStart: number;
}

interface SectionHeadingItem extends Span {
  ordinal: number;
  marker: string;
  titleStart: number;
}

type BodyItem = ({ type: 'section-heading' } & SectionHeadingItem) | ({ type: 'paragraph' } & Span);

interface RawPart {
  heading: PartHeadingItem | null;
  items: BodyItem[];
}

interface RawSection {
  heading: SectionHeadingItem | null;
  ordinal: number;
  paragraphs: Span[];
}

/** Longest opening sentence still read as a paragraph's headline. */
export const LEAD_MAX_LENGTH = 40;

/** Paragraphs that open with a form of address start a new movement of the speech. */
const ADDRESS = /^各位代表[!:,]/;

/**
 * Parses a report's text into the typed model. Pure: no I/O; the text is taken as decoded
 * (a BOM, if any, is kept as the first character so that offsets match the file).
 */
export function parseReport(text: string): ReportModel {
  const lines = splitLines(text);
  const { front, body } = readLines(text, lines);
  const rawParts = groupParts(text, body);
  const parts = buildParts(text, rawParts);
  const { declarations, coverage } = analyseCoverage(text, parts, {
    startsMidReport: rawParts.length > 0 && rawParts[0]?.heading === null && !isPreamble(rawParts),
  });
  const diagnostics = collectDiagnostics(parts, coverage);
  const segments = buildSegments(text, front, parts);
  const paragraphs = parts.flatMap(allParagraphs);
  return {
    version: 1,
    front,
    parts,
    declarations,
    coverage,
    diagnostics,
    segments,
    stats: {
      characters: text.length,
      lines: countLines(text, lines),
      parts: parts.length,
      sections: parts.reduce((n, p) => n + p.sections.length, 0),
      paragraphs: paragraphs.length,
      sentences: paragraphs.reduce((n, p) => n + p.sentences.length, 0),
    },
  };
}

/**
 * Paragraphs without a heading or sections that lead into a part numbered `一、` are the
 * report's opening (`各位代表：现在，我代表……`), not the tail of a part cut off above.
 */
function isPreamble(rawParts: readonly RawPart[]): boolean {
  const [first, next] = rawParts;
  return (
    !!first &&
    first.heading === null &&
    !first.items.some((i) => i.type === 'section-heading') &&
    next?.heading?.ordinal === 1
  );
}

/** Lines as an editor counts them: a final line break does not start another line. */
function countLines(text: string, lines: readonly SourceLine[]): number {
  if (text.length === 0) return 0;
  const last = lines[lines.length - 1];
  return last && last.start === text.length ? lines.length - 1 : lines.length;
}

/** Every paragraph of a part in reading order. */
export function allParagraphs(part: Part): Paragraph[] {
  return [...part.intro, ...part.sections.flatMap((s) => s.paragraphs)];
}

function readLines(text: string, lines: readonly SourceLine[]): { front: FrontMatter; body: PartOrBody[] } {
  const front: FrontMatter = { sourceNote: null, title: null, bylines: [] };
  const body: PartOrBody[] = [];
  const context: ClassifyContext = { inFrontMatter: true, isFirstLine: true, titleSeen: false };
  for (const line of lines) {
    const { contentStart: start, contentEnd: end, index } = line;
    if (start === end) continue;
    const role = classifyLine(text, start, end, context);
    context.isFirstLine = false;
    const frontLine = (id: string): FrontLine => ({
      id,
      text: text.slice(start, end),
      source: { line: index, start, end },
    });
    switch (role.role) {
      case 'source-note':
        front.sourceNote = frontLine(SOURCE_NOTE_ID);
        break;
      case 'title':
        front.title = frontLine(TITLE_ID);
        context.titleSeen = true;
        break;
      case 'byline':
        front.bylines.push(frontLine(bylineId(front.bylines.length + 1)));
        break;
      case 'part-heading':
        context.inFrontMatter = false;
        body.push({
          type: 'part-heading',
          line: index,
          start,
          end,
          ordinal: role.ordinal,
          titleStart: role.titleStart,
        });
        break;
      case 'section-heading':
        context.inFrontMatter = false;
        body.push({
          type: 'section-heading',
          line: index,
          start,
          end: role.headingEnd,
          ordinal: role.ordinal,
          marker: role.marker,
          titleStart: role.titleStart,
        });
        if (role.bodyStart !== null) body.push({ type: 'paragraph', line: index, start: role.bodyStart, end });
        break;
      case 'paragraph':
        context.inFrontMatter = false;
        body.push({ type: 'paragraph', line: index, start, end });
        break;
    }
  }
  return { front, body };
}

type PartOrBody = BodyItem | ({ type: 'part-heading' } & PartHeadingItem);

function groupParts(text: string, body: readonly PartOrBody[]): RawPart[] {
  const parts: RawPart[] = [];
  let current: RawPart | null = null;
  for (const item of body) {
    if (item.type === 'part-heading') {
      const { type: _type, ...heading } = item;
      current = { heading, items: [] };
      parts.push(current);
      continue;
    }
    // A part may begin without a heading: the excerpt's five-year review opens with
    // `各位代表!` right after the last numbered section of the year review.
    const startsMovement =
      item.type === 'paragraph' &&
      current !== null &&
      current.items.some((i) => i.type === 'section-heading') &&
      ADDRESS.test(foldWidth(text.slice(item.start, item.start + 6)));
    if (current === null || startsMovement) {
      current = { heading: null, items: [] };
      parts.push(current);
    }
    current.items.push(item);
  }
  return parts;
}

function groupSections(raw: RawPart, isOpeningPart: boolean): { intro: Span[]; sections: RawSection[] } {
  const intro: Span[] = [];
  const sections: RawSection[] = [];
  for (const item of raw.items) {
    if (item.type === 'section-heading') {
      const { type: _type, ...heading } = item;
      sections.push({ heading, ordinal: item.ordinal, paragraphs: [] });
    } else if (sections.length > 0) {
      (sections[sections.length - 1] as RawSection).paragraphs.push(item);
    } else {
      intro.push(item);
    }
  }
  // A text that opens mid-part before section (四) opens inside section (三): the paragraphs
  // before the first heading are that section's tail, not the part's introduction.
  const first = sections[0];
  if (isOpeningPart && raw.heading === null && first && first.ordinal > 1 && intro.length > 0) {
    sections.unshift({ heading: null, ordinal: first.ordinal - 1, paragraphs: intro.splice(0) });
  }
  return { intro, sections };
}

function buildParts(text: string, rawParts: readonly RawPart[]): Part[] {
  const taken = new Set<string>();
  const kinds = inferPartKinds(
    rawParts.map((raw) => ({
      heading: raw.heading ? text.slice(raw.heading.start, raw.heading.end) : null,
      paragraphs: raw.items.filter((i) => i.type === 'paragraph').map((p) => text.slice(p.start, p.end)),
      hasSections: raw.items.some((i) => i.type === 'section-heading'),
    })),
  );
  return rawParts.map((raw, index) => {
    const grouped = groupSections(raw, index === 0);
    const kind = kinds[index] ?? 'other';
    const id = partId(kind, index + 1, taken);
    taken.add(id);
    const heading: Heading | null = raw.heading ? buildHeading(text, raw.heading, raw.heading.titleStart) : null;
    const sections = grouped.sections.map((rawSection): Section => {
      const sid = sectionId(id, rawSection.ordinal, taken);
      taken.add(sid);
      return {
        id: sid,
        ordinal: rawSection.ordinal,
        marker: rawSection.heading?.marker ?? sectionMarker(rawSection.ordinal),
        heading: rawSection.heading ? buildHeading(text, rawSection.heading, rawSection.heading.titleStart) : null,
        paragraphs: rawSection.paragraphs.map((span, i) => buildParagraph(text, span, sid, i + 1)),
      };
    });
    return {
      id,
      kind,
      ordinal: raw.heading?.ordinal ?? null,
      heading,
      intro: grouped.intro.map((span, i) => buildParagraph(text, span, id, i + 1)),
      sections,
    };
  });
}

function buildHeading(text: string, span: Span, titleStart: number): Heading {
  return {
    text: text.slice(span.start, span.end),
    title: headingTitle(text, titleStart, span.end),
    source: { line: span.line, start: span.start, end: span.end },
  };
}

function buildParagraph(text: string, span: Span, containerId: string, index: number): Paragraph {
  const id = paragraphId(containerId, index);
  const body = text.slice(span.start, span.end);
  const sentences: Sentence[] = splitSentences(body).map((s, k) => ({
    id: sentenceId(id, k + 1),
    text: body.slice(s.start, s.end),
    source: { line: span.line, start: span.start + s.start, end: span.start + s.end },
  }));
  return { id, index, text: body, source: { ...span }, lead: findLead(sentences), sentences };
}

/**
 * The headline a paragraph opens with: a short first sentence ending in 。 that is followed
 * by more text. An address (`各位代表!`) or a sentence introducing a list (`……是:`) is not one.
 */
export function findLead(sentences: readonly Sentence[]): Lead | null {
  const first = sentences[0];
  if (!first || sentences.length < 2) return null;
  const folded = foldWidth(first.text);
  if (!folded.endsWith('。') || folded.includes(':') || ADDRESS.test(folded)) return null;
  // Without the 。 and any padding before it (`扎实开展 。`), so the lead never ends in a blank.
  let length = first.text.length - 1;
  while (length > 0 && isPadding(first.text[length - 1])) length--;
  const text = first.text.slice(0, length);
  if (text.length === 0 || text.length > LEAD_MAX_LENGTH) return null;
  return {
    text,
    source: { line: first.source.line, start: first.source.start, end: first.source.start + text.length },
  };
}

function collectDiagnostics(parts: readonly Part[], coverage: ReportModel['coverage']): Diagnostic[] {
  const diagnostics: Diagnostic[] = coverage.map((note) => ({
    severity: 'warning',
    line: note.line,
    message: note.message,
  }));
  for (const part of parts) {
    for (const section of part.sections) {
      if (section.heading && section.paragraphs.length === 0) {
        diagnostics.push({
          severity: 'warning',
          line: section.heading.source.line,
          message: `section ${section.marker} has a heading but no text`,
        });
      }
    }
    if (part.heading && part.intro.length === 0 && part.sections.length === 0) {
      diagnostics.push({
        severity: 'warning',
        line: part.heading.source.line,
        message: `part heading “${part.heading.text}” has no text under it`,
      });
    }
  }
  if (!parts.some((p) => allParagraphs(p).length > 0)) {
    diagnostics.push({ severity: 'error', line: 0, message: 'no paragraphs: the text has no body to read' });
  }
  return diagnostics.sort((a, b) => a.line - b.line);
}
