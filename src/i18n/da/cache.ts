import type { Lang } from './index.js';

/** Sentences of the parsed-roster cache (`--no-cache`, `lint --cache`). */
export const da = {
  cli: {
    noCache: 'læs planfilen forfra uden at bruge eller gemme den læste udgave (også BEREDSKAB_CACHE=off)',
    cache: 'brug cachen over læste planfiler, og sig til, hvis den ikke kan bruges (den bruges altid, medmindre den er slået fra)',
    cacheLocation: 'mappen til cachen (standard: $XDG_CACHE_HOME/beredskab, ellers ~/.cache/beredskab)',
  },
  emptyLocation: () => `--cache-location: tom værdi; angiv en mappe, eller udelad tilvalget`,
  cacheOff: () => `--cache og --cache-location kan ikke bruges, når cachen er slået fra med --no-cache eller BEREDSKAB_CACHE`,
  unusable: (dir: string, reason: string) => `advarsel: cachen ${dir} kan ikke bruges (${reason}); planfilerne kontrolleres uden den`,
  notDirectory: 'ikke en mappe',
  notOwn: 'mappen tilhører en anden bruger',
  openToOthers: 'andre kan skrive i mappen; angiv en mappe, kun du kan skrive i',
};

export type CacheMessages = typeof da;

export const en: CacheMessages = {
  cli: {
    noCache: 'read the roster afresh, neither using nor keeping the parsed copy (also BEREDSKAB_CACHE=off)',
    cache: 'use the cache of parsed rosters and say so if it cannot be used (it is always used unless turned off)',
    cacheLocation: 'the directory of the cache (default: $XDG_CACHE_HOME/beredskab, else ~/.cache/beredskab)',
  },
  emptyLocation: () => `--cache-location: empty value; give a directory, or leave the option out`,
  cacheOff: () => `--cache and --cache-location cannot be used when the cache is turned off by --no-cache or BEREDSKAB_CACHE`,
  unusable: (dir: string, reason: string) => `warning: the cache ${dir} cannot be used (${reason}); the rosters are checked without it`,
  notDirectory: 'not a directory',
  notOwn: 'the directory belongs to another user',
  openToOthers: 'others can write to the directory; name one only you can write to',
};

export function cacheMessages(lang: Lang): CacheMessages {
  return lang === 'en' ? en : da;
}
