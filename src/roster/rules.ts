import { isKnownZone } from './timezone.js';
import type { Finding, YamlPath } from './diagnostic.js';
import { isPhoneShaped, parsePhone } from './phone.js';
import type { Roster } from './schema.js';
import { rosterIndex } from './contacts.js';

export interface RuleContext {
  /** ISO date; the rules about today's date run only when it is given. */
  today?: string;
  /** The source line of a path, for messages that point at an earlier place. */
  lineOf(path: YamlPath): number;
  /** A scalar as written in the file: a phone read by YAML as a number (`0o12345670`) is judged by what was written. */
  written?(path: YamlPath): string | undefined;
}

type RefKind = 'person' | 'hotline' | 'organisation';
const EXPECTED: Record<string, string> = {
  person: 'person',
  'person,hotline': 'personOrHotline',
  organisation: 'organisation',
  'organisation,person': 'personOrOrganisation',
  'hotline,organisation,person': 'personHotlineOrOrganisation',
};

/** What `init` writes where the plan's own details are still to be filled in: "UDFYLD: navn". */
export const BLANK_MARK = 'UDFYLD';

export function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trimStart().startsWith(BLANK_MARK);
}

/** Every blank left in the roster, with the hint written after the mark. */
function blanks(value: unknown, path: Array<string | number>, out: Finding[]): void {
  if (isBlank(value)) {
    const hint = (value as string).trim().slice(BLANK_MARK.length).replace(/^[\s:]+/, '');
    out.push({ severity: 'error', code: 'blank-unfilled', path: [...path], args: { hint: hint || path.join('.') } });
  } else if (Array.isArray(value)) value.forEach((v, i) => blanks(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) blanks(v, [...path, k], out);
}

/** The rules zod cannot express: references, phone numbers, chains, consistency. */
export function checkRoster(roster: Roster, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const error = (code: Finding['code'], path: YamlPath, args?: Finding['args']) => out.push({ severity: 'error', code, path, args });
  blanks(roster, [], out);
  const warn = (code: Finding['code'], path: YamlPath, args?: Finding['args']) => out.push({ severity: 'warning', code, path, args });

  // Ids: people, hotlines and organisations share one namespace, since chains and duties mix them.
  const firstSeen = new Map<string, YamlPath>();
  const claim = (id: string, path: YamlPath) => {
    const first = firstSeen.get(id);
    if (first) error('id-duplicate', path, { id, firstLine: ctx.lineOf(first) });
    else firstSeen.set(id, path);
  };
  roster.organisations.forEach((o, i) => claim(o.id, ['organisations', i, 'id']));
  roster.people.forEach((p, i) => claim(p.id, ['people', i, 'id']));
  roster.hotlines.forEach((h, i) => claim(h.id, ['hotlines', i, 'id']));
  const seenIn = (items: { id: string }[], prefix: YamlPath) => {
    const seen = new Map<string, YamlPath>();
    items.forEach((item, i) => {
      const path = [...prefix, i, 'id'];
      const first = seen.get(item.id);
      if (first) error('id-duplicate', path, { id: item.id, firstLine: ctx.lineOf(first) });
      else seen.set(item.id, path);
    });
  };
  seenIn(roster.activation.chains, ['activation', 'chains']);
  seenIn(roster.communication, ['communication']);

  const index = rosterIndex(roster);
  const kindOf = (id: string): RefKind | undefined =>
    index.people.has(id) ? 'person' : index.hotlines.has(id) ? 'hotline' : index.organisations.has(id) ? 'organisation' : undefined;
  const ref = (id: string, path: YamlPath, allowed: RefKind[]) => {
    const kind = kindOf(id);
    if (!kind || !allowed.includes(kind)) {
      error('ref-unknown', path, { id, expectedKey: EXPECTED[[...allowed].sort().join(',')] ?? 'person' });
      return false;
    }
    return true;
  };

  roster.people.forEach((p, i) => ref(p.organisation, ['people', i, 'organisation'], ['organisation']));
  roster.hotlines.forEach((h, i) => ref(h.organisation, ['hotlines', i, 'organisation'], ['organisation']));
  ref(roster.plan.statusMeeting.organiser, ['plan', 'statusMeeting', 'organiser'], ['organisation']);
  const memberAt = new Map<string, number>();
  roster.group.members.forEach((m, i) => {
    ref(m.person, ['group', 'members', i, 'person'], ['person']);
    if (m.substitute) ref(m.substitute, ['group', 'members', i, 'substitute'], ['person']);
    const first = memberAt.get(m.person);
    if (first !== undefined) error('member-repeat', ['group', 'members', i, 'person'], { id: m.person, firstLine: ctx.lineOf(['group', 'members', first, 'person']) });
    else memberAt.set(m.person, i);
    if (m.substitute === m.person) error('substitute-self', ['group', 'members', i, 'substitute'], { id: m.person });
  });
  // Two members who stand in for each other: when one is away, the other has lost his stand-in too.
  roster.group.members.forEach((m, i) => {
    if (!m.substitute || m.substitute === m.person) return;
    const other = roster.group.members.findIndex((x) => x.person === m.substitute && x.substitute === m.person);
    if (other > i) error('substitute-mutual', ['group', 'members', other, 'substitute'], { id: m.person, other: m.substitute });
  });
  const memberIds = new Set(roster.group.members.map((m) => m.person));
  if (!memberIds.has(roster.group.coordinator)) {
    error('ref-unknown', ['group', 'coordinator'], { id: roster.group.coordinator, expectedKey: 'member' });
  }
  roster.activation.chains.forEach((chain, c) => {
    const seen = new Set<string>();
    chain.contacts.forEach((id, i) => {
      const path = ['activation', 'chains', c, 'contacts', i];
      ref(id, path, ['person', 'hotline']);
      if (seen.has(id)) error('chain-repeat', path, { id, chain: chain.id });
      seen.add(id);
    });
  });
  roster.communication.forEach((duty, d) => {
    duty.by.forEach((id, i) => ref(id, ['communication', d, 'by', i], ['person', 'organisation']));
    duty.with?.forEach((id, i) => ref(id, ['communication', d, 'with', i], ['organisation']));
  });
  roster.press.responsible.forEach((id, i) => ref(id, ['press', 'responsible', i], ['organisation']));
  roster.press.contacts.forEach((id, i) => ref(id, ['press', 'contacts', i], ['person']));
  roster.signatories.forEach((s, i) => ref(s.person, ['signatories', i, 'person'], ['person']));
  roster.adHoc.forEach((entry, i) => {
    if (typeof entry === 'object' && 'ref' in entry) ref(entry.ref, ['adHoc', i, 'ref'], ['person', 'hotline', 'organisation']);
  });

  const phone = (value: string | number, path: YamlPath) => {
    // A phone that YAML read as a number (`0o12345670`) is judged by what was written.
    const raw = typeof value === 'number' ? (ctx.written?.(path) ?? String(value)) : value;
    if (isBlank(raw) || parsePhone(raw)) return;
    error(isPhoneShaped(raw) ? 'phone-invalid' : 'phone-extra-text', path, { phone: raw });
  };
  roster.people.forEach((p, i) => phone(p.phone, ['people', i, 'phone']));
  roster.hotlines.forEach((h, i) => phone(h.phone, ['hotlines', i, 'phone']));

  for (const level of ['green', 'yellow', 'red'] as const) {
    const def = roster.levels[level];
    if (!def) error('level-missing', ['levels'], { level });
    // Green is the everyday level; yellow and red are the ones that bring the group together.
    else if (level === 'green' && def.convene.type !== 'none') error('convene-green-meets', ['levels', level, 'convene', 'type']);
    else if (level !== 'green' && def.convene.type === 'none') error('convene-missing', ['levels', level, 'convene', 'type'], { level });
  }

  checkTexts(roster, [], (code, path, args) => error(code, path, args));
  const { start, end } = roster.plan.period;
  if (end < start) error('period-reversed', ['plan', 'period', 'end'], { start, end });
  if (!isKnownZone(roster.plan.timezone)) {
    error('timezone-invalid', ['plan', 'timezone'], { zone: roster.plan.timezone });
  }

  // Warnings: gaps a coordinator should know about.
  roster.activation.chains.forEach((chain, c) => {
    const last = chain.contacts[chain.contacts.length - 1]!;
    const person = index.people.get(last);
    if (person) {
      warn('chain-ends-with-person', ['activation', 'chains', c, 'contacts', chain.contacts.length - 1], {
        chain: chain.id,
        name: person.name,
      });
    }
  });
  roster.group.members.forEach((m, i) => {
    const person = index.people.get(m.person);
    if (person && !m.substitute) warn('member-without-substitute', ['group', 'members', i], { name: person.name });
  });
  roster.signatories.forEach((s, i) => {
    const person = index.people.get(s.person);
    if (!person) return;
    const org = index.organisations.get(person.organisation);
    const orgNames = org ? [org.name, ...(org.aliases ?? [])] : [];
    if (s.title !== person.title || (org && !orgNames.includes(s.organisation))) {
      warn('title-inconsistent', ['signatories', i, 'title'], {
        name: person.name,
        groupTitle: [person.title, org?.name].filter(Boolean).join(', '),
        signedTitle: `${s.title}, ${s.organisation}`,
      });
    }
    if (!memberIds.has(s.person)) warn('signatory-not-member', ['signatories', i, 'person'], { name: person.name });
  });

  if (ctx.today) {
    if (ctx.today < start || ctx.today > end) warn('period-outside', ['plan', 'period'], { today: ctx.today, start, end });
    const limit = twelveMonthsBefore(ctx.today);
    roster.people.forEach((p, i) => {
      if (p.confirmed && limit && p.confirmed < limit) {
        warn('contact-stale', ['people', i, 'confirmed'], { name: p.name, confirmed: p.confirmed });
      }
    });
  }
  return out;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Fields that are one line wherever they are printed: names, titles, organisation names. */
const ONE_LINE = new Set(['name', 'title', 'organisation', 'aliases', 'municipality', 'areas', 'phone', 'person', 'substitute', 'id', 'date']);

/**
 * Every text in the roster: no control characters (tab included) or bidirectional overrides, which could rewrite a
 * terminal or reorder what is shown; no line break in names and titles; not blank. Line breaks are allowed in prose.
 */
function checkTexts(value: unknown, path: (string | number)[], error: (code: Finding['code'], path: YamlPath, args?: Finding['args']) => void, key = ''): void {
  if (typeof value === 'string') {
    const control = CONTROL.exec(value);
    if (control) error('text-control-character', path, { char: `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
    else if (ONE_LINE.has(key) && value.trim().includes('\n')) error('text-multiline', path);
    if (value.trim() === '') error('text-blank', path);
    return;
  }
  if (Array.isArray(value)) value.forEach((item, i) => checkTexts(item, [...path, i], error, key));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // { da, en } text belongs to the field that holds it.
      checkTexts(v, [...path, k], error, k === 'da' || k === 'en' ? key : k);
    }
  }
}

/** The ISO date twelve months before an ISO date (29 February goes to 28 February). */
export function twelveMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-');
  const year = String(Number(y) - 1).padStart(4, '0');
  const leap = (Number(year) % 4 === 0 && Number(year) % 100 !== 0) || Number(year) % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}
