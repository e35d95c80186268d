import type { HelpMessages } from '../da/help.js';
import { lazy } from '../lazy.js';

/** The words commander puts into help texts itself: placeholders, choices and defaults. */

const table = (): HelpMessages => ({
  words: {},
  choices: (list: string) => `choices: ${list}`,
  default: (value: string) => `default: ${value}`,
});

export const en = lazy(table);
