/**
 * Reads every report before Astro renders a page, so unusable input stops the build with one
 * clear `file:line: what is wrong` line instead of a stack trace from inside a page, and the
 * parser's warnings are printed once per build.
 */
import type { AstroIntegration } from 'astro';
import { ReportInputError, loadReports, reportsDir } from '../model/load.ts';
import { formatDiagnostic } from '../model/summary.ts';

export function reports(): AstroIntegration {
  return {
    name: 'report-explorer:reports',
    hooks: {
      'astro:build:start': ({ logger }) => {
        try {
          for (const report of loadReports(reportsDir())) {
            const warnings = report.model.diagnostics.filter((d) => d.severity === 'warning');
            logger.info(`${report.slug}: ${report.model.stats.paragraphs} paragraphs, ${warnings.length} warnings`);
            for (const warning of warnings) logger.warn(formatDiagnostic(report.file, warning));
          }
        } catch (error) {
          if (!(error instanceof ReportInputError)) throw error;
          // Straight to stderr: the one line must show even under `astro build --silent`.
          process.stderr.write(`${error.message}\n`);
          process.exit(1);
        }
      },
    },
  };
}
