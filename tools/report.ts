/**
 * `npm run report -- <file.txt> [--json]`: parses one report text and prints a summary with
 * coverage warnings, or (with --json) the whole model. Unusable input exits 1 with one line,
 * `file:line: what is wrong`; a usage mistake exits 2.
 */
import { ReportInputError, readReportText } from '../src/model/load.ts';
import { formatSummary } from '../src/model/summary.ts';

const USAGE = 'usage: npm run report -- <report.txt> [--json]';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const file = files[0] as string;
  try {
    const { model } = readReportText(file);
    process.stdout.write(json ? `${JSON.stringify(model, null, 2)}\n` : `${formatSummary(file, model)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ReportInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = main(process.argv.slice(2));
