import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyOps, YamlEditError, type Op } from './yamledit.js';

const SOURCE = `# head comment
revision: 1   # bumped by every edit
people:
  # the first person
  - id: a
    name: "Anne"
    phone: '11 22 33 44'

  - id: b
    name: Bo
list: [a, b]
folded: >-
  a long text that yaml would refold
  if it were stringified as a whole
flow: { da: Grønt, en: Green }
`;

describe('applyOps changes only the lines of the edit', () => {
  const cases: Array<[string, Op[], string]> = [
    ['a scalar keeps its line comment', [{ op: 'set', path: ['revision'], value: 2 }], SOURCE.replace('revision: 1 ', 'revision: 2 ')],
    ['a double-quoted scalar stays double-quoted', [{ op: 'set', path: ['people', 0, 'name'], value: 'Åse "Å" Ørum' }], SOURCE.replace('"Anne"', '"Åse \\"Å\\" Ørum"')],
    ['a single-quoted scalar stays single-quoted', [{ op: 'set', path: ['people', 0, 'phone'], value: '55 66 77 88' }], SOURCE.replace("'11 22 33 44'", "'55 66 77 88'")],
    ['a plain scalar that needs quotes gets them', [{ op: 'set', path: ['people', 1, 'name'], value: 'yes: no' }], SOURCE.replace('name: Bo', 'name: "yes: no"')],
    ['a new key goes after the last one of its mapping', [{ op: 'set', path: ['people', 1, 'email'], value: 'bo@example.dk' }], SOURCE.replace('name: Bo\n', 'name: Bo\n    email: bo@example.dk\n')],
    ['a new phone is written quoted', [{ op: 'set', path: ['people', 1, 'phone'], value: '31313131' }], SOURCE.replace('name: Bo\n', 'name: Bo\n    phone: "31313131"\n')],
    ['an item is appended to a block sequence', [{ op: 'append', path: ['people'], value: { id: 'c', phone: '40404040' } }], SOURCE.replace('name: Bo\n', 'name: Bo\n  - id: c\n    phone: "40404040"\n')],
    ['an item is appended to a flow sequence', [{ op: 'append', path: ['list'], value: 'c' }], SOURCE.replace('[a, b]', '[a, b, c]')],
    ['an item is replaced in place', [{ op: 'put', path: ['people', 1], value: { id: 'c', name: 'Cy' } }], SOURCE.replace('  - id: b\n    name: Bo\n', '  - id: c\n    name: Cy\n')],
    ['an item is inserted after another', [{ op: 'put', path: ['people', 0], value: { id: 'c' }, after: true }], SOURCE.replace("'11 22 33 44'\n", "'11 22 33 44'\n  - id: c\n")],
    ['a block item is removed with its lines', [{ op: 'delete', path: ['people', 1] }], SOURCE.replace('  - id: b\n    name: Bo\n', '')],
    ['a flow item is removed', [{ op: 'delete', path: ['list', 0] }], SOURCE.replace('[a, b]', '[b]')],
    ['a key is removed with its line', [{ op: 'delete', path: ['people', 0, 'phone'] }], SOURCE.replace("    phone: '11 22 33 44'\n", '')],
    ['a value in a flow mapping', [{ op: 'set', path: ['flow', 'en'], value: 'GREEN' }], SOURCE.replace('en: Green', 'en: GREEN')],
  ];
  it.each(cases)('%s', (_, ops, expected) => {
    expect(applyOps(SOURCE, ops)).toBe(expected);
  });

  it('a multi-line value is written as one double-quoted line', () => {
    expect(applyOps(SOURCE, [{ op: 'set', path: ['people', 1, 'name'], value: 'Bo\nBoesen' }])).toBe(SOURCE.replace('name: Bo', 'name: "Bo\\nBoesen"'));
  });

  it("the plan's text is written as a literal block, indented under its key, replacing a block or a one-line value", () => {
    const source = 'text:\n  - section: formaal\n    body:\n      da: |-\n        Gammel.\n\n        - punkt\n      en: One line.\nafter: 1\n';
    const out = applyOps(source, [
      { op: 'set', path: ['text', 0, 'body', 'da'], value: 'Ny tekst.\n\n{{niveauer}}' },
      { op: 'set', path: ['text', 0, 'body', 'en'], value: 'New.\n\nText.' },
    ]);
    expect(out).toBe('text:\n  - section: formaal\n    body:\n      da: |-\n        Ny tekst.\n\n        {{niveauer}}\n      en: |-\n        New.\n\n        Text.\nafter: 1\n');
  });

  it('several edits in a row keep the folded text and the comments', () => {
    const out = applyOps(SOURCE, [
      { op: 'set', path: ['revision'], value: 3 },
      { op: 'delete', path: ['people', 0] },
      { op: 'append', path: ['list'], value: 'z' },
    ]);
    expect(out).toContain('folded: >-\n  a long text that yaml would refold\n  if it were stringified as a whole\n');
    expect(out).toContain('# head comment\nrevision: 3   # bumped by every edit\n');
    expect(out).not.toContain('Anne');
  });

  it('a path that is not there is an error, not a guess', () => {
    expect(() => applyOps(SOURCE, [{ op: 'append', path: ['nothing'], value: 1 }])).toThrow(/missing: nothing/);
  });
});

describe('an anchor changes only the node the edit names', () => {
  const SHARED = `people:
  - id: a
    organisation: &politi politi
  - id: b
    organisation: *politi
group: &g
  members: [a, b]
copy: *g
`;
  const data = (text: string) => parseDocument(text).toJS() as { people: Array<{ organisation: string }>; copy: unknown };

  it('the anchored value is changed and its aliases keep the old one', () => {
    const out = applyOps(SHARED, [{ op: 'set', path: ['people', 0, 'organisation'], value: 'lejerbo' }]);
    expect(data(out).people.map((p) => p.organisation)).toEqual(['lejerbo', 'politi']);
    expect(out).toContain('organisation: &politi lejerbo\n  - id: b\n    organisation: politi\n');
  });

  it('an alias that is edited becomes a plain value', () => {
    const out = applyOps(SHARED, [{ op: 'set', path: ['people', 1, 'organisation'], value: 'lejerbo' }]);
    expect(data(out).people.map((p) => p.organisation)).toEqual(['politi', 'lejerbo']);
  });

  it('an edit inside an anchored collection leaves the copy as it was', () => {
    const out = applyOps(SHARED, [{ op: 'append', path: ['group', 'members'], value: 'c' }]);
    expect(parseDocument(out).toJS()).toMatchObject({ group: { members: ['a', 'b', 'c'] }, copy: { members: ['a', 'b'] } });
  });

  it('an edit through an alias changes the copy only', () => {
    const out = applyOps(SHARED, [{ op: 'append', path: ['copy', 'members'], value: 'c' }]);
    expect(parseDocument(out).toJS()).toMatchObject({ group: { members: ['a', 'b'] }, copy: { members: ['a', 'b', 'c'] } });
  });
});

describe('an edit changes only the bytes of what it edits', () => {
  it('keeps a byte-order mark', () => {
    expect(applyOps('\ufeffrevision: 1\nname: a\n', [{ op: 'set', path: ['revision'], value: 2 }])).toBe('\ufeffrevision: 2\nname: a\n');
  });

  it('keeps mixed line ends where nothing is edited, and gives new lines the line end before them', () => {
    const source = 'revision: 1\r\nname: a\nlist:\r\n  - x\r\n  - y\nend: 1\r\n';
    expect(applyOps(source, [{ op: 'set', path: ['revision'], value: 2 }])).toBe(source.replace('revision: 1', 'revision: 2'));
    expect(applyOps(source, [{ op: 'append', path: ['list'], value: 'z' }])).toBe('revision: 1\r\nname: a\nlist:\r\n  - x\r\n  - y\n  - z\nend: 1\r\n');
    expect(applyOps(source, [{ op: 'put', path: ['list', 0], value: 'w', after: true }])).toBe('revision: 1\r\nname: a\nlist:\r\n  - x\r\n  - w\r\n  - y\nend: 1\r\n');
  });

  it('adds lines to a file without a final line end, which still ends without one', () => {
    const source = 'revision: 1\npeople:\n  - id: a\n    name: A';
    expect(applyOps(source, [{ op: 'append', path: ['people'], value: { id: 'b' } }])).toBe(source + '\n  - id: b');
    expect(applyOps(source, [{ op: 'set', path: ['people', 0, 'email'], value: 'a@b.dk' }])).toBe(source + '\n    email: a@b.dk');
    expect(applyOps(source, [{ op: 'set', path: ['people', 0, 'name'], value: 'Ann' }])).toBe(source.replace('A', 'Ann'));
  });
});

describe('folded and literal texts', () => {
  const BLOCKS = 'people:\n  - id: a\n    title: >-\n      Bestyrelsesformand for den boligsociale helhedsplan og direktør for\n      Udvikling, Miljø og Teknik\n    phone: "1"\nnote: |\n  line one\n  line two\nend: 1\n';

  it('a folded text gets its new value folded, as far in as before', () => {
    const out = applyOps(BLOCKS, [{ op: 'set', path: ['people', 0, 'title'], value: 'Formand' }]);
    expect(out).toBe('people:\n  - id: a\n    title: >-\n      Formand\n    phone: "1"\nnote: |\n  line one\n  line two\nend: 1\n');
    const long = 'Formand for den boligsociale helhedsplan, direktør for Udvikling, Miljø og Teknik i Randers Kommune';
    expect(parseDocument(applyOps(BLOCKS, [{ op: 'set', path: ['people', 0, 'title'], value: long }])).toJS().people[0]).toEqual({ id: 'a', title: long, phone: '1' });
  });

  it('a literal text keeps its lines', () => {
    const out = applyOps(BLOCKS, [{ op: 'set', path: ['note'], value: 'one\ntwo\nthree\n' }]);
    expect(out).toBe(BLOCKS.replace('  line one\n  line two\n', '  one\n  two\n  three\n'));
  });
});

describe('why a change cannot be made', () => {
  it('names the path in the error the edit throws', () => {
    try {
      applyOps('list: 1\n', [{ op: 'append', path: ['list'], value: 2 }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YamlEditError);
      expect((error as YamlEditError).problem).toBe('not-a-sequence');
      expect((error as YamlEditError).path).toEqual(['list']);
    }
  });
});
