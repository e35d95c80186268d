import type { Lang } from './index.js';

/** Sentences about files: failed writes, the edit lock, the journal folder's safety and the entries' times. */
export const da = {
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
};

export type IoMessages = typeof da;

export const en: IoMessages = {
  output: {
    intoJournal: (file, dir) => `--output: ${file} is in the journal folder ${dir}; only beredskab log writes the journal, and nothing else goes into it. Choose another folder`,
  },
  write: {
    noSpace: (file, code) => `there is no space left on the disk for ${file} (${code}); nothing was written, and the file is as it was`,
    failed: (file, code) => `could not write ${file} (${code}); nothing was written, and the file is as it was`,
    noSpaceNew: (file, code) => `there is no space left on the disk for ${file} (${code}); the file was not created`,
    failedNew: (file, code) => `could not create ${file} (${code}); nothing was written`,
    journalNoSpace: (file, code) => `there is no space left on the disk for the journal ${file} (${code}); the entry was not written`,
  },
  journal: {
    missingDir: (dir) => `the journal folder ${dir} does not exist; give the right one with --journal or BEREDSKAB_JOURNAL`,
    noDefault: (dir) => `beredskab: there is no journal folder (${dir}); the report has no activations. If the journal is elsewhere, give it with --journal`,
    notADir: (dir) => `${dir} is not a folder; give the journal's folder with --journal or BEREDSKAB_JOURNAL`,
    openToOthers: (dir, mode) =>
      `the journal folder ${dir} can be written by others (mode ${mode}), so someone else may have changed the journal; not used. Fix it with chmod go-w ${dir}`,
    notOwn: (dir, owner) => `the journal folder ${dir} belongs to another user (uid ${owner}), so others may have changed it; not used`,
    skipped: (file) => `skipping ${file}: not a regular file (a FIFO, a device, a folder or a link)`,
    tooLarge: (size, max) => `the file is too large (${size} bytes; at most ${max})`,
    notRegular: () => `it is not a regular file (a FIFO, a device, a folder or a link)`,
    openUnknown: (files) => `which activation is open cannot be told: ${files.join(', ')} cannot be read (see above); give --activation ID`,
    beforeStart: (at, start, id) => `the time ${at} is before activation ${id} started (${start}); correct --at`,
    future: (at, now) => `the time ${at} is in the future (the clock says ${now}); correct --at`,
  },
};

export function ioMessages(lang: Lang): IoMessages {
  return lang === 'en' ? en : da;
}
