import type { Roster } from './schema.js';

/** The command that fills a blank: `person set koordinator --name NAVN`, with the placeholder named by `value`. */
export interface BlankFill {
  /** The id of the entry the blank belongs to ("plan" for the plan's own fields). */
  id: string;
  /** The command after `beredskab`, up to the option: "person set koordinator". */
  command: string;
  option: string;
  value: 'name' | 'title' | 'phone' | 'email' | 'area' | 'text';
}

const FIELDS: Record<string, BlankFill['value']> = { name: 'name', title: 'title', phone: 'phone', email: 'email' };

/** The command for a blank at `path`, where there is one. */
export function blankFill(roster: Roster, path: ReadonlyArray<string | number>): BlankFill | undefined {
  const [section, index, field] = path;
  const value = typeof field === 'string' ? FIELDS[field] : undefined;
  if (section === 'people' && typeof index === 'number' && value) {
    const id = roster.people[index]?.id;
    return id ? { id, command: `person set ${id}`, option: `--${field}`, value } : undefined;
  }
  if (section === 'organisations' && typeof index === 'number' && field === 'name') {
    const id = roster.organisations[index]?.id;
    return id ? { id, command: `organisation set ${id}`, option: '--name', value: 'name' } : undefined;
  }
  if (section === 'hotlines' && typeof index === 'number' && (field === 'name' || field === 'phone')) {
    const id = roster.hotlines[index]?.id;
    return id ? { id, command: `hotline set ${id}`, option: `--${field}`, value: field } : undefined;
  }
  if (section === 'plan' && index === 'areas') return { id: 'plan', command: 'plan set', option: '--area', value: 'area' };
  if (section === 'plan' && (index === 'title' || index === 'municipality')) return { id: 'plan', command: 'plan set', option: `--${index}`, value: index === 'title' ? 'title' : 'name' };
  if (section === 'activation' && index === 'chains' && typeof field === 'number' && (path[3] === 'title' || path[3] === 'purpose')) {
    const id = roster.activation.chains[field]?.id;
    return id ? { id, command: `chain set ${id}`, option: `--${path[3]}`, value: 'text' } : undefined;
  }
  return undefined;
}
