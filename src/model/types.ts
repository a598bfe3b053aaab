/**
 * The typed report model. Every node is traceable to its exact place in the source:
 * `source.start`/`source.end` are UTF-16 offsets into the decoded file (what JavaScript's
 * `String.prototype.slice` uses), `source.line` is the 0-based line the node starts on,
 * and `text === original.slice(source.start, source.end)` always holds.
 */

export interface SourceSpan {
  /** 0-based line number of the first character. */
  line: number;
  /** Offset of the first character (inclusive). */
  start: number;
  /** Offset after the last character (exclusive). */
  end: number;
}

export interface Sentence {
  id: string;
  text: string;
  source: SourceSpan;
}

/** The short headline sentence many paragraphs open with (`“立园满园”扎实开展。`). */
export interface Lead {
  /** The headline without its closing punctuation: `“立园满园”扎实开展`. */
  text: string;
  source: SourceSpan;
}

export interface Paragraph {
  id: string;
  /** 1-based position among the paragraphs of its container (section or part intro). */
  index: number;
  text: string;
  source: SourceSpan;
  lead: Lead | null;
  sentences: Sentence[];
}

export interface Heading {
  /** The heading as written, ordinal marker included: `(四)抓改革、促开放,发展活力更加充盈`. */
  text: string;
  /** The heading without its ordinal marker and closing punctuation. */
  title: string;
  source: SourceSpan;
}

export interface Section {
  id: string;
  /** `(四)` → 4. */
  ordinal: number;
  /** The ordinal as written in the text (`(四)`, `（四）`), or the canonical form when inferred. */
  marker: string;
  /**
   * `null` when the text starts inside this section: its heading is not in the text, and the
   * ordinal is inferred from the section that follows.
   */
  heading: Heading | null;
  paragraphs: Paragraph[];
}

/** What a part of the report is about (its heading first, its wording second). */
export type PartKind =
  | 'year-review'
  | 'five-year-review'
  | 'five-year-plan'
  | 'year-plan'
  | 'government-self'
  | 'other';

export interface Part {
  id: string;
  kind: PartKind;
  /** National-style ordinal (`一、` → 1) when the heading carries one. */
  ordinal: number | null;
  /** `null` when the text opens inside an unnamed part or a part starts without a heading. */
  heading: Heading | null;
  /** Paragraphs before the first section (or all paragraphs of a part without sections). */
  intro: Paragraph[];
  sections: Section[];
  /**
   * Paragraphs after the last section that close the part rather than continue that section
   * (`一年来……`, `各位代表！……`, the problems paragraph, national defence): `<part>-c<n>`.
   */
  closing: Paragraph[];
}

/**
 * What a line before the body is:
 *   source-note  where the text was taken from (`转自:成都日报锦观`)
 *   note         an editor's note that is not the report's words (`<!-- … -->`, `（来源：…）`)
 *   preamble     a document printed before the report: a congress resolution, a circulation notice
 *   title        `政府工作报告`
 *   byline       date and meeting: `——2026年1月28日在……会议上`, a bare or parenthesised date line
 *   speaker      `北京市市长 殷勇`, `国务院总理　李强`
 *   salutation   `各位代表：`
 */
export type FrontLineKind = 'source-note' | 'note' | 'preamble' | 'title' | 'byline' | 'speaker' | 'salutation';

export interface FrontLine {
  id: string;
  kind: FrontLineKind;
  text: string;
  source: SourceSpan;
}

export interface FrontMatter {
  /** Every line before the body, in order, typed. */
  lines: FrontLine[];
  /** The opening address before the first part (`现在，我代表……`): `opening-p<n>`. */
  opening: Paragraph[];
}

/** A line after the body that is not the report's words: `（新华社北京3月5日电）`, a page-break mark. */
export interface TrailingLine {
  id: string;
  text: string;
  source: SourceSpan;
}

/** One entry of an appendix: a glossary term and its definition, or one item of a list. */
export interface AppendixEntry extends Paragraph {
  /** The defined term (`新质生产力`) or the item's words; null for a glossary line without `：`. */
  term: string | null;
  /** The group heading's id the entry sits under, if the list has groups. */
  groupId: string | null;
}

export interface Appendix {
  /** `appendix1`, `appendix2`, … in order. */
  id: string;
  kind: 'glossary' | 'list' | 'other';
  /** The `附件1` label line, when there is one. */
  label: Heading | null;
  /** The heading (`名词解释`, `2026年省十件民生实事`), when there is one. */
  heading: Heading | null;
  /** Paragraphs that are not entries (an introduction): `<appendix>-p<n>`. */
  intro: Paragraph[];
  /** Group headings inside a list: `<appendix>-g<n>`. */
  groups: { id: string; heading: Heading }[];
  /** `<appendix>-e<n>`. */
  entries: AppendixEntry[];
}

export type CoverageKind =
  | 'starts-mid-report'
  | 'starts-mid-section'
  | 'missing-sections'
  | 'declared-count'
  | 'duplicate-section';

/** A gap between what the text declares or implies and what it contains. */
export interface CoverageNote {
  kind: CoverageKind;
  /** The part (and section) the gap sits in, for placing the note next to the gap. */
  partId: string;
  sectionId: string | null;
  /** One clear sentence for readers, in Chinese. */
  message: string;
  /** Ordinals expected but absent, when the gap is about numbered sections or items. */
  missing: number[];
  declared: number | null;
  present: number | null;
  /** Where the evidence for this note sits in the source. */
  line: number;
}

export interface Declaration {
  /** The paragraph that makes the announcement. */
  paragraphId: string;
  /** The announcing words as written (`以下十个方面`). */
  text: string;
  declared: number;
  /** What the count refers to: the numbered sections that follow, or `一是……二是……` items. */
  items: 'sections' | 'enumeration' | 'unknown';
  /** How many of them are in the text (`null` when nothing recognisable follows). */
  present: number | null;
  line: number;
}

export type Severity = 'warning' | 'error';

export interface Diagnostic {
  severity: Severity;
  /** 0-based line; printed 1-based as `file:line`. */
  line: number;
  message: string;
}

/** One stretch of the source: a node's text, or the whitespace between nodes. */
export interface Segment {
  kind: 'separator' | 'front-line' | 'part-heading' | 'section-heading' | 'appendix-heading' | 'paragraph' | 'trailing';
  /** The id of the node this segment is the text of; `null` for separators. */
  id: string | null;
  start: number;
  end: number;
}

export interface ReportModel {
  /** Model format version, bumped when the shape changes. */
  version: 2;
  front: FrontMatter;
  parts: Part[];
  /** The report's closing exhortation after its last part (`各位代表！……不懈奋斗！`): `closing-p<n>`. */
  closing: Paragraph[];
  appendices: Appendix[];
  trailing: TrailingLine[];
  /** Counts the text announces (`以下十个方面`) beside what is present. */
  declarations: Declaration[];
  coverage: CoverageNote[];
  diagnostics: Diagnostic[];
  /** The whole input as consecutive segments: joined, they reproduce it exactly. */
  segments: Segment[];
  stats: ReportStats;
}

export interface ReportStats {
  characters: number;
  lines: number;
  parts: number;
  sections: number;
  paragraphs: number;
  sentences: number;
}
