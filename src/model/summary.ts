import type { Diagnostic, ReportModel } from './types.ts';
import { PART_KIND_LABEL } from './part-kind.ts';

/** The CLI's human summary of a model: structure, counts and coverage warnings. */
export function formatSummary(file: string, model: ReportModel): string {
  const out: string[] = [file];
  const { front, stats } = model;
  for (const line of front.lines) out.push(`  ${line.kind.padEnd(12)} ${line.text}`);
  if (front.opening.length > 0) out.push(`  opening     ${countOf(front.opening.length, 'paragraph')}`);
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
    if (part.closing.length > 0)
      out.push(`    ${`${part.id}-c`.padEnd(12)} closing block${countOf(part.closing.length, 'paragraph')}`);
  }
  if (model.closing.length > 0)
    out.push(`  ${'closing'.padEnd(10)} 结束语${countOf(model.closing.length, 'paragraph')}`);
  for (const appendix of model.appendices) {
    const name = [appendix.label?.text, appendix.heading?.text].filter(Boolean).join(' ');
    out.push(
      `  ${appendix.id.padEnd(10)} ${appendix.kind} · ${name || '(no heading)'}${countOf(appendix.entries.length, 'entr', 'y', 'ies')}`,
    );
  }
  for (const line of model.trailing) out.push(`  ${line.id.padEnd(10)} ${line.text}`);
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

function countOf(n: number, stem: string, one = '', many = 's'): string {
  return n === 0 ? '' : `  [${n} ${stem}${n === 1 ? one : many}]`;
}
