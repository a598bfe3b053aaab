/**
 * Turns a file's bytes into report text, or says in one line why it cannot be read.
 * Pure: the caller reads the file. The BOM, if any, is kept as the first character so that
 * every offset in the model is an offset into the file's text as an editor shows it.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; message: string };

/** Fewer control characters than this never make a file binary. */
const BINARY_MIN_CONTROLS = 4;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeReport(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, line: 0, message: 'the file is empty' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 0, message: 'the file is UTF-16; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      ok: false,
      line: lineOfByte(bytes, nul),
      message: 'the file is binary (it contains a NUL byte), not report text',
    };

  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hint = looksLikeGb18030(bytes)
      ? ' (it reads as GB18030/GBK: convert it with `iconv -f GB18030 -t UTF-8`)'
      : '';
    return {
      ok: false,
      line: lineOfByte(bytes, at),
      message: `the file is not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}${hint}`,
    };
  }
  // A stray control character is kept (the parser loses nothing); a text thick with them is binary.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls >= BINARY_MIN_CONTROLS && controls * 50 > text.length) {
    return { ok: false, line: 0, message: `the file is binary (${controls} control characters), not report text` };
  }
  if (text.replace(/[\s\ufeff\u3000]/g, '') === '')
    return { ok: false, line: 0, message: 'the file has no text (only blank lines)' };
  return { ok: true, text };
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}
