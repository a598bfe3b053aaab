/**
 * Parses a report's text into the typed model. Pure: no I/O; the text is taken as decoded
 * (a BOM, if any, is kept as the first character so that offsets match the file).
 *
 * The text is read in zones, top to bottom: front matter (typed lines, then the opening
 * address), the body (parts → sections → paragraphs, each part with its closing block), the
 * report's closing, appendices (glossaries, lists), and trailing notes. Every line lands in
 * exactly one node or separator, so the segments rebuild the input.
 */
import type {
  Appendix,
  AppendixEntry,
  Diagnostic,
  FrontLine,
  FrontMatter,
  Heading,
  Part,
  ReportModel,
  Section,
  TrailingLine,
} from './types.ts';
import { classifyLine } from './classify.ts';
import { splitLines, type SourceLine } from './lines.ts';
import { foldWidth } from '../text/fold.ts';
import { sectionMarker } from '../text/numerals.ts';
import { inferPartKinds } from './part-kind.ts';
import { partId, sectionId } from './ids.ts';
import { analyseCoverage } from './coverage.ts';
import { buildSegments } from './segments.ts';
import { classifyFrontLine, type FrontState } from './front.ts';
import { ADDRESS, CLOSING_MAX_FOLLOWING, isReportClosing, opensPartClosing } from './closing.ts';
import { isPageBreak, isTrailingLine, startsAppendix } from './appendix-lines.ts';
import { buildAppendices } from './appendix.ts';
import { buildHeading, buildParagraph, type Span } from './nodes.ts';
import { paragraphList, paragraphs as walkParagraphs } from './walk.ts';
import { type ExcerptPlace, excerptPlace } from './excerpt-place.ts';

export { findLead, LEAD_MAX_LENGTH } from './nodes.ts';

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
type PartOrBody = BodyItem | ({ type: 'part-heading' } & PartHeadingItem);

interface RawPart {
  heading: PartHeadingItem | null;
  items: BodyItem[];
}

interface RawSection {
  heading: SectionHeadingItem | null;
  ordinal: number;
  paragraphs: Span[];
  /** Paragraphs of the full text before this excerpt's first (its numbering starts after them). */
  before: number;
}

export interface ParseOptions {
  /** The full text's id of an excerpt's first paragraph (meta.json `startsAt`; src/model/excerpt-start.ts). */
  startsAt?: string;
  /** The full text's id of an excerpt's last paragraph (meta.json `endsAt`). */
  endsAt?: string;
}

/** A non-blank line with its folded content. */
interface Line extends Span {
  folded: string;
}

export function parseReport(text: string, options: ParseOptions = {}): ReportModel {
  const start = options.startsAt ? excerptPlace(options.startsAt) : null;
  const end = options.endsAt ? excerptPlace(options.endsAt) : null;
  const sourceLines = splitLines(text);
  const all: Line[] = sourceLines
    .filter((l) => l.contentStart < l.contentEnd)
    .map((l) => ({
      line: l.index,
      start: l.contentStart,
      end: l.contentEnd,
      folded: foldWidth(text.slice(l.contentStart, l.contentEnd)),
    }));

  const trailingLines = new Set<Line>(all.filter((l) => isPageBreak(l.folded)));
  for (let i = all.length - 1; i >= 0 && isTrailingLine((all[i] as Line).folded); i--)
    trailingLines.add(all[i] as Line);
  const lines = all.filter((l) => !trailingLines.has(l));

  const { front, bodyStart } = readFront(text, lines);
  const appendixStart = findAppendixStart(lines, bodyStart);
  const body = classifyBody(text, lines.slice(bodyStart, appendixStart));
  const closingStart = end
    ? end.zone === 'closing'
      ? findReportClosing(text, body, true)
      : body.length
    : findReportClosing(text, body);
  const closingItems = body.splice(closingStart) as ({ type: 'paragraph' } & Span)[];

  const openingCount = start ? countStartOpening(start, body) : countOpening(front, body);
  const openingBefore = start?.zone === 'opening' ? start.paragraph - 1 : 0;
  front.opening = body
    .splice(0, openingCount)
    .map((span, i) => buildParagraph(text, span, 'opening', openingBefore + i + 1));

  const rawParts = groupParts(body);
  const parts = buildParts(text, rawParts, start?.zone === 'part' ? start : null, end);
  const closing = closingItems.map((span, i) => buildParagraph(text, span, 'closing', i + 1));
  const appendices = buildAppendices(text, lines.slice(appendixStart));
  const trailing: TrailingLine[] = [...trailingLines]
    .sort((a, b) => a.start - b.start)
    .map((l, i) => ({
      id: `trailing${i + 1}`,
      text: text.slice(l.start, l.end),
      source: { line: l.line, start: l.start, end: l.end },
    }));

  const { declarations, coverage } = analyseCoverage(text, parts, {
    startsMidReport:
      rawParts.length > 0 &&
      rawParts[0]?.heading === null &&
      openingCount === 0 &&
      front.lines.every((l) => l.kind === 'source-note' || l.kind === 'title'),
  });
  const diagnostics = [
    ...collectDiagnostics(parts, coverage),
    ...appendices.flatMap((a) => appendixDiagnostics(a)),
  ].sort((a, b) => a.line - b.line);
  const model = { front, parts, closing, appendices, trailing };
  const paragraphs = paragraphList(model);
  const hasBody = [...walkParagraphs(model)].some((place) => place.zone !== 'appendix');
  if (!diagnostics.some((d) => d.severity === 'error') && !hasBody)
    diagnostics.unshift({ severity: 'error', line: 0, message: 'no paragraphs: the text has no body to read' });
  const segments = buildSegments(text, model);
  return {
    version: 2,
    ...model,
    declarations,
    coverage,
    diagnostics,
    segments,
    stats: {
      characters: text.length,
      lines: countLines(text, sourceLines),
      parts: parts.length,
      sections: parts.reduce((n, p) => n + p.sections.length, 0),
      paragraphs: paragraphs.length,
      sentences: paragraphs.reduce((n, p) => n + p.sentences.length, 0),
    },
  };
}

/** Typed front lines from the top; the body starts at the first line that is none of them. */
function readFront(text: string, lines: readonly Line[]): { front: FrontMatter; bodyStart: number } {
  const front: FrontMatter = { lines: [], opening: [] };
  const hasTitleLater = (from: number) =>
    lines
      .slice(from)
      .some(
        (l) => classifyFrontLine(l.folded, { isFirstLine: false, titleSeen: false, inPreamble: false }) === 'title',
      );
  const state: FrontState = { isFirstLine: true, titleSeen: false, inPreamble: false };
  const counts = new Map<string, number>();
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    const kind = classifyFrontLine(line.folded, state);
    if (kind === null) break;
    if (kind === 'preamble' && !state.inPreamble && !hasTitleLater(i + 1)) break;
    state.isFirstLine = false;
    if (kind === 'title') {
      state.titleSeen = true;
      state.inPreamble = false;
    } else if (kind === 'preamble') state.inPreamble = true;
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const id = kind === 'title' || kind === 'source-note' ? (n === 1 ? kind : `${kind}-${n}`) : `${kind}${n}`;
    front.lines.push({
      id,
      kind,
      text: text.slice(line.start, line.end),
      source: { line: line.line, start: line.start, end: line.end },
    } satisfies FrontLine);
  }
  return { front, bodyStart: i };
}

/** The first appendix label or glossary heading after the body has begun; `lines.length` if none. */
function findAppendixStart(lines: readonly Line[], bodyStart: number): number {
  for (let i = bodyStart + 1; i < lines.length; i++) if (startsAppendix((lines[i] as Line).folded)) return i;
  return lines.length;
}

function classifyBody(text: string, lines: readonly Line[]): PartOrBody[] {
  const body: PartOrBody[] = [];
  for (const { line, start, end } of lines) {
    const role = classifyLine(text, start, end);
    if (role.role === 'part-heading')
      body.push({ type: 'part-heading', line, start, end, ordinal: role.ordinal, titleStart: role.titleStart });
    else if (role.role === 'section-heading') {
      body.push({
        type: 'section-heading',
        line,
        start,
        end: role.headingEnd,
        ordinal: role.ordinal,
        marker: role.marker,
        titleStart: role.titleStart,
      });
      if (role.bodyStart !== null) body.push({ type: 'paragraph', line, start: role.bodyStart, end });
    } else body.push({ type: 'paragraph', line, start, end });
  }
  // A short unpunctuated last line without a number is a text cut off mid-sentence (an excerpt
  // ending early), not a heading with nothing under it.
  const last = body[body.length - 1];
  if (last?.type === 'part-heading' && last.ordinal === null && body.length > 1)
    body[body.length - 1] = { type: 'paragraph', line: last.line, start: last.start, end: last.end };
  return body;
}

/** Index in `body` where the report's closing starts (`body.length` when there is none). */
function findReportClosing(text: string, body: readonly PartOrBody[], known = false): number {
  for (let i = body.length - 1; i >= 0 && body.length - 1 - i <= CLOSING_MAX_FOLLOWING; i--) {
    const item = body[i] as PartOrBody;
    if (item.type !== 'paragraph') return body.length;
    if (ADDRESS.test(foldWidth(text.slice(item.start, item.start + 6))) && i > 0) {
      const block = body.slice(i).map((p) => foldWidth(text.slice(p.start, p.end)));
      return known || isReportClosing(block) ? i : body.length;
    }
  }
  return body.length;
}

/**
 * The opening address: paragraphs before the first heading, when the front matter shows the
 * report's beginning (title, speaker or salutation) and what follows is a part, not a section
 * the text has joined mid-way.
 */
function countOpening(front: FrontMatter, body: readonly PartOrBody[]): number {
  const firstHeading = body.findIndex((item) => item.type !== 'paragraph');
  const beginning = front.lines.some((l) => l.kind === 'salutation' || l.kind === 'speaker' || l.kind === 'byline');
  const next = body[firstHeading];
  if (firstHeading <= 0 || !next || next.type !== 'part-heading') return 0;
  return beginning || next.ordinal === 1 ? firstHeading : 0;
}

/** With a known start, the leading paragraphs are the opening's exactly when the start is in it. */
function countStartOpening(start: ExcerptPlace, body: readonly PartOrBody[]): number {
  if (start.zone !== 'opening') return 0;
  const firstHeading = body.findIndex((item) => item.type !== 'paragraph');
  return firstHeading === -1 ? body.length : firstHeading;
}

/** Lines as an editor counts them: a final line break does not start another line. */
function countLines(text: string, lines: readonly SourceLine[]): number {
  if (text.length === 0) return 0;
  const last = lines[lines.length - 1];
  return last && last.start === text.length ? lines.length - 1 : lines.length;
}

function groupParts(body: readonly PartOrBody[]): RawPart[] {
  const parts: RawPart[] = [];
  let current: RawPart | null = null;
  for (const item of body) {
    if (item.type === 'part-heading') {
      const { type: _type, ...heading } = item;
      current = { heading, items: [] };
      parts.push(current);
      continue;
    }
    if (current === null) {
      current = { heading: null, items: [] };
      parts.push(current);
    }
    current.items.push(item);
  }
  return parts;
}

interface GroupedPart {
  intro: Span[];
  sections: RawSection[];
  closing: Span[];
  /** Paragraphs of the full text before the excerpt's first, in the intro or the closing block. */
  introBefore: number;
  closingBefore: number;
}

function groupSections(
  text: string,
  raw: RawPart,
  isOpeningPart: boolean,
  start: (ExcerptPlace & { zone: 'part' }) | null,
  end: ExcerptPlace | null,
): GroupedPart {
  const intro: Span[] = [];
  const sections: RawSection[] = [];
  const closing: Span[] = [];
  for (const item of raw.items) {
    if (item.type === 'section-heading') {
      const { type: _type, ...heading } = item;
      sections.push({ heading, ordinal: item.ordinal, paragraphs: [], before: 0 });
    } else if (sections.length > 0) {
      (sections[sections.length - 1] as RawSection).paragraphs.push(item);
    } else {
      intro.push(item);
    }
  }
  const grouped = { intro, sections, closing, introBefore: 0, closingBefore: 0 };
  if (isOpeningPart && raw.heading === null) startExcerpt(grouped, start);
  // After the last section, the first paragraph that closes the part starts its closing block
  // (never the section's own first paragraph). An excerpt that says where it ends in this part
  // settles it: ending in a section, there is no closing block; ending at `-c<n>`, the closing
  // block is at least its last n paragraphs.
  const last = sections[sections.length - 1];
  const endsHere = end?.zone === 'part' ? end : null;
  if (last && !(endsHere && !endsHere.closing)) {
    const at = last.paragraphs.findIndex(
      (p, i) => last.before + i > 0 && opensPartClosing(foldWidth(text.slice(p.start, p.end))),
    );
    if (at >= 0) closing.unshift(...last.paragraphs.splice(at));
    const owed = endsHere ? endsHere.paragraph - grouped.closingBefore - closing.length : 0;
    if (owed > 0) closing.unshift(...last.paragraphs.splice(-owed));
  }
  return grouped;
}

/** The first part of a text without a part heading before it: where the excerpt starts. */
function startExcerpt(grouped: GroupedPart, start: (ExcerptPlace & { zone: 'part' }) | null): void {
  const { intro, sections, closing } = grouped;
  // An excerpt that says where it starts: its leading paragraphs are the named container's.
  if (start) {
    const before = start.paragraph - 1;
    const first = sections[0];
    if (start.section !== null) {
      const own = intro.splice(0);
      if (own.length > 0 || !first)
        sections.unshift({ heading: null, ordinal: start.section, paragraphs: own, before });
      else if (first.ordinal === start.section) first.before = before;
    } else if (start.closing && sections.length === 0) {
      closing.unshift(...intro.splice(0));
      grouped.closingBefore = before;
    } else grouped.introBefore = before;
    return;
  }
  // A text that opens mid-part before section (四) opens inside section (三): the paragraphs
  // before the first heading are that section's tail, not the part's introduction.
  const first = sections[0];
  if (first && first.ordinal > 1 && intro.length > 0)
    sections.unshift({ heading: null, ordinal: first.ordinal - 1, paragraphs: intro.splice(0), before: 0 });
}

function buildParts(
  text: string,
  rawParts: readonly RawPart[],
  start: (ExcerptPlace & { zone: 'part' }) | null,
  end: ExcerptPlace | null,
): Part[] {
  const taken = new Set<string>();
  const grouped = rawParts.map((raw, index) =>
    groupSections(text, raw, index === 0, index === 0 ? start : null, index === rawParts.length - 1 ? end : null),
  );
  // The part an excerpt starts in, when it says so (its first paragraph is in the first part,
  // headed or not): its id and kind are the full text's.
  const named = start;
  const kinds = inferPartKinds(
    rawParts.map((raw, index) => ({
      heading: raw.heading ? text.slice(raw.heading.start, raw.heading.end) : null,
      paragraphs: [
        ...(grouped[index]?.intro ?? []),
        ...(grouped[index]?.sections.flatMap((s) => s.paragraphs) ?? []),
      ].map((p) => text.slice(p.start, p.end)),
      hasSections: (grouped[index]?.sections.length ?? 0) > 0,
    })),
  );
  return rawParts.map((raw, index) => {
    const { intro, sections: rawSections, closing, introBefore, closingBefore } = grouped[index] as GroupedPart;
    const kind = index === 0 && named ? named.kind : (kinds[index] ?? 'other');
    const id = index === 0 && named ? named.partId : partId(kind, raw.heading?.ordinal ?? index + 1, taken);
    taken.add(id);
    const heading: Heading | null = raw.heading ? buildHeading(text, raw.heading, raw.heading.titleStart) : null;
    const sections = rawSections.map((rawSection): Section => {
      const sid = sectionId(id, rawSection.ordinal, taken);
      taken.add(sid);
      return {
        id: sid,
        ordinal: rawSection.ordinal,
        marker: rawSection.heading?.marker ?? sectionMarker(rawSection.ordinal),
        heading: rawSection.heading ? buildHeading(text, rawSection.heading, rawSection.heading.titleStart) : null,
        paragraphs: rawSection.paragraphs.map((span, i) => buildParagraph(text, span, sid, rawSection.before + i + 1)),
      };
    });
    return {
      id,
      kind,
      ordinal: raw.heading?.ordinal ?? null,
      heading,
      intro: intro.map((span, i) => buildParagraph(text, span, id, introBefore + i + 1)),
      sections,
      closing: closing.map((span, i) => {
        const n = closingBefore + i + 1;
        return buildParagraph(text, span, `${id}-c`, n, `${id}-c${n}`);
      }),
    };
  });
}

function collectDiagnostics(parts: readonly Part[], coverage: ReportModel['coverage']): Diagnostic[] {
  const diagnostics: Diagnostic[] = coverage.map((note) => ({
    severity: 'warning',
    line: note.line,
    message: note.message,
  }));
  const numbered = new Map<number, Part>();
  for (const part of parts) {
    // A repeated part number: most often a text pasted twice. Both copies are kept.
    const ordinal = part.heading ? part.ordinal : null;
    const earlier = ordinal === null ? undefined : numbered.get(ordinal);
    if (part.heading && earlier?.heading)
      diagnostics.push({
        severity: 'warning',
        line: part.heading.source.line,
        message: `part heading “${part.heading.text}” repeats the number of line ${earlier.heading.source.line + 1}; both are kept`,
      });
    else if (ordinal !== null) numbered.set(ordinal, part);
    for (const section of part.sections) {
      if (section.heading && section.paragraphs.length === 0) {
        diagnostics.push({
          severity: 'warning',
          line: section.heading.source.line,
          message: `section ${section.marker} has a heading but no text`,
        });
      }
    }
    if (part.heading && part.intro.length === 0 && part.sections.length === 0 && part.closing.length === 0) {
      diagnostics.push({
        severity: 'warning',
        line: part.heading.source.line,
        message: `part heading “${part.heading.text}” has no text under it`,
      });
    }
  }
  return diagnostics;
}

function appendixDiagnostics(appendix: Appendix): Diagnostic[] {
  const line = (appendix.label ?? appendix.heading)?.source.line ?? appendix.entries[0]?.source.line ?? 0;
  const out: Diagnostic[] = [];
  if (appendix.entries.length === 0 && appendix.intro.length === 0)
    out.push({
      severity: 'warning',
      line,
      message: `appendix “${(appendix.label ?? appendix.heading)?.text ?? appendix.id}” has no entries`,
    });
  if (appendix.kind === 'glossary')
    for (const entry of appendix.entries as AppendixEntry[])
      if (entry.term === null)
        out.push({
          severity: 'warning',
          line: entry.source.line,
          message: 'glossary entry without “：”: its term is not marked in the text',
        });
  return out;
}
