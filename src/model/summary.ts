import type { Diagnostic, ReportModel } from './types.ts';
import { PART_KIND_LABEL } from './part-kind.ts';

/** The CLI's human summary of a model: structure, counts and coverage warnings. */
export function formatSummary(file: string, model: ReportModel): string {
  const out: string[] = [file];
  const { front, stats } = model;
  if (front.sourceNote) out.push(`  source note  ${front.sourceNote.text}`);
  if (front.title) out.push(`  title        ${front.title.text}`);
  for (const line of front.bylines) out.push(`  byline       ${line.text}`);
  out.push(
    `  ${stats.characters} characters, ${stats.lines} lines, ${stats.parts} parts, ${stats.sections} sections, ` +
      `${stats.paragraphs} paragraphs, ${stats.sentences} sentences`,
    '',
  );
  for (const part of model.parts) {
    const heading = part.heading ? part.heading.text : '(no heading in the text)';
    out.push(
      `  ${part.id.padEnd(10)} ${PART_KIND_LABEL[part.kind]} · ${heading}${countOf(part.intro.length, 'paragraph')}`,
    );
    for (const section of part.sections) {
      const title = section.heading ? section.heading.text : `${section.marker}(heading not in the text)`;
      out.push(`    ${section.id.padEnd(12)} ${title}${countOf(section.paragraphs.length, 'paragraph')}`);
    }
  }
  const warnings = model.diagnostics.filter((d) => d.severity === 'warning');
  out.push(
    '',
    warnings.length === 0 ? 'no warnings' : `${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`,
  );
  for (const warning of warnings) out.push(`  ${formatDiagnostic(file, warning)}`);
  return out.join('\n');
}

/** `file:line: severity: message`, with the line 1-based as editors count. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line + 1}: ${diagnostic.severity}: ${diagnostic.message}`;
}

function countOf(n: number, noun: string): string {
  return n === 0 ? '' : `  [${n} ${noun}${n === 1 ? '' : 's'}]`;
}
