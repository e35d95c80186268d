import type { HelpMessages } from '../da/help.js';

/** The words commander puts into help texts itself: placeholders, choices and defaults. */

export const en: HelpMessages = {
  words: {},
  choices: (list: string) => `choices: ${list}`,
  default: (value: string) => `default: ${value}`,
};
