/**
 * Escaping for XML and HTML built as strings (chart SVGs, the sitemap): the one place it is done.
 * All five special characters become entities, so the result is safe both as text and as an
 * attribute value in either quotes. `&#39;` rather than `&apos;`, which HTML 4 lacks.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content or an attribute value, escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
