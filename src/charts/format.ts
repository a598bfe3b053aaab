/** Number formatting for charts (d3-format), with the Chinese units 万 and 亿 for large numbers. */
import { format } from 'd3-format';

const compact = format('.4~r');
const plain = format(',.4~r');

/** `410000000000` → `4100亿`, `240000` → `24万`, `5.5` → `5.5`, `-60` → `−60`. */
export function formatCn(value: number, unit = ''): string {
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e8) text = `${compact(value / 1e8)}亿`;
  else if (abs >= 1e4) text = `${compact(value / 1e4)}万`;
  else text = plain(value);
  return `${text.replace('-', '−')}${unit}`;
}

/** A signed change: `+7%`, `−60%`, `+0.7个百分点`. */
export function formatSigned(value: number, unit: string): string {
  return `${value > 0 ? '+' : ''}${formatCn(value, unit)}`;
}

/** The qualifier as a symbol: 左右 ≈, 以上 ≥, 以内 ≤ (超 >, 近/约 ≈, 突破 >); null for none. */
export function qualifierSymbol(qualifier: string | null): string {
  switch (qualifier) {
    case '左右':
    case '约':
    case '近':
      return '≈';
    case '以上':
      return '≥';
    case '以内':
      return '≤';
    case '超':
    case '突破':
      return '>';
    default:
      return '';
  }
}
