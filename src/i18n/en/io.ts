import type { IoMessages } from '../da/io.js';
import { lazy } from '../lazy.js';

/** Sentences about files: failed writes, the edit lock, the journal folder's safety and the entries' times. */

const table = (): IoMessages => ({
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
});

export const en = lazy(table);
