/** Which address ends the report (src/model/closing.ts): the call to strive, not a part's thanks or a cut-off text. */
import { describe, expect, it } from 'vitest';
import { isReportClosing } from '../../src/model/closing.ts';
import { foldWidth } from '../../src/text/fold.ts';

const closing = (...paragraphs: string[]) => isReportClosing(paragraphs.map(foldWidth));

describe('isReportClosing', () => {
  it.each([
    [['各位代表！蓝图已经绘就，实干创造未来。让我们……为强国建设、民族复兴伟业作出新的更大贡献！']],
    [['各位代表！', '奋斗铸就辉煌，实干赢得未来。我们要……不懈奋斗！']],
    [['各位代表，奋斗成就伟业，实干创造辉煌。让我们……作出更大贡献！']],
    [['各位代表！让我们……奋发有为、勇毅前行，再创新的辉煌。']],
    [['各位代表！让我们……开拓进取！', '（完）']],
  ])('a call to strive: %j', (paragraphs) => expect(closing(...paragraphs)).toBe(true));

  it.each([
    // A part's thanks.
    [['各位代表！成绩来之不易。……向海外侨胞和国际友人，表示衷心的感谢！']],
    // A part's review of national defence, or its closing on the government's own work.
    [['各位代表，过去一年，国防和军队建设取得新成效，拥军优属等工作扎实推进。']],
    [['各位代表！', '新征程新使命，对政府工作提出了新的更高要求。', '深入推进依法行政。完善政务公开制度。']],
    // A text cut off mid-sentence.
    [['各位代表！奋斗成就伟业，实干创造辉煌。让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚定信心']],
    // The address alone.
    [['各位代表！']],
  ])('not the report’s closing: %j', (paragraphs) => expect(closing(...paragraphs)).toBe(false));
});
