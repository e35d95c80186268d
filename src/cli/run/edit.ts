/** The runner of every command that changes the roster (person, member, chain add …): src/cli/edit-roster.ts. */
export { runEdit } from '../edit-roster.js';
