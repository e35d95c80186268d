import { lazy } from '../lazy.js';

/** Sentences about files: failed writes, the edit lock, the journal folder's safety and the entries' times. */

const table = () => ({
  output: {
    intoJournal: (file: string, dir: string) =>
      `--output: ${file} ligger i journalmappen ${dir}; journalen skrives kun af beredskab log, og intet andet lægges i den. Vælg en anden mappe`,
  },
  write: {
    noSpace: (file: string, code: string) => `der er ikke plads på disken til ${file} (${code}); intet er skrevet, og filen er som før`,
    failed: (file: string, code: string) => `kunne ikke skrive ${file} (${code}); intet er skrevet, og filen er som før`,
    noSpaceNew: (file: string, code: string) => `der er ikke plads på disken til ${file} (${code}); filen er ikke oprettet`,
    failedNew: (file: string, code: string) => `kunne ikke oprette ${file} (${code}); intet er skrevet`,
    journalNoSpace: (file: string, code: string) => `der er ikke plads på disken til journalen ${file} (${code}); indførslen er ikke skrevet`,
  },
  journal: {
    missingDir: (dir: string) => `journalmappen ${dir} findes ikke; angiv den rigtige med --journal eller BEREDSKAB_JOURNAL`,
    noDefault: (dir: string) => `beredskab: der er ingen journalmappe (${dir}); rapporten har ingen aktiveringer. Ligger journalen et andet sted, så angiv den med --journal`,
    notADir: (dir: string) => `${dir} er ikke en mappe; angiv journalens mappe med --journal eller BEREDSKAB_JOURNAL`,
    openToOthers: (dir: string, mode: string) =>
      `journalmappen ${dir} kan skrives af andre (tilstand ${mode}), så en anden kan have ændret journalen; bruges ikke. Ret det med chmod go-w ${dir}`,
    notOwn: (dir: string, owner: number) => `journalmappen ${dir} tilhører en anden bruger (uid ${owner}), så den kan være ændret af andre; bruges ikke`,
    skipped: (file: string) => `springer ${file} over: ikke en almindelig fil (en FIFO, en enhed, en mappe eller et link)`,
    tooLarge: (size: string, max: string) => `filen er for stor (${size} byte; højst ${max})`,
    notRegular: () => `det er ikke en almindelig fil (en FIFO, en enhed, en mappe eller et link)`,
    openUnknown: (files: string[]) =>
      `det kan ikke afgøres, hvilken aktivering der er åben: ${files.join(', ')} kan ikke læses (se ovenfor); angiv --activation ID`,
    beforeStart: (at: string, start: string, id: string) => `tidspunktet ${at} ligger før aktiveringen ${id} startede (${start}); ret --at`,
    future: (at: string, now: string) => `tidspunktet ${at} ligger i fremtiden (klokken er ${now}); ret --at`,
  },
});

export const da = lazy(table);

export type IoMessages = ReturnType<typeof da>;
