/** The metric record and its vocabularies: what every stage of extraction produces and reads. */

export const RELATIONS = [
  'growth',
  'decline',
  'level',
  'count',
  'rank',
  'ratio',
  'share',
  'multiple',
  'increase_to',
] as const;
export type Relation = (typeof RELATIONS)[number];
export const QUALIFIERS = ['左右', '以上', '以内', '超', '近', '约', '突破'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Metric {
  /** `<sentence id>-m<n>`: stable while the sentence keeps its numbers. */
  id: string;
  sentenceId: string;
  paragraphId: string;
  /** The section holding the sentence, or null for paragraphs outside sections. */
  sectionId: string | null;
  partId: string;
  /** The exact source span: `规模以上工业增加值增长7%`. */
  text: string;
  /** Offsets of `text` in the original file. */
  start: number;
  end: number;
  /** Offsets of `displayValue` in the original file: the span marked up in the text. */
  valueStart: number;
  valueEnd: number;
  subject: string;
  value: number;
  unit: string;
  /** The number as written, with multiplier and unit: `4100亿元`, `第2位`, `两位数`. */
  displayValue: string;
  relation: Relation;
  qualifier: Qualifier | null;
  /** `2025`, `2021-2025`, `2026`, `2030`, `2026-2030` or `unknown`. */
  period: string;
  kind: 'achievement' | 'target';
  /** For rankings: the group ranked in (`副省级城市`, `全国`, `全球`, …). */
  peerGroup: string | null;
}

export interface ExtractOptions {
  /** The year the report is delivered in: its review covers the year before. */
  year: number;
}
