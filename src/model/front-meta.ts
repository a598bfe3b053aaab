/**
 * What the front matter states about the report (date, meeting, speaker and office), merged with
 * meta.json: meta.json wins where both speak, and a disagreement is a warning; a field neither
 * states that the site needs (date, speaker) is an error.
 */
import { inferLevel } from './level.ts';
import { foldWidth } from '../text/fold.ts';
import type { ReportMeta, ReportMetaFile } from './metadata.ts';
import type { Diagnostic, FrontMatter } from './types.ts';

export interface FrontFacts {
  delivered?: { value: string; line: number };
  occasion?: { value: string; line: number };
  speaker?: { value: string; line: number };
  speakerRole?: { value: string; line: number };
}

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const MEETING = /在(.{4,60}会议)上/;
const SPEAKER =
  /^(.*?)[\s　]+([\u3400-\u9fff·]{2,5})$|^(.*(?:总理|省长|市长|主席|区长|州长|县长))([\u3400-\u9fff·]{2,3})$/;

export function frontFacts(front: FrontMatter): FrontFacts {
  const facts: FrontFacts = {};
  for (const line of front.lines) {
    const text = foldWidth(line.text).trim();
    const at = line.source.line;
    if (line.kind === 'byline') {
      const date = DATE.exec(text);
      if (date && !facts.delivered)
        facts.delivered = { value: `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`, line: at };
      const meeting = MEETING.exec(text) ?? /^\(?(.{4,60}会议)\)?$/.exec(text.replace(/^[—\-\s]+/, ''));
      if (meeting && !facts.occasion) facts.occasion = { value: meeting[1] as string, line: at };
    } else if (line.kind === 'speaker' && !facts.speaker) {
      const match = SPEAKER.exec(text);
      const role = match?.[1] ?? match?.[3];
      const name = match?.[2] ?? match?.[4];
      if (role && name) {
        facts.speakerRole = { value: role.trim(), line: at };
        facts.speaker = { value: name, line: at };
      }
    }
  }
  return facts;
}

const FIELDS = ['delivered', 'occasion', 'speaker', 'speakerRole'] as const;
const REQUIRED = new Set<string>(['delivered', 'speaker']);

/** meta.json completed from the front matter, with a warning for each disagreement. */
export function resolveMeta(
  file: ReportMetaFile,
  front: FrontMatter,
): { meta: ReportMeta | null; diagnostics: Diagnostic[] } {
  const facts = frontFacts(front);
  const meta: Record<string, unknown> = { ...file };
  const diagnostics: Diagnostic[] = [];
  for (const field of FIELDS) {
    const stated = facts[field];
    const given = file[field];
    if (given === undefined && stated) meta[field] = stated.value;
    else if (given !== undefined && stated && foldWidth(given) !== foldWidth(stated.value))
      diagnostics.push({
        severity: 'warning',
        line: stated.line,
        message: `meta.json gives ${field} “${given}”, the text says “${stated.value}”: meta.json is used`,
      });
    if (REQUIRED.has(field) && meta[field] === undefined)
      diagnostics.push({
        severity: 'error',
        line: 0,
        message: `meta.json: ${field} is missing and the text does not state it`,
      });
  }
  meta.level =
    file.level ??
    inferLevel({
      city: file.city,
      occasion: meta.occasion as string | undefined,
      speakerRole: meta.speakerRole as string | undefined,
    });
  return { meta: diagnostics.some((d) => d.severity === 'error') ? null : (meta as ReportMeta), diagnostics };
}
