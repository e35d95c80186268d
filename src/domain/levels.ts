import type { LevelId } from '../roster/schema.js';

const NAMES: Record<string, LevelId> = {
  green: 'green',
  yellow: 'yellow',
  red: 'red',
  grøn: 'green',
  gul: 'yellow',
  rød: 'red',
  groen: 'green',
  roed: 'red',
  // As a Dane says it before "niveau": rødt, gult, grønt.
  grønt: 'green',
  gult: 'yellow',
  rødt: 'red',
  groent: 'green',
  roedt: 'red',
};

/** green|yellow|red and the Danish grøn|gul|rød or grønt|gult|rødt, in any case. */
export function parseLevel(value: string): LevelId | undefined {
  return NAMES[value.trim().toLowerCase()];
}
