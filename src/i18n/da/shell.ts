import { lazy } from '../lazy.js';

/** The command shell's own sentences: output files, git versions, option values, the roster chosen. */

const table = () => ({
  output: {
    empty: () => `--output: tom værdi; angiv en fil, eller - for standardoutput`,
    isInput: (file: string) => `--output: ${file} er en af de filer, kommandoen læser; vælg en anden fil, så planfilen ikke overskrives`,
    isDirectory: (file: string) => `--output: ${file} er en mappe; angiv en fil`,
    yaml: (file: string) =>
      `--output: ${file} er et YAML-filnavn, som planfiler har; ingen kommando skriver YAML, og en planfil overskrives aldrig af et udtræk. Vælg et andet filnavn (fx med .html, .csv, .ics, .md eller .docx). Intet er skrevet`,
    stdout: 'standardoutput',
    wrote: (file: string, detail?: string) => `Skrev ${file}${detail ? ` (${detail})` : ''}`,
  },
  git: {
    badRef: (ref: string) => `"${ref}" er ikke en git-ref; en ref kan ikke være tom eller begynde med -`,
    noSuchRef: (ref: string) => `der er ingen commit ved "${ref}"`,
    outside: (spec: string, root: string) => `${spec}: filen ligger uden for git-arkivet ${root}`,
    baseAndPrevious: () => `--base og --previous kan ikke bruges sammen; vælg én tidligere version at sammenligne med`,
    previousInvalid: (name: string) =>
      `den tidligere version ${name} kunne ikke læses som planfil (se fejlene ovenfor); ændringen kan ikke kontrolleres`,
  },
  option: {
    empty: (option: string) => `${option}: tom værdi; udelad tilvalget eller giv det en værdi`,
    emptyEnv: (name: string) => `${name} er sat, men tom; fjern den (unset ${name}) eller angiv en fil`,
    emptyFile: () => `et filnavn er tomt (""); angiv en fil`,
  },
  roster: {
    shipped: (path: string) => `bruger den medfølgende plan for Randers (${path}); ingen --roster, BEREDSKAB_ROSTER eller ./roster.yaml`,
    waiting: (name: string) => `venter på data fra ${name} (et rør eller en FIFO); afbryd med Ctrl-C`,
  },
  at: {
    offset: (value: string) => `--at: "${value}" har en forskydning uden for -14:00 … +14:00 eller med minutter over 59`,
    range: (value: string) => `--at: "${value}" ligger uden for årene 1900–2200`,
  },
  plan: {
    expired: (end: string, when: string) =>
      `ADVARSEL: planens periode sluttede ${end}; ${when} ligger efter. Kontakter og regler kan være forældede – find den gældende plan`,
    notStarted: (start: string, when: string) =>
      `ADVARSEL: planens periode begynder først ${start}; ${when} ligger før. Kontroller at det er den gældende plan`,
  },
  help: {
    unknown: (name: string) => `der er ingen kommando ${name}; se beredskab --help`,
  },
});

export const da = lazy(table);

export type ShellMessages = ReturnType<typeof da>;
