/**
 * The level of the government that gave a report: the State Council, a province-level government
 * (province, autonomous region or one of the four municipalities under the central government),
 * or a city. `meta.json` may say it (`level`); otherwise it is read from the meeting and office.
 */
export const LEVELS = ['national', 'province', 'city'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL: Record<Level, string> = {
  national: '全国',
  province: '省、自治区、直辖市',
  city: '城市',
};

/** For a filter's choices, where the heading's words would be too long. */
export const LEVEL_SHORT_LABEL: Record<Level, string> = {
  national: '全国',
  province: '省级',
  city: '城市',
};

/** The four municipalities directly under the central government: province-level, though named 市. */
const MUNICIPALITIES = ['北京', '上海', '天津', '重庆'];

interface LevelClues {
  city: string;
  occasion?: string | undefined;
  speakerRole?: string | undefined;
}

/** The level the meeting, the office or the place names: `全国人民代表大会` or `国务院总理`, a
 *  province or region (or a municipality), else a city. */
export function inferLevel({ city, occasion = '', speakerRole = '' }: LevelClues): Level {
  const words = `${occasion} ${speakerRole}`;
  if (city === '全国' || /全国人民代表大会|国务院/.test(words)) return 'national';
  if (MUNICIPALITIES.some((name) => city.startsWith(name))) return 'province';
  if (/省|自治区/.test(words) || /省$|自治区$/.test(city)) return 'province';
  return 'city';
}
