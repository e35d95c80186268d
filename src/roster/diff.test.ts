import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChange } from './change-rules.js';
import { diffRosters } from './diff.js';
import { loadRoster } from './load.js';
import type { Roster } from './schema.js';

const SHIPPED = readFileSync(new URL('../../roster.yaml', import.meta.url), 'utf8');
const load = (text: string): Roster => loadRoster(new TextEncoder().encode(text), { file: 'r.yaml' }).roster!;
const before = load(SHIPPED);
const withAnne = (title: string) =>
  SHIPPED.replace('revision: 1', 'revision: 2')
    .replace('  - id: jorgen-lajer\n    name: Jørgen Lajer\n    title: Lokalinspektør', `  - id: anne\n    name: Anne Andersen\n    title: ${title}`)
    .replace('    - person: jorgen-lajer\n', '    - person: anne\n')
    .replace(', jorgen-lajer]', ', anne]')
    .replace('  - person: jorgen-lajer\n', '  - person: anne\n');

describe('a replacement', () => {
  it.each([
    ['the same title', 'Lokalinspektør'],
    ['a new title', 'Driftschef'],
  ])('with %s is told as one change; the duties passing on are part of it', (_, title) => {
    const changes = diffRosters(before, load(withAnne(title)));
    expect(changes.filter((c) => c.kind !== 'signatories-changed')).toEqual([
      { kind: 'person-replaced', id: 'anne', name: 'Anne Andersen', title, organisation: 'Lejerbo', previous: 'Jørgen Lajer' },
    ]);
  });
});

describe('successor-missing', () => {
  const removeMember = (text: string, id: string) => text.replace('revision: 1', 'revision: 2').replace(`    - person: ${id}\n`, '');
  it('when nobody from the organisation is left in the group', () => {
    const after = load(removeMember(SHIPPED, 'jorgen-lajer'));
    expect(checkChange(before, after, undefined).map((f) => f.code)).toContain('successor-missing');
  });
  it('not while someone from the organisation still sits in the group', () => {
    const withPia = SHIPPED.replace('    - person: jorgen-lajer\n', '    - person: jorgen-lajer\n    - person: pia-hesselvig\n');
    const after = load(removeMember(withPia, 'jorgen-lajer'));
    expect(checkChange(load(withPia), after, undefined).map((f) => f.code)).not.toContain('successor-missing');
  });
});
