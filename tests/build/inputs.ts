/**
 * The inputs the CLI and the build are tried on, each with what they must print: every parse
 * fixture (its expected.json's diagnostics), every bad fixture (its expected.json) and three
 * generated here (random binary bytes, GBK bytes, one 100 000-character line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/build.ts';
import { badFixtures, parseFixtureExpected, parseFixtureNames, parseFixturePath } from '../support/fixtures.ts';
import { prng } from '../support/prng.ts';

export interface Expectation {
  /** 1-based line (null: any) and a pattern for the message of the one error line. */
  error: { line: number | null; message: RegExp } | null;
  /** Patterns for the warnings, each matched against `<line>: warning: <message>`. */
  warnings: RegExp[];
}

export interface TriedInput {
  /** Unique; also the report's slug in a built site. */
  slug: string;
  bytes: () => Uint8Array;
  /** Path relative to the project, for inputs the CLI can read where they are (not generated). */
  path: string | null;
  expected: Expectation;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the CLI and the build print for a parse fixture: its model's diagnostics, 1-based lines. */
function fromDiagnostics(name: string): Expectation {
  const { diagnostics } = parseFixtureExpected(name);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error)
    return { error: { line: error.line + 1, message: new RegExp(`^${escapeRegExp(error.message)}$`) }, warnings: [] };
  return {
    error: null,
    warnings: diagnostics.map((d) => new RegExp(`^${d.line + 1}: warning: ${escapeRegExp(d.message)}$`)),
  };
}

const GENERATED: TriedInput[] = [
  {
    slug: 'generated-binary',
    bytes: () => {
      const rand = prng(99);
      return Uint8Array.from({ length: 512 }, () => Math.floor(rand() * 256));
    },
    path: null,
    expected: { error: { line: null, message: /^the file is (binary|not valid UTF-8)/ }, warnings: [] },
  },
  {
    // `政府工作报告\n` in UTF-8, then `经济运行稳中向好。` in GBK (iconv -t GBK): the first bad byte is on line 2.
    slug: 'generated-gbk',
    bytes: () =>
      Buffer.concat([Buffer.from('政府工作报告\n'), Buffer.from('beadbcc3d4cbd0d0cec8d6d0cff2bac3a1a30a', 'hex')]),
    path: null,
    expected: { error: { line: 2, message: /not valid UTF-8.*GB18030/ }, warnings: [] },
  },
  {
    slug: 'generated-long-line',
    bytes: () => {
      const unit = '经济运行稳中向好，地区生产总值增长5.8%。';
      return Buffer.from(unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));
    },
    path: null,
    expected: { error: null, warnings: [/^1: warning: 本文从报告中途开始/] },
  },
];

export function triedInputs(): TriedInput[] {
  return [
    ...parseFixtureNames().map((name) => ({
      slug: `parse-${name}`,
      bytes: () => readFileSync(join(PROJECT_ROOT, parseFixturePath(name))),
      path: parseFixturePath(name),
      expected: fromDiagnostics(name),
    })),
    ...badFixtures().map((fixture) => ({
      slug: `bad-${fixture.name}`,
      bytes: () => readFileSync(join(PROJECT_ROOT, fixture.path)),
      path: fixture.path,
      expected: {
        error: fixture.expected.error
          ? { line: fixture.expected.error.line, message: new RegExp(fixture.expected.error.message) }
          : null,
        warnings: (fixture.expected.warnings ?? []).map((pattern) => new RegExp(pattern)),
      },
    })),
    ...GENERATED,
  ];
}
