/**
 * The CLI (`tsx tools/report.ts <file> [--json]`), spawned as a user would run it: unusable
 * input exits non-zero with exactly one `file:line: message` line on stderr and no stack trace;
 * odd-but-usable input exits 0 with warnings. A handful of spawns, run concurrently.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, prng } from './helpers.ts';

const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['tools/report.ts', ...args],
      { cwd: ROOT, timeout: 20_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Exactly one line `file:line: message`, 1-based line, and nothing that looks like a stack. */
function expectOneLineError(result: Run, file: string, line: number, message: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  const [only] = lines as [string];
  expect(only.startsWith(`${file}:${line}: `)).toBe(true);
  expect(only.slice(`${file}:${line}: `.length)).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/);
}

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function garbage(): string {
  const rand = prng(1234);
  const bytes = new Uint8Array(256);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
  const path = join(dir, 'garbage.bin');
  writeFileSync(path, bytes);
  return path;
}

function gbk(): string {
  // `2026\n政府工作报告\n` with the second line in GBK: the bad byte is on line 2.
  const path = join(dir, 'gbk.txt');
  writeFileSync(path, Buffer.concat([Buffer.from('2026\n'), Buffer.from('d5feb8aeb9a4d7f7b1a8b8e60a', 'hex')]));
  return path;
}

// Each case spawns tsx: generous time, so a loaded machine does not fail them.
describe.concurrent('CLI', { timeout: 30_000 }, () => {
  it('summarises the seed, exits 0 and prints its four coverage warnings on stdout', async () => {
    const result = await run('content/reports/chengdu-2026/report.txt');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 parts, 5 sections, 41 paragraphs');
    const warnings = result.stdout
      .split('\n')
      .filter((l) => /^\s+content\/reports\/chengdu-2026\/report\.txt:\d+: warning: /.test(l));
    expect(warnings.map((l) => l.match(/:(\d+): warning/)?.[1])).toEqual(['3', '3', '3', '45']);
  });

  it('--json prints the model', async () => {
    const result = await run('tests/fixtures/national.txt', '--json');
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout);
    expect(model.version).toBe(1);
    expect(model.parts.map((p: { id: string }) => p.id)).toEqual(['part1', 'review', 'plan']);
  });

  it('odd-but-usable input: warnings, exit 0, nothing on stderr', async () => {
    const [noBody, duplicate] = await Promise.all([
      run('tests/fixtures/heading-no-body.txt'),
      run('tests/fixtures/duplicate-sections.txt'),
    ]);
    expect([noBody.code, noBody.stderr]).toEqual([0, '']);
    expect(noBody.stdout).toMatch(
      /^\s+tests\/fixtures\/heading-no-body\.txt:4: warning: section \(二\) has a heading but no text$/m,
    );
    expect(noBody.stdout).toMatch(/^\s+tests\/fixtures\/heading-no-body\.txt:7: warning: part heading/m);
    expect([duplicate.code, duplicate.stderr]).toEqual([0, '']);
    expect(duplicate.stdout).toMatch(
      /^\s+tests\/fixtures\/duplicate-sections\.txt:6: warning: 第（二）节的编号重复出现/m,
    );
  });

  it('a missing file', async () => {
    expectOneLineError(
      await run('tests/fixtures/does-not-exist.txt'),
      'tests/fixtures/does-not-exist.txt',
      1,
      /^no such file$/,
    );
  });

  it('only headings, no paragraphs', async () => {
    expectOneLineError(
      await run('tests/fixtures/only-headings.txt'),
      'tests/fixtures/only-headings.txt',
      1,
      /no paragraphs/,
    );
  });

  it('GBK bytes: the line of the first bad byte', async () => {
    const path = gbk();
    expectOneLineError(await run(path), path, 2, /not valid UTF-8.*GB18030/);
  });

  it('random binary garbage', async () => {
    const path = garbage();
    const result = await run(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: the file is (binary|not valid UTF-8)[^\\n]*\\n$`,
      ),
    );
  });

  it('a usage mistake exits 2 without a stack trace', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^usage: /);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
