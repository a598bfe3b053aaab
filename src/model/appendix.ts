/**
 * Appendices after the report's closing: `附件N` labels, glossaries (`名词解释`: term → definition)
 * and lists (`2026年省十件民生实事`: numbered items, with group headings where the list has them).
 */
import { foldWidth } from '../text/fold.ts';
import { APPENDIX_LABEL, entryOrdinalLength, GLOSSARY_HEADING, glossaryTerm } from './appendix-lines.ts';
import { PART_HEADING_MAX_LENGTH } from './classify.ts';
import { buildHeading, buildParagraph, type Span } from './nodes.ts';
import type { Appendix, AppendixEntry, Heading } from './types.ts';

interface AppendixLine extends Span {
  folded: string;
}

const ANY_TERMINATOR = /[。!?;:]/;

function isShortHeading(folded: string): boolean {
  return folded.length <= PART_HEADING_MAX_LENGTH && !ANY_TERMINATOR.test(folded) && entryOrdinalLength(folded) === 0;
}

/** Splits the appendix zone into appendices: a new one at each label, or at a glossary heading without one. */
export function buildAppendices(text: string, lines: readonly AppendixLine[]): Appendix[] {
  const groups: AppendixLine[][] = [];
  for (const [i, line] of lines.entries()) {
    const folded = line.folded.trim();
    const previous = lines[i - 1];
    const afterLabel = previous !== undefined && APPENDIX_LABEL.test(previous.folded.trim());
    if (APPENDIX_LABEL.test(folded) || (GLOSSARY_HEADING.test(folded) && !afterLabel) || groups.length === 0)
      groups.push([]);
    (groups[groups.length - 1] as AppendixLine[]).push(line);
  }
  return groups.map((group, i) => buildAppendix(text, group, `appendix${i + 1}`));
}

function buildAppendix(text: string, lines: readonly AppendixLine[], id: string): Appendix {
  let at = 0;
  const headingOf = (line: AppendixLine): Heading => buildHeading(text, line, line.start);
  let label: Heading | null = null;
  let heading: Heading | null = null;
  const first = lines[0];
  if (first && APPENDIX_LABEL.test(first.folded.trim())) {
    label = headingOf(first);
    at = 1;
  }
  const next = lines[at];
  if (next && isShortHeading(next.folded.trim())) {
    heading = headingOf(next);
    at++;
  }
  const rest = lines.slice(at);
  const isGlossary =
    (heading !== null && GLOSSARY_HEADING.test(foldWidth(heading.text).trim())) ||
    (rest.length > 0 &&
      rest.filter((l) => glossaryTerm(l.folded, text.slice(l.start, l.end)) !== null).length * 2 > rest.length);
  const isList = !isGlossary && rest.some((l) => entryOrdinalLength(l.folded) > 0);
  const appendix: Appendix = {
    id,
    kind: isGlossary ? 'glossary' : isList ? 'list' : 'other',
    label,
    heading,
    intro: [],
    groups: [],
    entries: [],
  };
  let groupId: string | null = null;
  for (const line of rest) {
    const folded = line.folded;
    if (appendix.kind === 'glossary') {
      const term = glossaryTerm(folded, text.slice(line.start, line.end));
      appendix.entries.push(
        entry(text, line, appendix, term ? text.slice(line.start + term.start, line.start + term.end) : null, null),
      );
    } else if (appendix.kind === 'list' && entryOrdinalLength(folded) > 0) {
      appendix.entries.push(entry(text, line, appendix, listTerm(text, line), groupId));
    } else if (appendix.kind === 'list' && isShortHeading(folded.trim())) {
      groupId = `${id}-g${appendix.groups.length + 1}`;
      appendix.groups.push({ id: groupId, heading: headingOf(line) });
    } else {
      appendix.intro.push(buildParagraph(text, line, id, appendix.intro.length + 1));
    }
  }
  return appendix;
}

function entry(
  text: string,
  line: AppendixLine,
  appendix: Appendix,
  term: string | null,
  groupId: string | null,
): AppendixEntry {
  const index = appendix.entries.length + 1;
  const paragraph = buildParagraph(text, line, appendix.id, index, `${appendix.id}-e${index}`);
  return { ...paragraph, lead: null, term, groupId };
}

/** A list item's words: after its ordinal, up to the first sentence end. */
function listTerm(text: string, line: AppendixLine): string {
  const from = entryOrdinalLength(line.folded);
  const stop = line.folded.slice(from).search(/[。:;]/);
  return text.slice(line.start + from, line.start + from + (stop === -1 ? line.folded.length - from : stop));
}
