/**
 * Metric extraction: every quantitative statement of the report as a typed datum that points
 * back to its sentence. Pure: the model and the report year in, metrics out.
 *
 * A metric is a number with what it measures: `规模以上工业增加值增长7%` → subject
 * 规模以上工业增加值, value 7, unit %, relation growth. Names and labels that contain digits
 * (`第12届`, `8.6代`, `10号线`, `《哪吒2》`, `“7·3”`, `500千伏`) are not metrics.
 */
import type { ReportModel } from '../model/types.ts';
import { type SentencePlace, sentences } from '../model/walk.ts';
import { foldWidth } from '../text/fold.ts';
import { CLAUSE_BREAK, lastIndexOfPattern, quotedRanges } from './clause.ts';
import { findNumbers } from './numbers.ts';
import { isTargetPeriod, periodOf } from './period.ts';
import { readMention } from './reading.ts';
import { peerGroupOf, type Subject, subjectOf } from './subject.ts';
import type { ExtractOptions, Metric } from './types.ts';

/** Where a sentence sits, for periods and links. */
type SentenceContext = SentencePlace;

export function extractMetrics(model: ReportModel, options: ExtractOptions): Metric[] {
  const metrics: Metric[] = [];
  // Appendices define terms and list pledges; their numbers are not the report's statements.
  for (const context of sentences(model))
    if (context.zone !== 'appendix') metrics.push(...metricsInSentence(context, options));
  return metrics;
}

function metricsInSentence(context: SentenceContext, options: ExtractOptions): Metric[] {
  const { sentence } = context;
  const text = sentence.text;
  const folded = foldWidth(text);
  const quoted = quotedRanges(folded);
  const found: Metric[] = [];
  const mentions = findNumbers(text);
  // Subjects listed before 分别 (`资产总额、利润总额分别居…第3位、第4位`), taken in turn.
  let list: { items: string[]; next: number } | null = null;
  for (const mention of mentions) {
    const reading = readMention(folded, mention, quoted);
    if (!reading) continue;
    const clauseStart = lastIndexOfPattern(folded, CLAUSE_BREAK, reading.before) + 1;
    const period = periodOf(context, folded, mention.start, options);
    const previous = found[found.length - 1];
    // `分别增长2.8%、5%、6%`, `增长4.5%至5%`: a bare number after 、 or 至 continues the list or range before it.
    const continuesList =
      previous !== undefined &&
      !reading.hasRelationWord &&
      /^(以上|以下|左右|以内)?([、和及至到~～-]|—{1,2})[超近约]?$/.test(
        folded.slice(previous.valueEnd - sentence.source.start, reading.numberStart),
      );
    let subject: Subject;
    if (continuesList && previous) {
      reading.relation = previous.relation;
      reading.before = reading.numberStart;
      const listed = list ? list.items[Math.min(list.next++, list.items.length - 1)] : undefined;
      subject = { text: listed ?? previous.subject, start: null, end: null };
    } else {
      subject = subjectOf(text, folded, clauseStart, reading, found, sentence.source.start);
      list = subject.listed ? { items: subject.listed, next: 1 } : null;
    }
    const start = Math.min(reading.before, subject.start ?? reading.before);
    const end = Math.max(reading.after, subject.end ?? reading.after);
    const peerGroup =
      reading.relation !== 'rank'
        ? null
        : continuesList
          ? (previous?.peerGroup ?? null)
          : peerGroupOf(folded, clauseStart, reading.numberStart, subject.text);
    // `先行村、重点村各50个`: one number for each listed subject.
    const subjects =
      /各$/.test(folded.slice(0, reading.before)) && subject.text.includes('、')
        ? subject.text.replace(/各$/, '').split('、')
        : [subject.text];
    for (const subjectText of subjects) {
      found.push({
        id: `${sentence.id}-m${found.length + 1}`,
        sentenceId: sentence.id,
        paragraphId: context.paragraph.id,
        sectionId: context.section?.id ?? null,
        partId: context.part?.id ?? context.id,
        text: text.slice(start, end),
        start: sentence.source.start + start,
        end: sentence.source.start + end,
        valueStart: sentence.source.start + reading.valueStart,
        valueEnd: sentence.source.start + reading.valueEnd,
        subject: subjectText,
        value: reading.value,
        unit: reading.unit,
        displayValue: reading.displayValue,
        relation: reading.relation,
        qualifier: reading.qualifier,
        period,
        kind: isTargetPeriod(period, options.year) ? 'target' : 'achievement',
        peerGroup,
      });
    }
  }
  return found;
}
