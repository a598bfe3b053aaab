/** Where glossary terms are marked (src/model/glossary.ts) and how the annotation links them. */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { annotateParagraph } from '../../src/annotate/index.ts';
import { textOf } from '../../src/annotate/tree.ts';
import { glossaryMarks } from '../../src/model/glossary.ts';
import { parseReport } from '../../src/model/parse.ts';
import { paragraphs } from '../../src/model/walk.ts';

const REPORT = [
  '一、2025年工作回顾',
  '（一）产业',
  '培育新质生产力，新质生产力加快成长。推进“六横六纵”水网建设。',
  '新质生产力再上台阶。',
  '（二）开放',
  '“一带一路”合作深化，新质生产力不断壮大。',
  '二、2026年工作安排',
  '发展新质生产力，推进“一带一路”建设与“一带一路”科技合作。建设“１＋Ｎ”平台。',
  '名词解释',
  '1.新质生产力：以创新起主导作用的先进生产力。',
  '2.“六横六纵”现代化水网体系：由六条横向、六条纵向骨干通道组成的水网。',
  '3.“一带一路”：丝绸之路经济带和21世纪海上丝绸之路。',
  '4.“一带一路”科技合作：科技领域的合作。',
  '5.“1+N”平台：一个总平台加若干专业平台。',
  '6.这一条没有冒号。',
  '',
].join('\n');
const model = parseReport(REPORT);
const marks = glossaryMarks(model);
const marked = (pageId: string) => marks.filter((m) => m.pageId === pageId).map((m) => REPORT.slice(m.start, m.end));

describe('glossaryMarks', () => {
  it('reads the glossary as an appendix of six entries, five with terms', () => {
    expect(model.appendices.map((a) => [a.kind, a.entries.length])).toEqual([['glossary', 6]]);
  });

  it('marks each term’s first occurrence on each page, never the glossary itself', () => {
    expect(marked('review-s1')).toEqual(['新质生产力', '“六横六纵”']);
    expect(marked('review-s2')).toEqual(['“一带一路”', '新质生产力']);
    expect(marks.every((m) => !m.pageId.startsWith('appendix'))).toBe(true);
  });

  it('prefers the longer term and never overlaps two marks', () => {
    expect(marked('plan')).toEqual(['新质生产力', '“一带一路”', '“一带一路”科技合作', '“１＋Ｎ”平台']);
    const plan = marks.filter((m) => m.pageId === 'plan');
    for (const [i, m] of plan.entries()) for (const n of plan.slice(i + 1)) expect(m.end <= n.start).toBe(true);
  });

  it('names the entry, its appendix, the paragraph and the sentence of each mark', () => {
    const [first] = marks;
    expect(first).toMatchObject({
      entryId: 'appendix1-e1',
      appendixId: 'appendix1',
      term: '新质生产力',
      paragraphId: 'review-s1-p1',
      sentenceId: 'review-s1-p1-s1',
    });
    const waterway = marks.find((m) => m.entryId === 'appendix1-e2');
    expect(waterway?.sentenceId).toBe('review-s1-p1-s2');
  });

  it('tries every whole term before any quoted core, and never a core two entries share', () => {
    const text = [
      '一、工作回顾',
      '推进省属国有企业“1+8”重点领域改革，落实“1+8”工作方案。',
      '名词解释',
      '1.巩固拓展脱贫攻坚成果“1+8”工作方案：一个总体方案加八个专项方案。',
      '2.省属国有企业“1+8”重点领域改革：一项总体改革加八个重点领域。',
      '',
    ].join('\n');
    const found = glossaryMarks(parseReport(text)).map((m) => [m.entryId, text.slice(m.start, m.end)]);
    expect(found).toEqual([['appendix1-e2', '省属国有企业“1+8”重点领域改革']]);
  });

  it('marks nothing in a report without a glossary', () => {
    expect(glossaryMarks(parseReport('一、工作回顾\n新质生产力加快成长。\n'))).toEqual([]);
  });
});

describe('glossary terms in the annotated text', () => {
  it('links each mark to its entry, described by its definition, and keeps the text', () => {
    for (const { paragraph } of paragraphs(model)) {
      const links = marks
        .filter((m) => m.paragraphId === paragraph.id)
        .map((m) => ({ start: m.start, end: m.end, entryId: m.entryId, href: `/r/appendix1/#${m.entryId}` }));
      const tree = annotateParagraph(paragraph, [], links);
      expect(textOf(tree)).toBe(paragraph.text);
      const anchors: Element[] = [];
      visit(tree, 'element', (node) => {
        if (node.tagName === 'a') anchors.push(node);
      });
      expect(anchors.map((a) => [textOf(a), a.properties.href, a.properties.ariaDescribedBy])).toEqual(
        links.map((l) => [REPORT.slice(l.start, l.end), l.href, [`def-${l.entryId}`]]),
      );
    }
  });
});

describe('a glossary entry', () => {
  it('holds its term in a <dfn>, and an entry without a term has none', () => {
    const dfns = model.appendices[0]?.entries.map((entry) => {
      const found: string[] = [];
      visit(annotateParagraph(entry, []), 'element', (node) => {
        if (node.tagName === 'dfn') found.push(textOf(node));
      });
      return found;
    });
    expect(dfns).toEqual([
      ['新质生产力'],
      ['“六横六纵”现代化水网体系'],
      ['“一带一路”'],
      ['“一带一路”科技合作'],
      ['“1+N”平台'],
      [],
    ]);
  });
});
