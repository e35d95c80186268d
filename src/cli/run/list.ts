import type { Command } from 'commander';
import { listMessages } from '../../i18n/edit.js';
import { pick, type Lang } from '../../i18n/index.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { terminalSafe } from '../../render/escape.js';
import { displayPhone } from '../../roster/phone.js';
import { loadRoster } from '../../roster/load.js';
import { isBlank } from '../../roster/rules.js';
import type { Roster } from '../../roster/schema.js';
import { globalsOf, noteShipped, readRosterOrExit } from '../context.js';
import { ExitCode, ExitError, UsageError } from '../exit.js';

export const LIST_KINDS = ['people', 'organisations', 'hotlines', 'chains', 'signatories', 'inform', 'adhoc'] as const;
type Kind = (typeof LIST_KINDS)[number];
/** The Danish words for what to list, as the Danish help names them. */
const DANISH_KINDS: Record<string, Kind> = {
  personer: 'people',
  organisationer: 'organisations',
  døgnnumre: 'hotlines',
  kæder: 'chains',
  underskrivere: 'signatories',
  informerer: 'inform',
  'ad-hoc': 'adhoc',
};

/** The roster as it is, also while `init`'s blanks are still to be filled: a list is how one finds the ids to fill them. */
async function rosterOf(command: Command, lang: Lang): Promise<{ roster: Roster; lang: Lang }> {
  const g = globalsOf(command, lang);
  noteShipped(g);
  const bytes = await readRosterOrExit(g.rosterPath, g.rosterName, g);
  const result = loadRoster(bytes, { file: g.rosterName });
  const errors = result.findings.filter((d) => d.severity === 'error' && d.code !== 'blank-unfilled');
  if (!result.roster || errors.length > 0) {
    g.io.stderr.write(renderDiagnostics(errors, 'text', { t: g.t, color: false, files: [g.rosterName] }));
    g.io.stderr.write(g.t.usage.prefix + g.t.usage.invalidRoster(g.rosterName) + '\n');
    throw new ExitError(ExitCode.invalid);
  }
  return { roster: result.roster, lang: g.lang };
}

/** Rows of one kind of entry: the keys are the JSON's, the order the table's columns. */
export function listRows(roster: Roster, kind: Kind, lang: Lang, json = false): Array<Record<string, string | number | string[]>> {
  const m = listMessages(lang);
  const show = (value: string) => (isBlank(value) ? `(${m.blank})` : value);
  const orgName = (id: string) => show(roster.organisations.find((o) => o.id === id)?.name ?? id);
  const nameOf = (id: string) => {
    const p = roster.people.find((x) => x.id === id);
    if (p) return show(p.name);
    const h = roster.hotlines.find((x) => x.id === id);
    return h ? `${pick(h.name, lang)} (${displayPhone(h.phone)})` : id;
  };
  switch (kind) {
    case 'people':
      return roster.people.map((p) => {
        const roles: string[] = [];
        if (roster.group.coordinator === p.id) roles.push(m.role.coordinator);
        else if (roster.group.members.some((x) => x.person === p.id)) roles.push(m.role.member);
        const standsIn = roster.group.members.filter((x) => x.substitute === p.id).map((x) => nameOf(x.person));
        if (standsIn.length) roles.push(m.role.substitute(standsIn.join(', ')));
        if (roster.signatories.some((s) => s.person === p.id)) roles.push(m.role.signatory);
        if (roster.press.contacts.includes(p.id)) roles.push(m.role.press);
        const row = { id: p.id, name: show(p.name), title: show(p.title), organisation: orgName(p.organisation), phone: isBlank(p.phone) ? `(${m.blank})` : displayPhone(p.phone) };
        if (!json) return { ...row, role: roles.join(', ') };
        // A program reads the roles as keys that do not change with --lang, and whom one stands in for as ids.
        const keys = [
          ...(roster.group.coordinator === p.id ? ['coordinator'] : roster.group.members.some((x) => x.person === p.id) ? ['member'] : []),
          ...(standsIn.length ? ['substitute'] : []),
          ...(roster.signatories.some((s) => s.person === p.id) ? ['signatory'] : []),
          ...(roster.press.contacts.includes(p.id) ? ['press'] : []),
        ];
        return { ...row, roles: keys, substituteFor: roster.group.members.filter((x) => x.substitute === p.id).map((x) => x.person) };
      });
    case 'organisations':
      return roster.organisations.map((o) => ({ id: o.id, name: show(o.name) }));
    case 'hotlines':
      return roster.hotlines.map((h) => ({ id: h.id, name: pick(h.name, lang), organisation: orgName(h.organisation), phone: displayPhone(h.phone) }));
    case 'chains':
      return roster.activation.chains.map((c) => ({ id: c.id, title: pick(c.title, lang), contacts: json ? [...c.contacts] : c.contacts.join(' → ') }));
    case 'signatories':
      return roster.signatories.map((s, i) => ({ number: i + 1, person: s.person, name: nameOf(s.person), title: s.title, organisation: s.organisation }));
    case 'inform':
      return roster.communication.map((d) => ({ id: d.id, by: json ? [...d.by] : d.by.join(', '), informs: pick(d.informs, lang) }));
    case 'adhoc':
      return roster.adHoc.map((a, i) => ({ number: i + 1, entry: typeof a === 'object' && 'ref' in a ? `${a.ref}: ${nameOf(a.ref)}` : pick(a, lang) }));
  }
}

/** Rows as a table: a header line, then one line a row, columns as wide as their widest cell. */
export function renderTable(rows: Array<Record<string, string | number | string[]>>, lang: Lang): string {
  const m = listMessages(lang);
  if (rows.length === 0) return `${m.empty}\n`;
  const keys = Object.keys(rows[0]!);
  const cells = [keys.map((k) => (m.head as Record<string, string>)[k] ?? k), ...rows.map((r) => keys.map((k) => terminalSafe(String(r[k] ?? ''))))];
  const widths = keys.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) => row.map((cell, c) => (c === keys.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function runList(command: Command, lang: Lang, what: string, opts: { json?: boolean }): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const m = listMessages(g.lang);
  const kind = DANISH_KINDS[what.toLowerCase()] ?? what;
  if (!(LIST_KINDS as readonly string[]).includes(kind)) throw new UsageError(m.unknownKind(what, m.kinds));
  const { roster, lang: l } = await rosterOf(command, lang);
  const rows = listRows(roster, kind as Kind, l, opts.json === true);
  g.io.stdout.write(opts.json ? JSON.stringify(rows, null, 2) + '\n' : renderTable(rows, l));
  return ExitCode.ok;
}

/** The chains in the order they are called, each contact with name and number. */
export async function runChainShow(command: Command, lang: Lang, id: string | undefined, opts: { json?: boolean }): Promise<ExitCode> {
  const g = globalsOf(command, lang);
  const { roster, lang: l } = await rosterOf(command, lang);
  const m = listMessages(l);
  const chains = id === undefined ? roster.activation.chains : roster.activation.chains.filter((c) => c.id === id);
  if (chains.length === 0) throw new UsageError(m.unknownChain(id!, roster.activation.chains.map((c) => c.id).join(', ')));
  const steps = chains.map((c) => ({
    id: c.id,
    title: pick(c.title, l),
    contacts: c.contacts.map((x) => {
      const p = roster.people.find((y) => y.id === x);
      const h = roster.hotlines.find((y) => y.id === x);
      const phone = p ? (isBlank(p.phone) ? `(${m.blank})` : displayPhone(p.phone)) : h ? displayPhone(h.phone) : '';
      const name = p ? (isBlank(p.name) ? `(${m.blank})` : p.name) : h ? pick(h.name, l) : x;
      return { id: x, kind: p ? 'person' : 'hotline', name, phone };
    }),
  }));
  if (opts.json) {
    g.io.stdout.write(JSON.stringify(steps, null, 2) + '\n');
    return ExitCode.ok;
  }
  const out = steps.map((c) => {
    const lines = c.contacts.map((x, i) => `  ${i + 1}. ${terminalSafe(x.name)}  ${x.phone}  (${x.id})`);
    return `${terminalSafe(m.chainHeading(c.id, c.title))}\n${lines.join('\n')}\n`;
  });
  g.io.stdout.write(out.join('\n'));
  return ExitCode.ok;
}
