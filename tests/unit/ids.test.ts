/**
 * The id scheme: short ASCII ids, unique across a report, positional within their container,
 * so that editing words changes no id and inserting a paragraph renumbers only the paragraphs
 * after it in its own section (or part intro).
 */
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/model/ids.ts';
import { parseReport } from '../../src/model/parse.ts';
import type { Paragraph, ReportModel } from '../../src/model/types.ts';
import { allIds, fixture, fixtureNames, seedText, seedVariants } from './helpers.ts';
import { paragraphs as walkParagraphs } from '../../src/model/walk.ts';

const seed = seedText();
const seedModel = parseReport(seed);

/** Every paragraph with the id of the section or part intro that holds it. */
/**
 * Every paragraph with the container it is numbered in and its id prefix: `<section>-p`, `<part>-p`
 * (intro), `<part>-c` (a part's closing block), `opening-p`, `closing-p`, `<appendix>-e`/`-p`.
 */
function containers(model: ReportModel): Array<{ container: string; prefix: string; paragraph: Paragraph }> {
  return [...walkParagraphs(model)].map(({ id, part, section, zone, appendix, paragraph }) => {
    const closingBlock = zone === 'part' && section === null && part?.closing.includes(paragraph);
    const entry = appendix?.entries.some((e) => e.id === paragraph.id);
    const prefix = closingBlock ? `${id}-c` : entry ? `${id}-e` : `${id}-p`;
    return { container: prefix, prefix, paragraph };
  });
}

describe('id format', () => {
  const inputs: Array<[string, string]> = [
    ['seed', seed],
    ...Object.entries(seedVariants()).map(([n, t]): [string, string] => [`seed/${n}`, t]),
    ...fixtureNames().map((n): [string, string] => [n, fixture(n)]),
  ];

  it.each(inputs)('%s: ids are short lower-case ASCII, match the scheme and are unique', (_name, text) => {
    const ids = allIds(parseReport(text));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9-]{1,32}$/);
      expect(id).toMatch(ID_PATTERN);
    }
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the seed has the documented ids', () => {
    const ids = allIds(seedModel);
    for (const id of [
      'source-note',
      'title',
      'review',
      'review-s3',
      'review-s4',
      'review-s4-p3',
      'review-s4-p3-s2',
      'review-c1',
      'review-c4',
      'review-c4-s1',
      'plan5',
      'plan5-p5',
      'plan',
      'plan-p3',
      'plan-s1',
      'plan-s1-p1',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).toHaveLength(2 + 3 + 5 + 41 + seedModel.stats.sentences);
  });

  it('paragraph ids are container + -p<index> (-c<index> in a part’s closing block), sentence ids paragraph + -s<n>', () => {
    for (const { prefix, paragraph } of containers(seedModel)) {
      expect(paragraph.id).toBe(`${prefix}${paragraph.index}`);
      expect(paragraph.sentences.map((s) => s.id)).toEqual(
        paragraph.sentences.map((_, i) => `${paragraph.id}-s${i + 1}`),
      );
    }
    for (const part of seedModel.parts) for (const s of part.sections) expect(s.id).toBe(`${part.id}-s${s.ordinal}`);
  });

  it('repeated kinds and ordinals get -2 suffixes, still unique', () => {
    const text =
      '一、2025年工作回顾\n(一)稳增长\n增长。\n(一)再稳增长\n增长。\n二、2024年工作回顾\n(一)稳增长\n增长。\n';
    const model = parseReport(text);
    expect(model.parts.map((p) => p.id)).toEqual(['review', 'review-2']);
    expect(model.parts.flatMap((p) => p.sections.map((s) => s.id))).toEqual([
      'review-s1',
      'review-s1-2',
      'review-2-s1',
    ]);
    const ids = allIds(model);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('editing words changes no id', () => {
  /** Cue words the parser reads as structure (address, part-kind cues, list items, declarations). */
  const CUES =
    /各位代表|一年来|五年来|过去五年|今后五年|今年|与此同时|同时,|我们也清醒|国防|[一二三四五六七八九十]是|以下.{1,3}个方面/g;
  /** Rewrites every Han character outside the cue words; punctuation, digits and length stay. */
  const rewrite = (text: string) =>
    text
      .split(new RegExp(`(${CUES.source})`))
      .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/[\u4e00-\u9fff]/g, '字')))
      .join('');

  const paragraphs = [...walkParagraphs(seedModel)].map((place) => place.paragraph);
  const before = allIds(seedModel);

  it.each(paragraphs.map((p) => [p.id, p] as const))('rewriting the words of %s', (_id, p) => {
    const edited = rewrite(p.text);
    expect(edited).not.toBe(p.text);
    const text = seed.slice(0, p.source.start) + edited + seed.slice(p.source.end);
    expect(allIds(parseReport(text))).toEqual(before);
  });

  it('rewriting every digit and every non-cue word of the whole text at once', () => {
    let text = seed;
    for (const p of [...paragraphs].reverse())
      text = text.slice(0, p.source.start) + rewrite(p.text).replace(/[0-9]/g, '9') + text.slice(p.source.end);
    expect(allIds(parseReport(text))).toEqual(before);
  });

  // The seed's opening part has no heading; `一年来` (review-c2) is a cue to its kind. Its kind, and
  // so every id under it, must not hang on that word: the genre order decides.
  it('rewording a sentence that names a heading-less part’s kind', () => {
    const p = paragraphs.find((x) => x.id === 'review-c2') as Paragraph;
    expect(p.text.startsWith('一年来,')).toBe(true);
    const edited = p.text.replace('一年来', '这一年');
    const text = seed.slice(0, p.source.start) + edited + seed.slice(p.source.end);
    expect(allIds(parseReport(text))).toEqual(before);
  });
});

describe('inserting a paragraph changes ids only inside its own container', () => {
  const INSERTED = '新增的一段文字,用来检验编号。第二句。';
  const lineStarts = [0, ...[...seed.matchAll(/\n/g)].map((m) => (m.index as number) + 1)];
  const old = containers(seedModel);

  function insertAtLine(line: number): string {
    const at = lineStarts[line] ?? seed.length;
    return line >= lineStarts.length ? `${seed}\n${INSERTED}` : `${seed.slice(0, at)}${INSERTED}\n${seed.slice(at)}`;
  }

  function check(text: string, expectedContainer: string | null) {
    const model = parseReport(text);
    const now = containers(model);
    const added = now.find((x) => x.paragraph.text === INSERTED);
    expect(added).toBeDefined();
    if (!added) return;
    if (expectedContainer) expect(added.container).toBe(expectedContainer);
    const k = added.paragraph.index;

    // Parts and sections keep their ids.
    const structure = (m: ReportModel) => m.parts.map((p) => [p.id, p.sections.map((s) => s.id)]);
    expect(structure(model)).toEqual(structure(seedModel));

    // Every old paragraph is still there, in order, with its id (or shifted by one after k).
    const rest = now.filter((x) => x !== added);
    expect(rest.map((x) => x.paragraph.text)).toEqual(old.map((x) => x.paragraph.text));
    rest.forEach((x, i) => {
      const was = old[i] as (typeof old)[0];
      expect(x.container).toBe(was.container);
      const shifted = x.container === added.container && was.paragraph.index >= k;
      const expectedId = shifted ? `${was.prefix}${was.paragraph.index + 1}` : was.paragraph.id;
      expect(x.paragraph.id).toBe(expectedId);
      expect(x.paragraph.sentences.map((s) => s.id)).toEqual(
        was.paragraph.sentences.map((s) => s.id.replace(was.paragraph.id, expectedId)),
      );
    });
    expect(allIds(model)).toHaveLength(allIds(seedModel).length + 1 + added.paragraph.sentences.length);
  }

  // Before every paragraph line that is not the first of its container: the new paragraph
  // joins that container. (The first paragraph of a container follows a heading or an address,
  // so a paragraph inserted there belongs to the container before.)
  const cases = old
    .filter(({ paragraph }) => paragraph.index > 1)
    .map(({ container, paragraph }) => [paragraph.id, paragraph.source.line, container] as const);

  it.each(cases)('before %s (line %i)', (_id, line, container) => {
    check(insertAtLine(line), container);
  });

  it.each([
    ['at the end of review-s6 (before its closing block on line 20)', 20, 'review-s6-p'],
    ['inside the year review’s closing block (before the address on line 22)', 22, 'review-c'],
    ['at the end of the closing block (before the plan5 heading)', 32, 'review-c'],
    ['at the start of plan5 (after its heading)', 33, 'plan5-p'],
    ['at the end of the text', 48, 'plan-s1-p'],
    ['at the start of review-s5 (after its heading)', 11, 'review-s5-p'],
    ['at the start of the text (after the title)', 2, 'review-s3-p'],
  ])('%s', (_name, line, container) => {
    check(insertAtLine(line), container);
  });
});
