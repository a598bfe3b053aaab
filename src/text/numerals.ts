/** Chinese ordinal numerals as used for section and part markers: 一 … 九十九. */

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

/** `四` → 4, `十` → 10, `十二` → 12, `二十` → 20, `二十三` → 23; anything else → null. */
export function parseChineseInteger(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return text.length === 1 && text in DIGITS ? (DIGITS[text] ?? null) : null;
  if (text.indexOf('十', tenAt + 1) !== -1 || text.length > 3) return null;
  const tensPart = text.slice(0, tenAt);
  const onesPart = text.slice(tenAt + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? DIGITS[tensPart] : undefined;
  const ones = onesPart === '' ? 0 : onesPart.length === 1 ? DIGITS[onesPart] : undefined;
  if (tens === undefined || ones === undefined || tens === 0) return null;
  return tens * 10 + ones;
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
