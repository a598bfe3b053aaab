/**
 * The 10 real reports of ../shared/corpus against the gold that people wrote by reading them
 * (tests/fixtures/corpus/, schema in its README): structure exactly, year targets exactly, and
 * every node lossless. Reads the corpus from ../shared/corpus (CI has it beside the clone).
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, scoreCase } from '../../src/model/corpus.ts';
import { glossaryMarks } from '../../src/model/glossary.ts';
import { paragraphs } from '../../src/model/walk.ts';
import { foldWidth } from '../../src/text/fold.ts';

const cases = corpusCases();

describe('the corpus gold', () => {
  it('covers the ten corpus reports', () => expect(cases.map((c) => c.slug)).toHaveLength(10));

  describe.each(cases)('$slug', (c) => {
    const score = scoreCase(c);

    it('has the structure the gold marks: front lines, parts and roles, sections, closing, appendices', () =>
      expect(score.structure).toEqual([]));

    it('finds every year target with its value, range, unit, qualifier, relation and stretch', () => {
      expect(score.targets.missed.map((g) => g.text)).toEqual([]);
      expect(score.targets.spurious.map((t) => t.text)).toEqual([]);
      expect(score.targets.mismatches.map((m) => `${m.field}: ${m.gold.text}`)).toEqual([]);
    });

    it('loses nothing: the segments rebuild the text, every node is its exact slice', () => {
      expect(score.lossless).toBe(true);
    });

    it('marks every glossary term the text uses as written, and only terms or their quoted cores', () => {
      const { model } = score;
      const body = [...paragraphs(model)]
        .filter((place) => place.zone !== 'appendix')
        .map((place) => foldWidth(place.paragraph.text))
        .join('\n');
      const marks = glossaryMarks(model);
      for (const appendix of model.appendices.filter((a) => a.kind === 'glossary'))
        for (const entry of appendix.entries) {
          if (!entry.term) continue;
          const own = marks.filter((mark) => mark.entryId === entry.id);
          if (body.includes(foldWidth(entry.term))) expect(own.length, entry.term).toBeGreaterThan(0);
          for (const mark of own)
            expect(foldWidth(entry.term)).toContain(foldWidth(c.text.slice(mark.start, mark.end)));
        }
    });
  });
});
