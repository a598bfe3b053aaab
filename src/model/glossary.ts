/**
 * Where a report's glossary terms occur in its text: the first occurrence of each term on each
 * reading page (a page is a paragraph's container, src/model/walk.ts). The annotation that marks
 * them and the glossary's links back to them both read this one list, so they always agree.
 */
import { foldWidth } from '../text/fold.ts';
import type { Appendix, AppendixEntry, ReportModel } from './types.ts';
import { paragraphs } from './walk.ts';

export interface GlossaryMark {
  /** The glossary entry (`appendix1-e3`) and its appendix (`appendix1`). */
  entryId: string;
  appendixId: string;
  term: string;
  /** The reading page (container id), paragraph and sentence the occurrence is in. */
  pageId: string;
  paragraphId: string;
  sentenceId: string | null;
  /** Offsets in the report file, like every `source`. */
  start: number;
  end: number;
}

/** What to look for: a term, or its quoted core (`“六横六纵”` of `“六横六纵”现代化水网体系`), since the
 *  text often names a defined thing more briefly. */
interface Needle {
  entry: AppendixEntry;
  appendix: Appendix;
  text: string;
}

/** A needle shorter than this would mark ordinary words. */
const MIN_NEEDLE = 2;
const QUOTED = /“[^“”]{2,}”/;

/**
 * The needles in the order they are tried: every whole term (longest first), then the quoted
 * cores, each only where one entry has it (`“1+8”` of two entries names neither for sure).
 */
function needlesOf(appendices: readonly Appendix[]): Needle[] {
  const entries = appendices
    .filter((appendix) => appendix.kind === 'glossary')
    .flatMap((appendix) => appendix.entries.map((entry) => ({ appendix, entry, term: entry.term?.trim() ?? '' })))
    .filter(({ term }) => term !== '');
  const byLength = (a: Needle, b: Needle) => b.text.length - a.text.length;
  const terms = entries.map(({ appendix, entry, term }) => ({ appendix, entry, text: foldWidth(term) }));
  const cores = entries.flatMap(({ appendix, entry, term }) => {
    const quoted = QUOTED.exec(term)?.[0];
    return quoted && quoted !== term ? [{ appendix, entry, text: foldWidth(quoted) }] : [];
  });
  const unique = cores.filter((core) => cores.filter((other) => other.text === core.text).length === 1);
  return [...terms.sort(byLength), ...unique.sort(byLength)].filter((needle) => needle.text.length >= MIN_NEEDLE);
}

const overlaps = (taken: readonly [number, number][], start: number, end: number): boolean =>
  taken.some(([from, to]) => start < to && from < end);

/** The first place in `text` where `needle` occurs clear of the ranges already taken, or -1. */
function firstClear(text: string, needle: string, taken: readonly [number, number][]): number {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    if (!overlaps(taken, at, at + needle.length)) return at;
  return -1;
}

/**
 * Every glossary term's first occurrence on each page of the report's body (opening, parts,
 * closing; never the appendices themselves), in reading order. Matching folds width
 * (`1＋N` meets `1+N`); longer terms are placed first, and marks never overlap.
 */
export function glossaryMarks(model: ReportModel): GlossaryMark[] {
  const needles = needlesOf(model.appendices);
  if (needles.length === 0) return [];
  const marks: GlossaryMark[] = [];
  const markedOnPage = new Map<string, Set<string>>();
  for (const { zone, id: pageId, paragraph } of paragraphs(model)) {
    if (zone === 'appendix') continue;
    const marked = markedOnPage.get(pageId) ?? new Set<string>();
    markedOnPage.set(pageId, marked);
    const text = foldWidth(paragraph.text);
    const taken: [number, number][] = [];
    for (const { entry, appendix, text: needle } of needles) {
      if (marked.has(entry.id)) continue;
      const at = firstClear(text, needle, taken);
      if (at === -1) continue;
      const start = paragraph.source.start + at;
      const end = start + needle.length;
      taken.push([at, at + needle.length]);
      marked.add(entry.id);
      marks.push({
        entryId: entry.id,
        appendixId: appendix.id,
        term: entry.term ?? '',
        pageId,
        paragraphId: paragraph.id,
        sentenceId: paragraph.sentences.find((s) => s.source.start <= start && start < s.source.end)?.id ?? null,
        start,
        end,
      });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
