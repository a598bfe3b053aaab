/**
 * The CLI (`tsx tools/report.ts <file> [--json]`), spawned as a user would run it: unusable
 * input exits 1 with exactly one `file:line: message` line on stderr and no stack trace;
 * odd-but-usable input exits 0 with its warnings on stdout. Tried on the seed and on every input
 * of inputs.ts (each parse and bad fixture, and three generated ones). About 1 s per spawn.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, type ProcessResult, run } from '../support/build.ts';
import { parseFixturePath } from '../support/fixtures.ts';
import { type Expectation, triedInputs } from './inputs.ts';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => run(TSX, ['tools/report.ts', ...args], { cwd: PROJECT_ROOT, timeoutMs: 30_000 });

const STACK = /\bat .+:\d+:\d+|Error:|node:internal/;

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exactly one line `file:line: message` on stderr, nothing on stdout, exit 1, no stack. */
function expectOneLineError(result: ProcessResult, file: string, error: NonNullable<Expectation['error']>) {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  const [, at, line, message] = /^(.*?):(\d+): (.*)$/.exec(lines[0] ?? '') ?? [];
  expect(at).toBe(file);
  if (error.line !== null) expect(Number(line)).toBe(error.line);
  expect(message).toMatch(error.message);
  expect(result.stderr).not.toMatch(STACK);
}

/** The warnings of `file` on stdout, as `<line>: warning: <message>`. */
const warningsOf = (stdout: string, file: string): string[] =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith(`  ${file}:`))
    .map((l) => l.slice(`  ${file}:`.length));

// Spawns run a few at a time (Vitest's maxConcurrency); each gets generous time on a busy machine.
describe.concurrent('the CLI', { timeout: 60_000 }, () => {
  it('summarises the seed, exits 0 and prints its four coverage warnings on stdout', async () => {
    const result = await cli('content/reports/chengdu-2026/report.txt');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 parts, 5 sections, 41 paragraphs');
    const warnings = warningsOf(result.stdout, 'content/reports/chengdu-2026/report.txt');
    expect(warnings.map((l) => l.match(/^(\d+): warning/)?.[1])).toEqual(['3', '3', '3', '45']);
  });

  it('--json prints the model', async () => {
    const result = await cli(parseFixturePath('national'), '--json');
    expect(result.status).toBe(0);
    const model = JSON.parse(result.stdout) as { version: number; parts: Array<{ id: string }> };
    expect(model.version).toBe(2);
    expect(model.parts.map((p) => p.id)).toEqual(['review', 'plan']);
  });

  it('a missing file', async () => {
    const file = 'tests/fixtures/does-not-exist.txt';
    expectOneLineError(await cli(file), file, { line: 1, message: /^no such file$/ });
  });

  it('a usage mistake exits 2 without a stack trace', async () => {
    const result = await cli();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^usage: /);
    expect(result.stderr).not.toMatch(STACK);
  });

  for (const input of triedInputs()) {
    const outcome = input.expected.error ? 'one error line' : `${input.expected.warnings.length} warnings`;
    it(`${input.slug}: ${outcome}`, async () => {
      let file = input.path;
      if (file === null) {
        file = join(dir, `${input.slug}.txt`);
        writeFileSync(file, input.bytes());
      }
      const result = await cli(file);
      if (input.expected.error) {
        expectOneLineError(result, file, input.expected.error);
        return;
      }
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(result.stdout).not.toMatch(STACK);
      const warnings = warningsOf(result.stdout, file);
      expect(warnings).toHaveLength(input.expected.warnings.length);
      input.expected.warnings.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
    });
  }
});
