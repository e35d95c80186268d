import type { Lang } from './index.js';

/** Sentences of `lint --cache`. */
export const da = {
  cli: {
    cache: 'gem de læste planfiler, så en uændret fil ikke skal læses forfra næste gang',
    cacheLocation: 'mappen til --cache (standard: node_modules/.cache/beredskab, ellers ~/.cache/beredskab)',
  },
  emptyLocation: () => `--cache-location: tom værdi; angiv en mappe, eller udelad tilvalget`,
  locationWithoutCache: () => `--cache-location bruges kun sammen med --cache; tilføj --cache`,
  unusable: (dir: string, reason: string) => `advarsel: cachen ${dir} kan ikke bruges (${reason}); planfilerne kontrolleres uden den`,
  notDirectory: 'ikke en mappe',
  notOwn: 'mappen tilhører en anden bruger',
  openToOthers: 'andre kan skrive i mappen; angiv en mappe, kun du kan skrive i',
};

export type CacheMessages = typeof da;

export const en: CacheMessages = {
  cli: {
    cache: 'keep the rosters read, so that an unchanged file is not read afresh next time',
    cacheLocation: 'the directory for --cache (default: node_modules/.cache/beredskab, else ~/.cache/beredskab)',
  },
  emptyLocation: () => `--cache-location: empty value; give a directory, or leave the option out`,
  locationWithoutCache: () => `--cache-location is only used with --cache; add --cache`,
  unusable: (dir: string, reason: string) => `warning: the cache ${dir} cannot be used (${reason}); the rosters are checked without it`,
  notDirectory: 'not a directory',
  notOwn: 'the directory belongs to another user',
  openToOthers: 'others can write to the directory; name one only you can write to',
};

export function cacheMessages(lang: Lang): CacheMessages {
  return lang === 'en' ? en : da;
}
