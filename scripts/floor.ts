// The floor of start-up: `activate --level red`'s job done with the card's libraries and nothing else — commander
// for the command line, a `yaml` parse of the roster, the zod schema, luxon's IANAZone for the time and
// libphonenumber-js for the numbers — printing about 70 lines. No cache of any kind, no i18n, no rules. `npm run build`
// bundles it as it bundles the CLI (dist/floor.cjs); `npm run bench` measures every command against it.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime, IANAZone } from 'luxon';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { parseDocument } from 'yaml';
import { Roster } from '../src/roster/schema.js';

type Text = { da: string; en?: string };

function phone(raw: string | number | undefined): string {
  if (raw === undefined) return '';
  const parsed = parsePhoneNumberFromString(String(raw), 'DK');
  return parsed?.isValid() ? parsed.formatNational() : String(raw);
}

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + word.length + 1 > 80) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function activate(rosterPath: string, levelId: 'green' | 'yellow' | 'red'): string {
  const doc = parseDocument(readFileSync(rosterPath, 'utf8'), { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  const parsed = Roster.safeParse(doc.toJS(), { jitless: true });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('\n'));
  const roster = parsed.data;
  const zone = IANAZone.create(roster.plan.timezone);
  const now = DateTime.now().setZone(zone).setLocale('da');
  const level = roster.levels[levelId];
  if (!level) throw new Error(`no level ${levelId}`);
  const people = new Map<string, { name: string; title?: string; organisation?: string; phone?: string | number }>();
  for (const p of roster.people) people.set(p.id, p);
  for (const h of roster.hotlines) people.set(h.id, { name: (h.name as Text).da, organisation: h.organisation, phone: h.phone });
  const orgs = new Map(roster.organisations.map((o) => [o.id, (o.name as Text | string)]));
  const orgName = (id?: string) => {
    const name = id === undefined ? undefined : orgs.get(id);
    return typeof name === 'string' ? name : (name?.da ?? '');
  };
  const contact = (id: string, mark: string) => {
    const p = people.get(id);
    if (!p) return [`${mark}${id}`];
    return [`${mark}${p.name.padEnd(26)} ${phone(p.phone)}`, `     ${[p.title, orgName(p.organisation)].filter(Boolean).join(', ')}`];
  };
  const out: string[] = [`███ ${(level.name as Text).da.toUpperCase()} NIVEAU ███`];
  out.push(...wrap((level.meaning as Text).da, ''));
  out.push(`Aktiveret ${now.toFormat("cccc 'den' d. LLLL yyyy 'kl.' HH.mm")}`, '');
  roster.activation.chains.forEach((chain, i) => {
    out.push(`${i + 1}. ${(chain.title as Text).da}`, ...wrap((chain.purpose as Text).da, '   '));
    chain.contacts.forEach((id, k) => out.push(...contact(id, `   ${k + 1}) `)));
    out.push('');
  });
  const convene = level.convene;
  const deadline = convene.type === 'hours' ? now.plus({ hours: convene.hours }) : convene.type === 'working-days' ? now.plus({ days: convene.days }) : undefined;
  if (deadline) out.push(`   Gruppen skal mødes senest ${deadline.toFormat("cccc 'den' d. LLLL yyyy 'kl.' HH.mm")}`, '');
  out.push('   Inviteres til mødet:');
  for (const m of roster.group.members) out.push(...contact(m.person, '   • '));
  out.push('', 'HVEM INFORMERER HVEM');
  for (const duty of roster.communication) out.push(...wrap(`• ${duty.by.map((id) => people.get(id)?.name ?? orgName(id)).join(', ')} ${(duty.informs as Text).da}.`, '   '));
  out.push('', '   Pressen:');
  for (const id of roster.press.contacts) out.push(...contact(id, '   • '));
  out.push(...wrap((roster.press.agreement as Text).da, '   '));
  return out.join('\n') + '\n';
}

const program = new Command('floor')
  .option('--roster <file>', 'roster', join(__dirname, '..', 'roster.yaml'))
  .command('activate')
  .requiredOption('--level <level>', 'level')
  .action((opts: { level: 'green' | 'yellow' | 'red' }, command: Command) => {
    process.stdout.write(activate(command.optsWithGlobals<{ roster: string }>().roster, opts.level));
  });
program.parent!.parse(process.argv);
