import { lazy } from '../lazy.js';

/** Sentences of the parsed-roster cache (`--no-cache`, `lint --cache`). */

const table = () => ({
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
});

export const da = lazy(table);

export type CacheMessages = ReturnType<typeof da>;
