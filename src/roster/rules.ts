import { blankFill } from './blanks.js';
import { isKnownZone } from './timezone.js';
import { detect, type ArgsOf, type Detection, type FindingCode, type RefExpected, type YamlPath } from './finding.js';
import { isPhoneShaped, parsePhone } from './phone.js';
import { TEXT_SECTIONS, type Roster } from './schema.js';
import { rosterIndex, type RosterIndex } from './contacts.js';
import { pick } from './lang.js';

export interface RuleContext {
  /** ISO date; the rules about today's date run only when it is given. */
  today?: string;
  /** The source line of a path, for messages that point at an earlier place. */
  lineOf(path: YamlPath): number;
  /** A scalar as written in the file: a phone read by YAML as a number (`0o12345670`) is judged by what was written. */
  written?(path: YamlPath): string | undefined;
}

type RefKind = 'person' | 'hotline' | 'organisation';
const EXPECTED: Record<string, RefExpected> = {
  person: 'person',
  'hotline,person': 'personOrHotline',
  organisation: 'organisation',
  'organisation,person': 'personOrOrganisation',
  'hotline,organisation,person': 'personHotlineOrOrganisation',
};

/** What `init` writes where the plan's own details are still to be filled in: "UDFYLD: navn". */
export const BLANK_MARK = 'UDFYLD';

export function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trimStart().startsWith(BLANK_MARK);
}

/** What a rule is given: the roster, the context, the index of its ids, and where to report. */
interface RuleInput {
  roster: Roster;
  ctx: RuleContext;
  index: RosterIndex;
  error<C extends FindingCode>(code: C, path: YamlPath, ...args: ArgsOf<C>): void;
  warn<C extends FindingCode>(code: C, path: YamlPath, ...args: ArgsOf<C>): void;
  /** Findings a rule made whole (with their severity and place in a text). */
  report(...found: Detection[]): void;
}

/** One rule zod cannot express, named so that it can be read, listed and tested alone. */
export interface Rule {
  name: string;
  check(input: RuleInput): void;
}

/** Every blank in a roster, with its path and the words after the mark ("koordinatorens navn"). */
export function blanksOf(roster: Roster): Array<{ path: Array<string | number>; hint: string }> {
  const out: Array<{ path: Array<string | number>; hint: string }> = [];
  const visit = (value: unknown, path: Array<string | number>): void => {
    if (isBlank(value)) out.push({ path, hint: (value as string).trim().slice(BLANK_MARK.length).replace(/^[\s:]+/, '') || path.join('.') });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(roster, []);
  return out;
}

/** Blanks that `init` left for the plan's own details, each with the command that fills it. */
export const unfilledBlanks: Rule = {
  name: 'unfilled-blanks',
  check: ({ roster, error }) => {
    for (const { path, hint } of blanksOf(roster)) {
      const fill = blankFill(roster, path);
      error('blank-unfilled', path, fill ? { hint, fill } : { hint });
    }
  },
};

/** Ids are unique: people, hotlines and organisations share one namespace, since chains and duties mix them. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  check: ({ roster, ctx, error }) => {
    const unique = (entries: Array<[string, YamlPath]>) => {
      const seen = new Map<string, YamlPath>();
      for (const [id, path] of entries) {
        const first = seen.get(id);
        if (first) error('id-duplicate', path, { id, firstLine: ctx.lineOf(first) });
        else seen.set(id, path);
      }
    };
    unique([
      ...roster.organisations.map((o, i): [string, YamlPath] => [o.id, ['organisations', i, 'id']]),
      ...roster.people.map((p, i): [string, YamlPath] => [p.id, ['people', i, 'id']]),
      ...roster.hotlines.map((h, i): [string, YamlPath] => [h.id, ['hotlines', i, 'id']]),
    ]);
    unique(roster.activation.chains.map((c, i) => [c.id, ['activation', 'chains', i, 'id']]));
    unique(roster.communication.map((d, i) => [d.id, ['communication', i, 'id']]));
  },
};

/** Every id used points at an entry of the right kind. */
export const references: Rule = {
  name: 'references',
  check: ({ roster, index, error }) => {
    const kindOf = (id: string): RefKind | undefined =>
      index.people.has(id) ? 'person' : index.hotlines.has(id) ? 'hotline' : index.organisations.has(id) ? 'organisation' : undefined;
    const ref = (id: string, path: YamlPath, allowed: RefKind[]) => {
      const kind = kindOf(id);
      if (!kind || !allowed.includes(kind)) error('ref-unknown', path, { id, expected: EXPECTED[[...allowed].sort().join(',')] ?? 'person' });
    };
    roster.people.forEach((p, i) => ref(p.organisation, ['people', i, 'organisation'], ['organisation']));
    roster.hotlines.forEach((h, i) => ref(h.organisation, ['hotlines', i, 'organisation'], ['organisation']));
    ref(roster.plan.statusMeeting.organiser, ['plan', 'statusMeeting', 'organiser'], ['organisation']);
    roster.group.members.forEach((m, i) => {
      ref(m.person, ['group', 'members', i, 'person'], ['person']);
      if (m.substitute) ref(m.substitute, ['group', 'members', i, 'substitute'], ['person']);
    });
    if (!roster.group.members.some((m) => m.person === roster.group.coordinator)) {
      error('ref-unknown', ['group', 'coordinator'], { id: roster.group.coordinator, expected: 'member' });
    }
    roster.activation.chains.forEach((chain, c) => chain.contacts.forEach((id, i) => ref(id, ['activation', 'chains', c, 'contacts', i], ['person', 'hotline'])));
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
  },
};

/** A member once; nobody his own substitute; no two members standing in for each other. */
export const membership: Rule = {
  name: 'membership',
  check: ({ roster, ctx, error }) => {
    const memberAt = new Map<string, number>();
    roster.group.members.forEach((m, i) => {
      const first = memberAt.get(m.person);
      if (first !== undefined) error('member-repeat', ['group', 'members', i, 'person'], { id: m.person, firstLine: ctx.lineOf(['group', 'members', first, 'person']) });
      else memberAt.set(m.person, i);
      if (m.substitute === m.person) error('substitute-self', ['group', 'members', i, 'substitute'], { id: m.person });
    });
    // When one of two mutual substitutes is away, the other has lost his stand-in too.
    roster.group.members.forEach((m, i) => {
      if (!m.substitute || m.substitute === m.person) return;
      const other = roster.group.members.findIndex((x) => x.person === m.substitute && x.substitute === m.person);
      if (other > i) error('substitute-mutual', ['group', 'members', other, 'substitute'], { id: m.person, other: m.substitute });
    });
  },
};

/** Nobody twice in one call chain: a second call to the same number wastes the minutes that matter. */
export const chainRepeats: Rule = {
  name: 'chain-repeats',
  check: ({ roster, error }) => {
    roster.activation.chains.forEach((chain, c) => {
      const seen = new Set<string>();
      chain.contacts.forEach((id, i) => {
        if (seen.has(id)) error('chain-repeat', ['activation', 'chains', c, 'contacts', i], { id, chain: chain.id });
        seen.add(id);
      });
    });
  },
};

/**
 * Phones are Danish numbers, and nothing else. A person's phone is a subscriber number (8 digits): the short service
 * numbers (112, 114) reach a service, not the person, and belong to the hotlines.
 */
export const phones: Rule = {
  name: 'phones',
  check: ({ roster, ctx, error }) => {
    const phone = (value: string | number, path: YamlPath, person?: string) => {
      // A phone that YAML read as a number (`0o12345670`) is judged by what was written.
      const raw = typeof value === 'number' ? (ctx.written?.(path) ?? String(value)) : value;
      if (isBlank(raw)) return;
      const parsed = parsePhone(raw);
      if (parsed?.kind === 'service' && person !== undefined) error('phone-service-number', path, { phone: parsed.digits, name: person });
      else if (!parsed) error(isPhoneShaped(raw) ? 'phone-invalid' : 'phone-extra-text', path, { phone: raw });
    };
    roster.people.forEach((p, i) => phone(p.phone, ['people', i, 'phone'], p.name));
    roster.hotlines.forEach((h, i) => phone(h.phone, ['hotlines', i, 'phone']));
  },
};

/**
 * Warning: two people with one number, or a døgnnummer that is someone's own phone; one of them will not be reached (a
 * number copied from the line above), and a chain that ends at the døgnnummer ends at that person.
 */
export const sharedPhones: Rule = {
  name: 'shared-phones',
  check: ({ roster, ctx, warn }) => {
    const first = new Map<string, { name: string; path: (string | number)[] }>();
    const owners = [
      ...roster.people.map((p, i) => ({ name: p.name, phone: p.phone, path: ['people', i, 'phone'] as (string | number)[] })),
      ...roster.hotlines.map((h, i) => ({ name: typeof h.name === 'string' ? h.name : h.name.da, phone: h.phone, path: ['hotlines', i, 'phone'] as (string | number)[] })),
    ];
    for (const owner of owners) {
      const parsed = parsePhone(owner.phone);
      if (!parsed || parsed.kind !== 'dk') continue;
      const other = first.get(parsed.e164);
      if (other === undefined) first.set(parsed.e164, owner);
      else warn('phone-shared', owner.path, { name: owner.name, other: other.name, phone: parsed.national, firstLine: ctx.lineOf(other.path) });
    }
  },
};

/** Warning: two organisations of one name; the plan and the contact sheet could not tell them apart. */
export const organisationNames: Rule = {
  name: 'organisation-names',
  check: ({ roster, ctx, warn }) => {
    const first = new Map<string, number>();
    const key = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
    roster.organisations.forEach((o, i) => {
      const at = first.get(key(o.name));
      if (at === undefined) first.set(key(o.name), i);
      else warn('organisation-name-duplicate', ['organisations', i, 'name'], { name: o.name, id: o.id, other: roster.organisations[at]!.id, firstLine: ctx.lineOf(['organisations', at, 'name']) });
    });
  },
};

/** Three levels; green is the everyday level, and yellow and red are the ones that bring the group together. */
export const levels: Rule = {
  name: 'levels',
  check: ({ roster, error }) => {
    for (const level of ['green', 'yellow', 'red'] as const) {
      const def = roster.levels[level];
      if (!def) error('level-missing', ['levels'], { level });
      else if (level === 'green' && def.convene.type !== 'none') error('convene-green-meets', ['levels', level, 'convene', 'type']);
      else if (level !== 'green' && def.convene.type === 'none') error('convene-missing', ['levels', level, 'convene', 'type'], { level });
    }
  },
};

/** Texts: see checkTexts. */
export const texts: Rule = {
  name: 'texts',
  check: ({ roster, error }) => checkTexts(roster, [], error),
};

/** A period that ends after it starts, in a time zone the runtime knows. */
export const periodAndZone: Rule = {
  name: 'period-and-zone',
  check: ({ roster, error }) => {
    const { start, end } = roster.plan.period;
    if (end < start) error('period-reversed', ['plan', 'period', 'end'], { start, end });
    if (!isKnownZone(roster.plan.timezone)) error('timezone-invalid', ['plan', 'timezone'], { zone: roster.plan.timezone });
  },
};

/** The working day ends in the afternoon: a yellow deadline at 00:00 would in truth be the end of the day before. */
export const workdayEnds: Rule = {
  name: 'workday-ends',
  check: ({ roster, error }) => {
    const time = roster.calendar.workdayEnds;
    if (time < '12:00') error('workday-ends-early', ['calendar', 'workdayEnds'], { time });
    const agreed = roster.interpretations?.workdayEnds;
    if (agreed !== undefined && agreed < '12:00') error('workday-ends-early', ['interpretations', 'workdayEnds'], { time: agreed });
  },
};

/** Warning: a chain that ends at a person has nobody to ring when that person does not answer. */
export const chainEndsWithPerson: Rule = {
  name: 'chain-ends-with-person',
  check: ({ roster, index, warn }) => {
    roster.activation.chains.forEach((chain, c) => {
      const person = index.people.get(chain.contacts[chain.contacts.length - 1]!);
      if (person) warn('chain-ends-with-person', ['activation', 'chains', c, 'contacts', chain.contacts.length - 1], { chain: chain.id, title: pick(chain.title, 'da'), name: person.name });
    });
  },
};

/** Warning: a member without a substitute. */
export const memberWithoutSubstitute: Rule = {
  name: 'member-without-substitute',
  check: ({ roster, index, warn }) => {
    roster.group.members.forEach((m, i) => {
      const person = index.people.get(m.person);
      if (person && !m.substitute) warn('member-without-substitute', ['group', 'members', i], { name: person.name });
    });
  },
};

/** Warnings: a signature whose title or organisation differs from the group's, or by someone outside the group. */
export const signatures: Rule = {
  name: 'signatures',
  check: ({ roster, index, warn }) => {
    const memberIds = new Set(roster.group.members.map((m) => m.person));
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
  },
};

/** Warnings that depend on today: the plan's period, a last change after today, details not confirmed for twelve months. */
export const today: Rule = {
  name: 'today',
  check: ({ roster, ctx, warn }) => {
    if (!ctx.today) return;
    const { start, end } = roster.plan.period;
    if (ctx.today < start || ctx.today > end) warn('period-outside', ['plan', 'period'], { today: ctx.today, start, end });
    // A date after today makes every edit's stamp (today) look like a step back.
    if (roster.lastChanged > ctx.today) warn('last-changed-ahead', ['lastChanged'], { date: roster.lastChanged, today: ctx.today });
    const limit = twelveMonthsBefore(ctx.today);
    roster.people.forEach((p, i) => {
      if (p.confirmed && p.confirmed < limit) warn('contact-stale', ['people', i, 'confirmed'], { name: p.name, confirmed: p.confirmed });
    });
  },
};

/**
 * Each section of the plan's text once, in the template's order. (What the text says is checked against the data by
 * the rules that only warn, in report-rules.ts.)
 */
export const textSections: Rule = {
  name: 'text-sections',
  check: ({ roster, error }) => {
    let last = -1;
    const seen = new Set<string>();
    (roster.text ?? []).forEach((section, s) => {
      const at = TEXT_SECTIONS.indexOf(section.section);
      if (seen.has(section.section)) error('text-section-repeat', ['text', s, 'section'], { section: section.section });
      else if (at < last) error('text-section-order', ['text', s, 'section'], { section: section.section, order: TEXT_SECTIONS.join(', ') });
      seen.add(section.section);
      last = Math.max(last, at);
    });
  },
};

/** The rules a roster is checked by, beyond its schema. */
export const ROSTER_RULES: readonly Rule[] = [
  unfilledBlanks,
  uniqueIds,
  references,
  membership,
  chainRepeats,
  phones,
  sharedPhones,
  organisationNames,
  levels,
  texts,
  periodAndZone,
  workdayEnds,
  chainEndsWithPerson,
  memberWithoutSubstitute,
  signatures,
  textSections,
  today,
];

/**
 * Whether every id in the roster names an entry of the right kind (the references rule finds nothing to say): only
 * then can the plan document, and so the content's hash, be made from it.
 */
export function referencesHold(roster: Roster): boolean {
  let holds = true;
  references.check({ roster, ctx: { lineOf: () => 0 }, index: rosterIndex(roster), error: () => (holds = false), warn: () => {}, report: (...found) => (holds &&= !found.some((d) => d.severity === 'error')) });
  return holds;
}

/** Runs the rules (by default ROSTER_RULES); the findings come in the rules' order and are sorted by position when they get one. */
export function checkRoster(roster: Roster, ctx: RuleContext, rules: readonly Rule[] = ROSTER_RULES): Detection[] {
  const out: Detection[] = [];
  const input: RuleInput = {
    roster,
    ctx,
    index: rosterIndex(roster),
    error: (code, path, ...args) => out.push(detect('error', code, path, ...args)),
    warn: (code, path, ...args) => out.push(detect('warning', code, path, ...args)),
    report: (...found) => out.push(...found),
  };
  for (const rule of rules) rule.check(input);
  return out;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** The first control character or direction override in a text, as U+XXXX; undefined when there is none. */
export function controlCharacterIn(value: string): string | undefined {
  const control = CONTROL.exec(value);
  return control ? `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Fields that are one line wherever they are printed: names, titles, organisation names. */
const ONE_LINE = new Set(['name', 'title', 'organisation', 'aliases', 'municipality', 'areas', 'phone', 'person', 'substitute', 'id', 'date']);

/**
 * Every text in the roster: no control characters (tab included) or bidirectional overrides, which could rewrite a
 * terminal or reorder what is shown; no line break in names and titles; not blank. Line breaks are allowed in prose.
 */
function checkTexts(value: unknown, path: (string | number)[], error: RuleInput['error'], key = ''): void {
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
