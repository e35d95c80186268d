import type { CacheMessages } from '../da/cache.js';
import { lazy } from '../lazy.js';

/** Sentences of the parsed-roster cache (`--no-cache`, `lint --cache`). */

const table = (): CacheMessages => ({
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
});

export const en = lazy(table);
