/**
 * The lines before the body, typed: title, byline (date and meeting), speaker, salutation, notes
 * and documents printed before the report. Matching runs on the width-folded line.
 */
import type { FrontLineKind } from './types.ts';

const SOURCE_NOTE = /^(转自|来源|转载自|摘自|出处|原载|source)\s*:/i;
const EDITOR_NOTE = /^(<!--.*-->|\((来源|新华社|本报|编者按)[^)]*\))$/;
const TITLE = /^(\d{4}年)?(.{0,12}(省|市|区|州|县|国务院))?政府工作报告$/;
const DATE = /^\(?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const MEETING = /^在.{4,60}会议上\)?$|^.{0,20}第.{1,4}届.{0,20}人民代表大会第.{1,3}次会议\)?$/;
const OFFICE = '(国务院总理|总理|副省长|代省长|省长|代市长|副市长|市长|代主席|主席|区长|州长|县长|盟长)';
const SPEAKER = new RegExp(`^.{0,20}?${OFFICE}\\s*[\\u3400-\\u9fff·]{2,5}$`);
const SALUTATION = /^各位代表[:!,]?$/;
/** A document printed before the report: `……关于政府工作报告的决议`, `……印发……的通知`. */
const PREAMBLE_HEAD = /(决议|通知)$/;

export interface FrontState {
  isFirstLine: boolean;
  titleSeen: boolean;
  /** Inside a document printed before the report, until the report's title. */
  inPreamble: boolean;
}

/** The kind of a front-matter line, or null when the line starts the body (or the opening address). */
export function classifyFrontLine(folded: string, state: FrontState): FrontLineKind | null {
  const line = folded.trim();
  if (state.isFirstLine && SOURCE_NOTE.test(line)) return 'source-note';
  if (EDITOR_NOTE.test(line)) return 'note';
  if (!state.titleSeen && TITLE.test(line.replace(/\s/g, ''))) return 'title';
  if (state.inPreamble) return 'preamble';
  if (!state.titleSeen && line.length <= 60 && PREAMBLE_HEAD.test(line)) return 'preamble';
  if (line.startsWith('—') || (line.length <= 80 && (DATE.test(line) || MEETING.test(line)))) return 'byline';
  if (line.length <= 30 && SPEAKER.test(line)) return 'speaker';
  if (SALUTATION.test(line)) return 'salutation';
  return null;
}
