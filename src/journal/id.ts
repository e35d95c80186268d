/**
 * yyyy-mm-ddTHHMM in the roster's zone, the level, "-drill" for a drill, four random hex digits. Sorts by the time of
 * activation, never contains user text, and is safe as a file name. Apart from the journal's schema, so that what only
 * needs to know a journal file's name does not build the schema.
 */
export const ACTIVATION_ID = /^\d{4}-\d{2}-\d{2}T\d{4}-(green|yellow|red)(-drill)?-[0-9a-f]{4}$/;

export function isActivationId(value: string): boolean {
  return ACTIVATION_ID.test(value);
}

export function isDrillId(id: string): boolean {
  return ACTIVATION_ID.exec(id)?.[2] !== undefined;
}
