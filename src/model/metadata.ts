import { z } from 'zod';
import { excerptPlace } from './excerpt-place.ts';
import { type Level, LEVELS } from './level.ts';

/** `content/reports/<slug>/meta.json`: what the text itself does not say about the report. */
export const reportMetaSchema = z
  .object({
    title: z.string().min(1),
    city: z.string().min(1),
    year: z.number().int().min(1949).max(2100),
    /** ISO date the report was delivered; optional when the text's byline states it. */
    delivered: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
      .optional(),
    /** Optional when the text's speaker line states it (`北京市市长 殷勇`). */
    speaker: z.string().min(1).optional(),
    /** The speaker's office when delivering it (`代市长`). */
    speakerRole: z.string().min(1).optional(),
    /** The meeting it was delivered at. */
    occasion: z.string().min(1).optional(),
    /** Where this copy of the text comes from, as the first line of the text says. */
    sourceNote: z.string().min(1).optional(),
    /** Plain words on what this text covers and what it lacks. */
    coverage: z.object({
      covers: z.string().min(1),
      lacks: z.string().min(1),
    }),
    description: z.string().min(1).optional(),
    /** The government's level (src/model/level.ts); read from the meeting and office when left out. */
    level: z.enum(LEVELS).optional(),
    /**
     * For an excerpt: the full report's id of its first paragraph (`review-s3-p4`), so that its
     * ids and paragraph numbers are the full text's (src/model/excerpt-start.ts).
     */
    startsAt: z
      .string()
      .refine((id) => [undefined, 'closing'].includes(excerptPlace(id)?.zone) === false, {
        message: 'name a paragraph of the opening or of a part, e.g. review-s3-p4, plan-p2, review-c1, opening-p2',
      })
      .optional(),
    /** For an excerpt that ends early: the full report's id of its last paragraph (`plan-s1-p6`). */
    endsAt: z
      .string()
      .refine((id) => excerptPlace(id) !== null, {
        message: 'name a paragraph of the opening, a part or the closing, e.g. plan-s1-p6, review-c2, closing-p1',
      })
      .optional(),
  })
  .strict();

/** meta.json as written: the fields the front matter states may be left out. */
export type ReportMetaFile = z.infer<typeof reportMetaSchema>;

/** The report's metadata once the front matter has filled what meta.json leaves out. */
export type ReportMeta = ReportMetaFile & { delivered: string; speaker: string; level: Level };

/** Folder names become URL segments: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Validates parsed JSON, returning one readable line per problem. */
export function validateMeta(value: unknown): { ok: true; meta: ReportMetaFile } | { ok: false; problems: string[] } {
  const result = reportMetaSchema.safeParse(value);
  if (result.success) return { ok: true, meta: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
