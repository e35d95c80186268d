import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, run by one `vitest run` (`npm test`):
 *
 * - `utc`: every unit test (`src/**`) and every end-to-end test that runs the commands in-process through main()
 *   (`tests/*.test.ts`), under TZ=UTC.
 * - `kiritimati`: the tests of the code that turns a moment or a day into Copenhagen time and words, again under
 *   TZ=Pacific/Kiritimati (UTC+14, the far side of the date line): everything under src/domain, src/journal and
 *   src/render, the parsers of dates on the command line, and the end-to-end tests of the commands whose answer is
 *   a time or a day (activate, deadline, drill, log, invite, sign/approve, status-report). A new test
 *   that computes or prints a date belongs in one of these files or in the list below.
 * - `once`: what runs a browser (`*.browser.test.ts`: headless Chromium) or real processes as a whole
 *   (`*.process.test.ts`: the installed package, the bin's start-up, the drill in a pseudo-terminal, journal writers
 *   side by side), once, under TZ=UTC; the machine's own zone would make no difference to them. Also the files that
 *   replace a module with `vi.mock`, which need a module graph of their own.
 *
 * `utc` and `kiritimati` share the loaded modules between the files a worker runs (`isolate: false`): loading the
 * program once per worker rather than once per file is most of what an in-process test costs. A test there must
 * leave no state behind (no mocks, nothing in process.env that another test reads); `once` isolates every file.
 */
const ISOLATED = ['tests/**/*.browser.test.ts', 'tests/**/*.process.test.ts', 'src/io/atomic.test.ts'];

const ZONE = [
  'src/domain/**/*.test.ts',
  'src/journal/**/*.test.ts',
  'src/render/**/*.test.ts',
  'src/cli/signing-dates.test.ts',
  'tests/activate.test.ts',
  'tests/drill.test.ts',
  'tests/invite.test.ts',
  'tests/journal.test.ts',
  'tests/signing.test.ts',
  'tests/status-report.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    // Two workers at least: most of an end-to-end test's time is spent waiting (git, a child, Chromium), so on a
    // 2-core machine two workers finish sooner than vitest's default of one (the cores less one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'utc', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: ISOLATED, env: { TZ: 'UTC' }, isolate: false },
      },
      {
        extends: true,
        test: { name: 'kiritimati', include: ZONE, exclude: ISOLATED, env: { TZ: 'Pacific/Kiritimati' }, isolate: false },
      },
      {
        extends: true,
        test: { name: 'once', include: ISOLATED, env: { TZ: 'UTC' }, testTimeout: 60_000 },
      },
    ],
  },
});
