import type { CoverageNote, Declaration, Paragraph, Part } from './types.ts';
import { foldWidth } from '../text/fold.ts';
import { parseChineseInteger, sectionMarker, toChineseInteger } from '../text/numerals.ts';
import { containersOf } from './walk.ts';

/** `重点抓好以下十个方面工作`, `把握以下四个方面`: an announced count of what follows. */
const DECLARATION = /以下([一二三四五六七八九十两]{1,3}|\d{1,2})个方面/;
/** `一是……`, `二是……`: enumerated items, one paragraph each. */
const ENUMERATION_ITEM = /^([一二三四五六七八九十]{1,3})是/;

export interface CoverageInput {
  /** The text has no heading before its first body text: it opens in the middle of the report. */
  startsMidReport: boolean;
}

/**
 * Compares what the text declares and implies (numbering that starts at (四), `以下十个方面`)
 * with what it contains, and says each gap in one sentence a reader understands.
 */
export function analyseCoverage(
  text: string,
  parts: readonly Part[],
  input: CoverageInput,
): { declarations: Declaration[]; coverage: CoverageNote[] } {
  const declarations: Declaration[] = [];
  const coverage: CoverageNote[] = [];
  const firstPart = parts[0];

  if (input.startsMidReport && firstPart) {
    coverage.push({
      kind: 'starts-mid-report',
      partId: firstPart.id,
      sectionId: null,
      message: '本文从报告中途开始：报告开头及第一部分的标题不在文本中。',
      missing: [],
      declared: null,
      present: null,
      line: firstLineOf(firstPart),
    });
  }

  for (const part of parts) {
    const declaredSections = declarationsIn(text, part, declarations);
    const opening = part.sections[0];
    if (opening && opening.heading === null) {
      coverage.push({
        kind: 'starts-mid-section',
        partId: part.id,
        sectionId: opening.id,
        message: `本文从第${opening.marker}节中途开始：该节的标题和前面的段落不在文本中。`,
        missing: [],
        declared: null,
        present: null,
        line: firstLineOf(part),
      });
    }

    const present = part.sections.map((s) => s.ordinal);
    const seen = new Set<number>();
    for (const section of part.sections) {
      if (seen.has(section.ordinal) && section.heading) {
        coverage.push({
          kind: 'duplicate-section',
          partId: part.id,
          sectionId: section.id,
          message: `第${section.marker}节的编号重复出现，两处内容都保留在本文中。`,
          missing: [],
          declared: null,
          present: null,
          line: section.heading.source.line,
        });
      }
      seen.add(section.ordinal);
    }

    const highest = Math.max(0, ...present);
    const gaps = range(1, highest).filter((n) => !seen.has(n));
    if (gaps.length > 0 && opening) {
      const before = part.sections.find((s) => s.ordinal > (gaps[0] as number));
      coverage.push({
        kind: 'missing-sections',
        partId: part.id,
        sectionId: before?.id ?? null,
        message: `本部分的第${describeOrdinals(gaps)}节不在文本中。`,
        missing: gaps,
        declared: null,
        present: distinctOrdinals(part),
        line: before?.heading?.source.line ?? firstLineOf(part),
      });
    }

    if (declaredSections) {
      const missing = range(1, declaredSections.declared).filter((n) => !seen.has(n) && n > highest);
      if (missing.length > 0) {
        coverage.push({
          kind: 'declared-count',
          partId: part.id,
          sectionId: null,
          message: `报告在此列出${toChineseInteger(declaredSections.declared)}个方面的工作，本文只含其中${distinctOrdinals(part)}个；第${describeOrdinals(missing)}方面不在文本中。`,
          missing,
          declared: declaredSections.declared,
          present: distinctOrdinals(part),
          line: declaredSections.line,
        });
      }
    }
  }

  for (const declaration of declarations) {
    if (
      declaration.items !== 'enumeration' ||
      declaration.present === null ||
      declaration.present >= declaration.declared
    )
      continue;
    const part = parts.find(
      (p) =>
        p.intro.some((para) => para.id === declaration.paragraphId) ||
        p.sections.some((s) => s.paragraphs.some((para) => para.id === declaration.paragraphId)),
    );
    coverage.push({
      kind: 'declared-count',
      partId: part?.id ?? '',
      sectionId: null,
      message: `文中说有${toChineseInteger(declaration.declared)}个方面，本文只列出其中${declaration.present}个。`,
      missing: range(declaration.present + 1, declaration.declared),
      declared: declaration.declared,
      present: declaration.present,
      line: declaration.line,
    });
  }

  return { declarations, coverage: coverage.sort((a, b) => a.line - b.line) };
}

/** Records the part's declarations; returns the one that announces its numbered sections, if any. */
function declarationsIn(text: string, part: Part, out: Declaration[]): Declaration | null {
  let sectionsDeclaration: Declaration | null = null;
  for (const { paragraphs } of containersOf(part)) {
    paragraphs.forEach((paragraph, index) => {
      const match = DECLARATION.exec(foldWidth(paragraph.text));
      if (!match) return;
      const declared = parseChineseInteger((match[1] as string).replace('两', '二'));
      if (declared === null) return;
      // `以下四个方面` followed by `一是……` counts those items; said in a part's introduction
      // with nothing enumerated after it, it announces the part's numbered sections.
      const enumerated = countEnumeration(paragraphs.slice(index + 1));
      const announcesSections = paragraphs === part.intro && part.sections.length > 0 && enumerated === 0;
      const items: Declaration['items'] = enumerated > 0 ? 'enumeration' : announcesSections ? 'sections' : 'unknown';
      const declaration: Declaration = {
        paragraphId: paragraph.id,
        text: text.slice(paragraph.source.start + match.index, paragraph.source.start + match.index + match[0].length),
        declared,
        items,
        present: items === 'sections' ? distinctOrdinals(part) : items === 'enumeration' ? enumerated : null,
        line: paragraph.source.line,
      };
      out.push(declaration);
      if (items === 'sections') sectionsDeclaration = declaration;
    });
  }
  return sectionsDeclaration;
}

/** How many consecutive paragraphs open `一是`, `二是`, … in order. */
function countEnumeration(paragraphs: readonly Paragraph[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    const match = ENUMERATION_ITEM.exec(paragraph.text);
    if (!match || parseChineseInteger(match[1] as string) !== count + 1) break;
    count++;
  }
  return count;
}

/** Sections present, a duplicated number counted once. */
function distinctOrdinals(part: Part): number {
  return new Set(part.sections.map((s) => s.ordinal)).size;
}

function firstLineOf(part: Part): number {
  return (
    part.heading?.source.line ??
    part.intro[0]?.source.line ??
    part.sections[0]?.heading?.source.line ??
    part.sections[0]?.paragraphs[0]?.source.line ??
    0
  );
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

/** [1, 2] → `（一）、（二）`; [2 … 10] → `（二）至（十）`. */
export function describeOrdinals(ordinals: readonly number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < ordinals.length) {
    let j = i;
    while (j + 1 < ordinals.length && (ordinals[j + 1] as number) === (ordinals[j] as number) + 1) j++;
    const first = ordinals[i] as number;
    const last = ordinals[j] as number;
    if (j - i >= 2) runs.push(`${sectionMarker(first)}至${sectionMarker(last)}`);
    else for (let k = i; k <= j; k++) runs.push(sectionMarker(ordinals[k] as number));
    i = j + 1;
  }
  return runs.join('、');
}
