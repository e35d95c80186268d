import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown.js';

describe('markdownText', () => {
  it.each([
    ['Claus Hansen', 'Claus Hansen'],
    ['a|b', 'a\\|b'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['Vagt <b>&amp;</b>', 'Vagt \\<b\\>\\&amp;\\</b\\>'],
    ['*fed* _kursiv_ `kode` ~streg~', '\\*fed\\* \\_kursiv\\_ \\`kode\\` \\~streg\\~'],
    ['[link](http://x) ![billede](y)', '\\[link\\](http://x) \\!\\[billede\\](y)'],
    ['# ikke en overskrift', '\\# ikke en overskrift'],
    ['Linje\nSkift', 'Linje Skift'],
    ['Linje\r\n# overskrift', 'Linje \\# overskrift'],
    ['- ikke en liste', '\\- ikke en liste'],
    ['+ heller ikke', '\\+ heller ikke'],
    ['2025. ikke en nummereret liste', '2025\\. ikke en nummereret liste'],
    ['1) heller ikke', '1\\) heller ikke'],
    ['=== ', '\\=== '],
    ['a\\b', 'a\\\\b'],
    ['42 14 86 00', '42 14 86 00'],
    ['Børne- og ungecenter', 'Børne- og ungecenter'],
  ])('%j → %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });
});
