/**
 * Every parse fixture (tests/fixtures/parse/<name>/, found by listing the folder) parses into the
 * model its expected.json describes (see tests/fixtures/README.md for what each exercises).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/model/parse.ts';
import {
  parseFixtureExpected,
  parseFixtureNames,
  parseFixtureText,
  summarizeModel,
  summaryJson,
} from '../support/fixtures.ts';

const names = parseFixtureNames();

describe('parse fixtures', () => {
  it('are found', () => {
    expect(names).toEqual(expect.arrayContaining(['national', 'only-headings', 'whitespace']));
  });

  it.each(names)('%s parses into its expected.json', (name) => {
    const text = parseFixtureText(name);
    expect(summarizeModel(text, parseReport(text))).toEqual(parseFixtureExpected(name));
  });
});

describe('the fixture summary', () => {
  const text = parseFixtureText('whitespace');
  const summary = summarizeModel(text, parseReport(text));

  it('keeps the blanks between nodes, an ideographic space between a heading and its body included', () => {
    expect(summary.separators).toContain('\u3000');
    expect(summary.separators.join('').trim()).toBe('');
  });

  it('writes invisible blanks as escapes, and reads back the same', () => {
    const json = summaryJson(summary);
    expect(json).not.toMatch(/\u3000/);
    expect(json).toContain('\\u3000');
    expect(JSON.parse(json)).toEqual(summary);
  });

  it('sees a change in any sentence', () => {
    const changed = text.replace('新增就业12万人', '新增就业13万人');
    expect(changed).not.toBe(text);
    expect(summarizeModel(changed, parseReport(changed))).not.toEqual(parseFixtureExpected('whitespace'));
  });
});
