/**
 * Shared test helpers: fixture loading, generated variants of the seed, and the lossless
 * invariant check every parsed text must pass.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseReport } from '../../src/model/parse.ts';
import type { Paragraph, ReportModel, SourceSpan } from '../../src/model/types.ts';
import { parseFixtureNames, parseFixtureText } from '../support/fixtures.ts';
import { paragraphs as walkParagraphs } from '../../src/model/walk.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_PATH = join(ROOT, 'content/reports/chengdu-2026/report.txt');

export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

/** The text of the parse fixture `name` (tests/fixtures/parse/<name>/input.txt). */
export const fixture = parseFixtureText;

/** Every parse fixture, found by listing tests/fixtures/parse/. */
export const fixtureNames = parseFixtureNames;

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

/** The seed with `,:;()!?` written full-width; one UTF-16 unit for one, so offsets are unchanged. */
export function toFullWidth(text: string): string {
  return text.replace(/[,:;()!?]/g, (c) => FULL_WIDTH[c] as string);
}

export const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
export const toCr = (text: string): string => text.replace(/\r?\n/g, '\r');
export const withBom = (text: string): string => `\ufeff${text}`;

/** Generated variants of the seed (not committed): name → text. */
export function seedVariants(): Record<string, string> {
  const seed = seedText();
  return {
    'full-width': toFullWidth(seed),
    crlf: toCrlf(seed),
    'lone-cr': toCr(seed),
    bom: withBom(seed),
    'bom+crlf+full-width': withBom(toCrlf(toFullWidth(seed))),
  };
}

export { prng } from '../support/prng.ts';

/** 0-based line of `offset`, counting LF, CRLF and lone CR each as one line break. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '\r' && text[i + 1] !== '\n') line++;
  }
  return line;
}

/** Every node carrying its own text, in reading order as the model lists them. */
export interface NodeRef {
  id: string;
  kind:
    | 'front'
    | 'part-heading'
    | 'section-heading'
    | 'appendix-heading'
    | 'paragraph'
    | 'sentence'
    | 'lead'
    | 'trailing';
  text: string;
  source: SourceSpan;
}

export function walkNodes(model: ReportModel): NodeRef[] {
  const out: NodeRef[] = [];
  for (const line of model.front.lines) out.push({ id: line.id, kind: 'front', text: line.text, source: line.source });
  const para = (p: Paragraph) => {
    out.push({ id: p.id, kind: 'paragraph', text: p.text, source: p.source });
    if (p.lead) out.push({ id: `${p.id}#lead`, kind: 'lead', text: p.lead.text, source: p.lead.source });
    for (const s of p.sentences) out.push({ id: s.id, kind: 'sentence', text: s.text, source: s.source });
  };
  model.front.opening.forEach(para);
  for (const part of model.parts) {
    if (part.heading)
      out.push({ id: part.id, kind: 'part-heading', text: part.heading.text, source: part.heading.source });
    part.intro.forEach(para);
    for (const section of part.sections) {
      if (section.heading)
        out.push({
          id: section.id,
          kind: 'section-heading',
          text: section.heading.text,
          source: section.heading.source,
        });
      section.paragraphs.forEach(para);
    }
    part.closing.forEach(para);
  }
  model.closing.forEach(para);
  for (const appendix of model.appendices) {
    const heading = (id: string, h: { text: string; source: SourceSpan }) =>
      out.push({ id, kind: 'appendix-heading', text: h.text, source: h.source });
    if (appendix.label) heading(`${appendix.id}-label`, appendix.label);
    if (appendix.heading) heading(appendix.id, appendix.heading);
    // Intro paragraphs, group headings and entries in source order.
    const items: { start: number; add: () => void }[] = [
      ...appendix.intro.map((p) => ({ start: p.source.start, add: () => para(p) })),
      ...appendix.groups.map((g) => ({ start: g.heading.source.start, add: () => heading(g.id, g.heading) })),
      ...appendix.entries.map((p) => ({ start: p.source.start, add: () => para(p) })),
    ];
    for (const item of items.sort((a, b) => a.start - b.start)) item.add();
  }
  for (const line of model.trailing) out.push({ id: line.id, kind: 'trailing', text: line.text, source: line.source });
  return out;
}

/** Every id the model hands out (front lines, parts, sections, paragraphs, sentences, appendices), in order. */
export function allIds(model: ReportModel): string[] {
  const ids: string[] = model.front.lines.map((l) => l.id);
  const para = (p: Paragraph) => ids.push(p.id, ...p.sentences.map((s) => s.id));
  model.front.opening.forEach(para);
  for (const part of model.parts) {
    ids.push(part.id);
    part.intro.forEach(para);
    for (const section of part.sections) {
      ids.push(section.id);
      section.paragraphs.forEach(para);
    }
    part.closing.forEach(para);
  }
  model.closing.forEach(para);
  for (const appendix of model.appendices) {
    if (appendix.label) ids.push(`${appendix.id}-label`);
    ids.push(appendix.id, ...appendix.groups.map((g) => g.id));
    [...appendix.intro, ...appendix.entries].forEach(para);
  }
  ids.push(...model.trailing.map((l) => l.id));
  return ids;
}

const WHITESPACE_ONLY = /^[\s\ufeff]+$/u;
const LINE_BREAK = /[\r\n]/;

/**
 * Checks the lossless contract and returns every violation (empty when the model is sound):
 * - every node's `text === original.slice(start, end)`, non-empty, on one line, no padding at
 *   its edges, and `source.line` is the line its first character is on;
 * - the model lists nodes in source order, without overlaps;
 * - segments run contiguously from 0 to text.length, no empty or adjacent separators, each
 *   separator whitespace only, each node segment the exact span of exactly one node, and every
 *   front line / heading / paragraph appears as one segment;
 * - a paragraph's sentences lie inside it, in order, and with the whitespace between them
 *   rebuild it exactly; the lead is a prefix of the first sentence;
 * - stats agree with the model.
 */
export function losslessProblems(text: string, model: ReportModel): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 20) problems.push(message);
  };
  const nodes = walkNodes(model);

  for (const node of nodes) {
    const { start, end, line } = node.source;
    const where = `${node.kind} ${node.id} [${start},${end})`;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length))
      fail(`${where}: span outside the text`);
    if (start >= end) fail(`${where}: empty span`);
    if (node.text !== text.slice(start, end))
      fail(
        `${where}: text ${JSON.stringify(node.text.slice(0, 30))} !== slice ${JSON.stringify(text.slice(start, end).slice(0, 30))}`,
      );
    if (line !== lineOf(text, start))
      fail(`${where}: line ${line}, but offset ${start} is on line ${lineOf(text, start)}`);
    if (LINE_BREAK.test(node.text)) fail(`${where}: spans a line break`);
    if (node.text !== node.text.trim() || node.text.startsWith('\ufeff'))
      fail(`${where}: padding at its edges: ${JSON.stringify(node.text)}`);
  }

  // Nodes that own a stretch of the text (not sentences and leads, which sit inside paragraphs).
  // Front lines are a record, not a list (a byline may precede the title), but all come before
  // the body; body nodes are listed in source order.
  const owners = nodes.filter((n) => n.kind !== 'sentence' && n.kind !== 'lead');
  const front = owners.filter((n) => n.kind === 'front');
  // Trailing notes (a page-break mark) may sit anywhere in the text; they are listed last.
  const body = owners.filter((n) => n.kind !== 'front' && n.kind !== 'trailing');
  const frontEnd = Math.max(0, ...front.map((n) => n.source.end));
  if (body[0] && body[0].source.start < frontEnd)
    fail(`model order: body starts at ${body[0].source.start}, inside the front matter (ends at ${frontEnd})`);
  for (let i = 1; i < body.length; i++) {
    const prev = body[i - 1] as NodeRef;
    const cur = body[i] as NodeRef;
    if (cur.source.start < prev.source.end)
      fail(`model order: ${cur.id} starts at ${cur.source.start}, before ${prev.id} ends at ${prev.source.end}`);
  }

  // Segments.
  const segments = model.segments;
  if (text.length > 0 && segments.length === 0) fail('no segments for a non-empty text');
  let at = 0;
  const ownerById = new Map(owners.map((n) => [n.id, n]));
  const seen = new Set<string>();
  segments.forEach((seg, i) => {
    const where = `segment ${i} ${seg.kind} ${seg.id ?? ''} [${seg.start},${seg.end})`;
    if (seg.start !== at) fail(`${where}: not contiguous (expected start ${at})`);
    if (seg.end <= seg.start) fail(`${where}: empty`);
    at = seg.end;
    const slice = text.slice(seg.start, seg.end);
    if (seg.kind === 'separator') {
      if (seg.id !== null) fail(`${where}: separator with an id`);
      if (!WHITESPACE_ONLY.test(slice)) fail(`${where}: separator hides text ${JSON.stringify(slice.slice(0, 40))}`);
      if (segments[i - 1]?.kind === 'separator') fail(`${where}: two separators in a row`);
    } else {
      const owner = seg.id === null ? undefined : ownerById.get(seg.id);
      if (!owner) fail(`${where}: no node with this id`);
      else if (owner.source.start !== seg.start || owner.source.end !== seg.end)
        fail(`${where}: does not match node span [${owner.source.start},${owner.source.end})`);
      if (seg.id !== null && seen.has(seg.id)) fail(`${where}: id appears in two segments`);
      if (seg.id !== null) seen.add(seg.id);
    }
  });
  if (at !== text.length) fail(`segments end at ${at}, text length ${text.length}`);
  for (const owner of owners) if (!seen.has(owner.id)) fail(`${owner.kind} ${owner.id} has no segment`);
  if (segments.map((s) => text.slice(s.start, s.end)).join('') !== text) fail('segments do not rebuild the text');

  // Sentences and leads inside their paragraph.
  const paragraphs = [...walkParagraphs(model)].map((place) => place.paragraph);
  for (const p of paragraphs) {
    if (p.sentences.length === 0) fail(`paragraph ${p.id}: no sentences`);
    let rebuilt = '';
    let cursor = p.source.start;
    for (const s of p.sentences) {
      if (s.source.start < cursor || s.source.end > p.source.end)
        fail(
          `sentence ${s.id}: [${s.source.start},${s.source.end}) outside paragraph ${p.id} or overlapping the previous sentence`,
        );
      const gap = text.slice(cursor, s.source.start);
      if (gap !== '' && !WHITESPACE_ONLY.test(gap))
        fail(`sentence ${s.id}: text between sentences is not whitespace: ${JSON.stringify(gap)}`);
      if (s.source.line !== p.source.line)
        fail(`sentence ${s.id}: line ${s.source.line} != paragraph line ${p.source.line}`);
      rebuilt += gap + s.text;
      cursor = s.source.end;
    }
    rebuilt += text.slice(cursor, p.source.end);
    if (rebuilt !== p.text) fail(`paragraph ${p.id}: sentences + whitespace do not rebuild it`);
    if (cursor !== p.source.end)
      fail(`paragraph ${p.id}: last sentence ends at ${cursor}, paragraph at ${p.source.end}`);
    const first = p.sentences[0];
    if (p.lead && first) {
      if (
        p.lead.source.start !== first.source.start ||
        !first.text.startsWith(p.lead.text) ||
        p.lead.text.length >= first.text.length
      ) {
        fail(`paragraph ${p.id}: lead ${JSON.stringify(p.lead.text)} is not a proper prefix of its first sentence`);
      }
    }
  }

  // Stats.
  const { stats } = model;
  const sentences = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  const sections = model.parts.reduce((n, p) => n + p.sections.length, 0);
  if (stats.characters !== text.length) fail(`stats.characters ${stats.characters} != ${text.length}`);
  if (
    stats.parts !== model.parts.length ||
    stats.sections !== sections ||
    stats.paragraphs !== paragraphs.length ||
    stats.sentences !== sentences
  ) {
    fail(
      `stats ${JSON.stringify(stats)} disagree with the model (${model.parts.length} parts, ${sections} sections, ${paragraphs.length} paragraphs, ${sentences} sentences)`,
    );
  }
  return problems;
}

/** Parses `text` and asserts the lossless contract; returns the model. */
export function expectLossless(text: string, model: ReportModel = parseReport(text)): ReportModel {
  expect(losslessProblems(text, model)).toEqual([]);
  return model;
}
