/** Chinese numerals, the one reader: ordinals of section and part markers, and the numerals of quantities. */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const MAGNITUDES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `六` → 6, `二十八` → 28, `一百零五` → 105, `两千` → 2000; null when not one numeral (`二三`, `十四五`). */
export function readChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    const value = DIGITS[char];
    const magnitude = MAGNITUDES[char];
    if (value !== undefined) {
      if (digit !== null && digit !== 0) return null; // `二三` is not one number
      digit = value;
    } else if (magnitude !== undefined) {
      total += (digit ?? 1) * magnitude;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * An ordinal as section and part markers write it, 1–99: `四` → 4, `十二` → 12, `二十三` → 23, and
 * Arabic digits; anything else (`十十`, `零十`, `百`, `〇`) → null.
 */
export function parseChineseInteger(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/[百千]|十.*十|^[零〇]/.test(text)) return null;
  const value = readChineseNumeral(text);
  return value !== null && value >= 1 && value <= 99 ? value : null;
}

const NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 4 → `四`, 10 → `十`, 12 → `十二`, 20 → `二十` (1–99). */
export function toChineseInteger(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  if (value < 10) return NAMES[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : NAMES[tens]}十${ones === 0 ? '' : NAMES[ones]}`;
}

/** The canonical full-width section marker: 4 → `（四）`. */
export function sectionMarker(ordinal: number): string {
  return `（${toChineseInteger(ordinal)}）`;
}
