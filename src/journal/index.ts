/** The activation journal: events as a zod schema, append and read. Nothing here renders or reads a roster. */
export * from './schema.js';
export * from './store.js';
export * from './summary.js';
