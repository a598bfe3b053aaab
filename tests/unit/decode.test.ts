/**
 * Decoding bytes (decodeReport) and loading a file (readReportText): unusable input becomes one
 * `file:line: message` error; usable input keeps every character, a BOM included.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeReport, firstInvalidUtf8 } from '../../src/model/decode.ts';
import { ReportInputError, readReportText } from '../../src/model/load.ts';
import { parseReport } from '../../src/model/parse.ts';
import { PARSE_FIXTURES_DIR } from '../support/fixtures.ts';
import { expectLossless, prng, seedText } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** `政府工作报告\n经济运行稳中向好。\n` in GBK (from `iconv -f UTF-8 -t GBK`). */
const GBK = Uint8Array.from(Buffer.from('d5feb8aeb9a4d7f7b1a8b8e60abeadbcc3d4cbd0d0cec8d6d0cff2bac3a1a30a', 'hex'));

function randomBytes(seed: number, length: number, { nul = true } = {}): Uint8Array {
  const rand = prng(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    let b = Math.floor(rand() * 256);
    if (!nul && b === 0) b = 0x80;
    bytes[i] = b;
  }
  return bytes;
}

function expectError(result: ReturnType<typeof decodeReport>, line: number, message: RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.line).toBe(line);
  expect(result.message).toMatch(message);
  expect(result.message).not.toMatch(/\n/);
}

describe('decodeReport: unusable input', () => {
  it('the GBK fixture really is GBK text', () => {
    expect(new TextDecoder('gb18030').decode(GBK)).toBe('政府工作报告\n经济运行稳中向好。\n');
  });

  it.each<[string, Uint8Array, number, RegExp]>([
    ['empty', new Uint8Array(0), 0, /empty/],
    ['GBK', GBK, 0, /not valid UTF-8: byte 0xd5 at offset 0 .*GB18030/],
    [
      'GBK after an ASCII line',
      Uint8Array.from([...utf8('2026\n'), ...GBK]),
      1,
      /not valid UTF-8: byte 0xd5 at offset 5/,
    ],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from('政府工作报告\n', 'utf16le')]), 0, /UTF-16/],
    [
      'UTF-16BE with BOM',
      Uint8Array.from([0xfe, 0xff, ...Buffer.from('政府工作报告\n', 'utf16le').swap16()]),
      0,
      /UTF-16/,
    ],
    [
      'UTF-16LE without BOM (ASCII gives NULs)',
      Uint8Array.from(Buffer.from('report 2026\n', 'utf16le')),
      0,
      /binary .*NUL/,
    ],
    [
      'binary with a NUL on the third line',
      Uint8Array.from([...utf8('第一行\n第二行\n第三'), 0, ...utf8('行\n')]),
      2,
      /binary .*NUL/,
    ],
    [
      'control characters',
      utf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 text'),
      0,
      /binary \(\d+ control characters\)/,
    ],
    ['only blank lines', utf8('\n \n\t\r\n\u3000\u3000\n'), 0, /no text \(only blank lines\)/],
    ['only a BOM and blank lines', utf8('\ufeff\n\n'), 0, /no text/],
    [
      'a truncated UTF-8 sequence at the end',
      Uint8Array.from([...utf8('政府\n工作'), 0xe6, 0x8a]),
      1,
      /not valid UTF-8: byte 0xe6 at offset 13/,
    ],
  ])('%s', (_name, bytes, line, message) => {
    expectError(decodeReport(bytes), line, message);
  });

  it('random bytes (with NULs) are refused', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = randomBytes(seed, 512);
      const result = decodeReport(bytes);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toMatch(/^the file is (binary|not valid UTF-8)/);
      expect(result.message).not.toMatch(/\n/);
      // The line is that of the offending byte: no more line breaks before it than in the file.
      expect(result.line).toBeGreaterThanOrEqual(0);
      expect(result.line).toBeLessThanOrEqual(bytes.filter((b) => b === 0x0a).length);
    }
  });

  it('random bytes without NULs are refused as not UTF-8', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const result = decodeReport(randomBytes(seed, 512, { nul: false }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not valid UTF-8/);
    }
  });

  it('never throws, and whatever it accepts parses losslessly', () => {
    const rand = prng(99);
    for (let k = 0; k < 300; k++) {
      // Mostly valid UTF-8 with the occasional odd byte.
      const parts: number[] = [];
      const n = Math.floor(rand() * 40);
      for (let i = 0; i < n; i++) {
        const r = rand();
        if (r < 0.05) parts.push(Math.floor(rand() * 256));
        else
          parts.push(
            ...utf8(
              ['政', '。', '\n', '\r\n', '(一)', '一、', ' ', '\u3000', '\ufeff', 'a', '\u0001'][
                Math.floor(rand() * 11)
              ] as string,
            ),
          );
      }
      const result = decodeReport(Uint8Array.from(parts));
      if (result.ok) expectLossless(result.text);
      else expect(result.message).not.toMatch(/\n/);
    }
  });

  it('firstInvalidUtf8 points at the first byte that cannot start or continue a sequence', () => {
    expect(firstInvalidUtf8(utf8('政府工作报告'))).toBe(utf8('政府工作报告').length);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xff]))).toBe(2);
  });
});

describe('decodeReport: usable input', () => {
  it('keeps a BOM as the first character, so offsets match the file', () => {
    const result = decodeReport(utf8('\ufeff政府工作报告\n经济运行稳中向好。'));
    expect(result).toEqual({ ok: true, text: '\ufeff政府工作报告\n经济运行稳中向好。' });
  });

  it('decodes the seed to exactly the text Node reads', () => {
    const text = seedText();
    expect(decodeReport(utf8(text))).toEqual({ ok: true, text });
  });

  it('keeps CRLF, lone CR and a few control characters', () => {
    // A stray control character in a long text is tolerated (more than 1 in 50 is binary).
    const text = `经济运行。\r\n稳中向好。\r物价\u0007平稳。${'内容。'.repeat(20)}`;
    expect(decodeReport(utf8(text))).toEqual({ ok: true, text });
    expectLossless(text);
  });
});

describe('decodeReport: control characters', () => {
  it('one stray control character in a short text is kept, not called binary', () => {
    const text = '物价\u0007平稳。';
    expect(decodeReport(utf8(text))).toEqual({ ok: true, text });
  });

  it('a text thick with control characters is binary', () => {
    const result = decodeReport(utf8('\u0001\u0002\u0003\u0004物价平稳。'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('the file is binary (4 control characters), not report text');
  });
});

describe('readReportText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-decode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  function expectInputError(path: string, line: number, problem: RegExp) {
    let error: unknown;
    try {
      readReportText(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportInputError);
    const e = error as ReportInputError;
    expect(e.line).toBe(line);
    expect(e.problem).toMatch(problem);
    expect(e.message).toBe(`${e.file}:${line + 1}: ${e.problem}`);
    expect(e.message).not.toMatch(/\n/);
  }

  it('a missing file', () => expectInputError(join(dir, 'nope.txt'), 0, /no such file/));
  it('a directory', () => {
    mkdirSync(join(dir, 'folder'));
    expectInputError(join(dir, 'folder'), 0, /directory/);
  });
  it('a GBK file points at the line of the first bad byte', () =>
    expectInputError(write('gbk.txt', Uint8Array.from([...utf8('2026\n'), ...GBK])), 1, /not valid UTF-8/));
  it('only headings: no paragraphs', () =>
    expectInputError(join(PARSE_FIXTURES_DIR, 'only-headings', 'input.txt'), 0, /no paragraphs/));

  it('a BOM + CRLF file loads with the BOM kept', () => {
    const path = write('bom.txt', `\ufeff${seedText().replace(/\n/g, '\r\n')}`);
    const { text, model } = readReportText(path);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(model).toEqual(parseReport(text));
    expect(model.parts.map((p) => p.id)).toEqual(['review', 'plan5', 'plan']);
  });

  it('odd-but-usable input loads, with warnings only', () => {
    for (const name of ['heading-no-body', 'duplicate-sections']) {
      const { model } = readReportText(join(PARSE_FIXTURES_DIR, name, 'input.txt'));
      expect(model.diagnostics.length).toBeGreaterThan(0);
      expect(model.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    }
  });
});
