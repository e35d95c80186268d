import { messages, pick, type Lang } from '../i18n/index.js';
import { planMessages } from '../i18n/plan.js';
import { adHocOf, contactOf, nameOf, rosterIndex, type Contact } from '../roster/contacts.js';
import { LEVEL_IDS, type LevelId, type Roster } from '../roster/schema.js';
import { planTextMessages } from '../i18n/plantext.js';
import { interpretationLine } from '../i18n/plantext.js';
import { CUSTOMARY_NAMES } from '../domain/calendar.js';
import { signingMessages } from '../i18n/signing.js';
import { signingState } from '../roster/signing.js';
import { danishPublicHolidays } from '../domain/holidays.js';
import { INTERPRETATION_KEYS, interpretationsOf } from '../domain/interpretations.js';
import { bodyOf, headingOf, parseBody } from '../roster/text.js';
import { plain, type Line, type PlanBlock, type Run } from './blocks.js';
import { longDate } from './dates.js';

/*
 * The plan document as plain data: sections of blocks (document/blocks.ts) in the order of Landsbyggefonden's template,
 * every text already in the language asked for. The renderers (markdown, html, docx) only lay it out, so the order
 * and the content are defined here once.
 */

/** The plan's blocks: no headings among them, since its sections carry those. */
type Block = PlanBlock;

export interface Section {
  /** Stable, for anchors and tests: "purpose", "levels", … */
  id: string;
  title: string;
  blocks: Block[];
  sections: Section[];
  /** Printed from the top of a page: the signatures, so that they stay together. */
  startsPage?: boolean;
}

export interface PlanDocument {
  lang: Lang;
  title: string;
  /** Under the title: areas and municipality, the period, the template's introduction. */
  front: Block[];
  /** The heading of a table of contents; absent: none (a document of the plan's own text has none). */
  contentsTitle?: string;
  sections: Section[];
  /** `signing`: whether this is the signed version of the plan, in words. */
  footer: { revision: number; lastChanged: string; hash: string; text: string; signing: string; page: string; of: string };
}

const paragraph = (...runs: Run[]): Block => ({ kind: 'paragraph', text: runs });
const para = (text: string): Block => paragraph({ text });
const section = (id: string, title: string, blocks: Block[], sections: Section[] = []): Section => ({ id, title, blocks, sections });

/** "Lasse Bonde, Politikommissær, Østjyllands Politi, tlf. 25 58 32 49" as runs: name and number stand out. */
function contactRuns(c: Contact, tel: (phone: string) => string): Run[] {
  const detail = [c.title, c.organisation].filter(Boolean).join(', ');
  return [{ text: c.name, strong: true }, { text: `${detail ? `, ${detail}` : ''}, ` }, { text: tel(c.phone), strong: true, phone: true }];
}

export function planDocument(roster: Roster, options: { lang: Lang; hash: string }): PlanDocument {
  return roster.text?.length ? textDocument(roster, options) : dataDocument(roster, options);
}

/** The footer: "Version 23 · ændret 27. november 2026 · indhold 6b81bd00". */
function footerOf(roster: Roster, lang: Lang, hash: string): PlanDocument['footer'] {
  const p = planMessages(lang);
  return {
    revision: roster.revision,
    lastChanged: roster.lastChanged,
    hash,
    text: planTextMessages(lang).footer(roster.revision, longDate(roster.lastChanged, messages(lang)), hash),
    signing: signingLine(roster, signingState(roster), lang),
    page: p.page,
    of: p.of,
  };
}

/**
 * What the tool explains, apart from the plan's text: how working days are counted, the holidays of the plan's
 * years, each interpretation with whether the plan states it, and what the footer's content hash is.
 */
function annex(roster: Roster, lang: Lang, hash: string): Section {
  const m = planTextMessages(lang);
  const t = messages(lang);
  const p = planMessages(lang);
  const text = (value: Parameters<typeof pick>[0]) => pick(value, lang);
  const daysOff = [
    ...roster.calendar.customaryDaysOff.map((d) => text(CUSTOMARY_NAMES[d]).toLowerCase()),
    ...roster.calendar.extraDaysOff.map((d) => `${text(d.name)} (${longDate(d.date, t)})`),
  ];
  const first = Number(roster.plan.period.start.slice(0, 4));
  const last = Math.min(Number(roster.plan.period.end.slice(0, 4)), first + 9);
  const years: Block[] = [];
  for (let year = first; year <= last; year++) {
    const days = danishPublicHolidays(year).map((h) => `${text(h.name)} ${longDate(h.date, t).replace(/ \d{4}$/, '')}`);
    years.push(para(m.annex.holidays(year, t.list(days))));
  }
  const i = interpretationsOf(roster);
  const section: Section = {
    id: 'annex',
    title: m.annex.title,
    startsPage: true,
    sections: [],
    blocks: [
      para(m.annex.intro),
      para(m.annex.workingDays(p.orList(daysOff))),
      ...years,
      para(m.annex.interpretationsIntro),
      { kind: 'list', ordered: false, items: INTERPRETATION_KEYS.map((key) => plain(interpretationLine(i[key], lang))) },
      para(m.annex.version(roster.revision, longDate(roster.lastChanged, t), hash)),
    ],
  };
  return section;
}

/**
 * The document of a roster that keeps the plan's text: the text section by section, with the data inserted where
 * the text says, and nothing else in the body. The introduction (the template's first section) stands under the
 * title without a heading, as in the template; the tool's explanations are in the annex.
 */
function textDocument(roster: Roster, options: { lang: Lang; hash: string }): PlanDocument {
  const { lang } = options;
  const m = planTextMessages(lang);
  const index = rosterIndex(roster);
  const contact = (id: string) => contactOf(index, id, lang);
  const text = (value: Parameters<typeof pick>[0]) => pick(value, lang);
  /** A sentence with the phone number kept on one line. */
  const withPhone = (whole: string, phone: string): Run[] => {
    const at = whole.lastIndexOf(phone);
    return [{ text: whole.slice(0, at) }, { text: phone, phone: true }, { text: whole.slice(at + phone.length) }].filter((r) => r.text !== '');
  };

  const inserts: Record<string, () => Block[]> = {
    niveauer: () => [
      {
        kind: 'table',
        id: 'levels',
        header: [m.levelColumns.level, m.levelColumns.situation],
        widths: [22, 78],
        rows: LEVEL_IDS
          .filter((id) => roster.levels[id])
          .map((id) => [[plain(text(roster.levels[id]!.name))], [plain(text(roster.levels[id]!.meaning))]]),
      },
    ],
    deltagere: () =>
      roster.group.members.flatMap((member) => {
        const c = contact(member.person);
        const out: Block[] = [paragraph(...withPhone(m.participant(c.title ?? '', c.organisation ?? '', c.name, c.phone), c.phone))];
        if (member.substitute) {
          const sub = contact(member.substitute);
          out.push(paragraph(...withPhone(m.substitute(sub.title ?? '', sub.organisation ?? '', sub.name, sub.phone), sub.phone)));
        }
        return out;
      }),
    reserve: () => {
      const seen = new Set<string>();
      const items: Line[] = [];
      for (const chain of roster.activation.chains) {
        chain.contacts.forEach((id, k) => {
          if (k === 0 || !index.hotlines.has(id) || seen.has(id)) return;
          seen.add(id);
          const c = contact(id);
          items.push(withPhone(m.fallback(c.name, c.phone), c.phone));
        });
      }
      return items.length ? [{ kind: 'list', ordered: false, items }] : [];
    },
    presse: () => [
      {
        kind: 'list',
        ordered: false,
        items: roster.press.contacts.map((id) => {
          const c = contact(id);
          return withPhone(m.participant(c.title ?? '', c.organisation ?? '', c.name, c.phone), c.phone);
        }),
      },
    ],
    underskrifter: () => {
      const marks = signatureMarks(roster, lang);
      return roster.signatories.flatMap((s, i): Block[] => [
        paragraph({ text: m.signatory(s.title, s.organisation) }, { text: index.people.get(s.person)?.name ?? s.person }),
        { kind: 'signature-space', ...marks[i] },
      ]);
    },
  };

  const blocksOf = (body: string): Block[] =>
    parseBody(body).flatMap((piece): Block[] => {
      if (piece.kind === 'paragraph') return [para(piece.text)];
      if (piece.kind === 'list') return [{ kind: 'list', ordered: false, items: piece.items.map((item) => plain(item.text)) }];
      // An insert lint does not know is printed as written, so nothing disappears without a trace.
      return piece.known ? inserts[piece.name]!() : [para(`{{${piece.name}}}`)];
    });

  const front: Block[] = [];
  const sections: Section[] = [];
  for (const s of roster.text!) {
    const blocks = blocksOf(bodyOf(s, lang));
    if (s.section === 'indledning' && sections.length === 0) front.push(...blocks);
    else sections.push({ id: s.section, title: headingOf(s, lang, m.headings), blocks, sections: [], startsPage: s.section === 'underskrift' || undefined });
  }
  sections.push(annex(roster, lang, options.hash));
  return { lang, title: roster.plan.title, front, sections, footer: footerOf(roster, lang, options.hash) };
}

/** The document of a roster without the plan's text: sections written from the data, as the template orders them. */
function dataDocument(roster: Roster, options: { lang: Lang; hash: string }): PlanDocument {
  const { lang } = options;
  const t = messages(lang);
  const p = planMessages(lang);
  const index = rosterIndex(roster);
  const contact = (id: string) => contactOf(index, id, lang);
  const name = (id: string) => nameOf(index, id, lang);
  const text = (value: Parameters<typeof pick>[0]) => pick(value, lang);
  const plan = roster.plan;
  const period = `${longDate(plan.period.start, t)} – ${longDate(plan.period.end, t)}`;
  const sign = signingMessages(lang);
  const signing = signingState(roster);
  const marks = signatureMarks(roster, lang);

  const front: Block[] = [
    para(p.subtitle(plan.areas, plan.municipality)),
    para(p.period(longDate(plan.period.start, t), longDate(plan.period.end, t))),
    ...p.intro.map(para),
  ];

  // Formål, with the three levels and how fast the group meets.
  const levelIds = LEVEL_IDS.filter((id) => roster.levels[id]);
  const levelOf = (id: LevelId) => roster.levels[id]!;
  const conveneCell = (id: LevelId): string => {
    const c = levelOf(id).convene;
    if (c.type === 'none') return p.convene.none(t.list(c.forums.map(text)));
    return c.type === 'working-days' ? p.convene.workingDays(c.days) : p.convene.hours(c.hours);
  };
  const rules = levelIds.flatMap((id): Line[] => {
    const c = levelOf(id).convene;
    const levelName = text(levelOf(id).name);
    if (c.type === 'working-days') return [plain(p.conveneRule.workingDays(levelName, c.days))];
    if (c.type === 'hours') return [plain(p.conveneRule.hours(levelName, c.hours))];
    return [];
  });
  const levels = section('levels', p.headings.levels, [
    {
      kind: 'table',
      id: 'levels',
      header: [p.levelColumns.level, p.levelColumns.situation, p.levelColumns.examples, p.levelColumns.convene],
      widths: [10, 36, 26, 28],
      rows: levelIds.map((id) => {
        const level = levelOf(id);
        return [[[{ text: text(level.name), strong: true }]], [plain(text(level.meaning))], (level.examples ?? []).map((e) => plain(text(e))), [plain(conveneCell(id))]];
      }),
    },
    ...(rules.length ? [para(p.conveneIntro), { kind: 'list', ordered: false, items: rules } as Block] : []),
  ]);
  const purpose = section(
    'purpose',
    p.headings.purpose,
    [para(text(plan.purpose)), para(p.appliesTo(plan.municipality, plan.areas.length)), { kind: 'list', ordered: false, items: plan.areas.map(plain) }],
    [levels],
  );

  // Deltagere: the group as a table, the coordinator, ad hoc participants, keeping it current.
  const coordinator = contact(roster.group.coordinator);
  const members = roster.group.members.map((m) => {
    const c = contact(m.person);
    const sub = m.substitute ? contact(m.substitute) : undefined;
    const nameCell: Line[] = [[{ text: c.name, strong: true }]];
    if (c.id === coordinator.id) nameCell[0]!.push({ text: ` ${p.coordinatorMark}` });
    const subCell: Line[] = sub ? [[{ text: sub.name, strong: true }], plain([sub.title, sub.organisation].filter(Boolean).join(', ')), [{ text: sub.phone, strong: true, phone: true }]] : [];
    return [nameCell, [plain(c.title)], [plain(c.organisation)], [[{ text: c.phone, strong: true, phone: true }]], subCell];
  });
  const group = section(
    'group',
    p.headings.group,
    [
      para(p.groupIntro(plan.municipality, period)),
      {
        kind: 'table',
        id: 'group',
        header: [p.groupColumns.name, p.groupColumns.title, p.groupColumns.organisation, p.groupColumns.phone, p.groupColumns.substitute],
        widths: [17, 21, 22, 15, 25],
        rows: members,
      },
      paragraph(...framed(p.coordinator, coordinator, p.tel)),
    ],
    [
      section('ad-hoc', p.headings.adHoc, [para(p.adHocIntro), { kind: 'list', ordered: false, items: roster.adHoc.map((entry) => adHocItem(adHocOf(index, entry, lang))) }]),
      section('updates', p.headings.updates, [para(text(roster.group.updates))]),
    ],
  );

  // Organisering: who may activate, who invites, the annual meeting, information sharing, who informs whom.
  const duties = roster.communication.map((duty): Line => {
    const extra = [duty.with?.length ? p.with(t.list(duty.with.map(name))) : '', duty.when ? text(duty.when) : ''].filter(Boolean).join(', ');
    const by = t.list(duty.by.map(name));
    const sentence = p.informs(by, text(duty.informs), extra);
    return [{ text: by, strong: true }, { text: sentence.slice(by.length) }];
  });
  const organisation = section(
    'organisation',
    p.headings.organisation,
    [
      para(p.convenedWhen),
      para(text(roster.activation.initiative)),
      paragraph(...framed((who) => p.coordinatorInvites(who, text(roster.group.coordinatorDuty)), coordinator, p.tel)),
      para(p.meetingAssesses),
    ],
    [
      section('status-meeting', p.headings.statusMeeting, [para(text(plan.statusMeeting.purpose)), para(p.organiser(name(plan.statusMeeting.organiser)))]),
      section('information-sharing', p.headings.informationSharing, [para(text(plan.informationSharing))]),
      section('informs', p.headings.informs, [...(duties.length ? [{ kind: 'list', ordered: false, items: duties } as Block] : []), para(p.everyoneCarriesOut)]),
    ],
  );

  // Kompetencer/handlemuligheder: the police's instructions, the call order down to the hotline, evaluation.
  const instructions = levelIds.flatMap((id) => {
    const level = levelOf(id);
    return level.instructions ? [para(p.instructions(text(level.name), text(level.instructions)))] : [];
  });
  const chains: Block[] = roster.activation.chains.flatMap((chain, i): Block[] => [
    paragraph({ text: `${i + 1}. ${text(chain.title)}`, strong: true }),
    para(text(chain.purpose)),
    {
      kind: 'list',
      ordered: true,
      items: chain.contacts.map((id, k) => {
        const runs = contactRuns(contact(id), p.tel);
        return k > 0 ? [...runs, { text: ` (${p.ifNoAnswer})` }] : runs;
      }),
    },
  ]);
  const competences = section(
    'competences',
    p.headings.competences,
    [...instructions, para(p.policeFirst)],
    [section('call-order', p.headings.callOrder, chains), section('evaluation', p.headings.evaluation, [para(text(plan.evaluation))])],
  );

  const press = section('press', p.headings.press, [
    para(p.pressResponsible(t.list(roster.press.responsible.map(name)))),
    para(text(roster.press.agreement)),
    para(p.pressIntro),
    { kind: 'list', ordered: false, items: roster.press.contacts.map((id) => contactRuns(contact(id), p.tel)) },
  ]);

  const commission = section('commission', p.headings.commission, [para(text(plan.commission))]);

  const signatures: Section = section(
    'signatures',
    p.headings.signatures,
    roster.signatories.length
      ? [
          para(p.signaturesIntro),
          ...(roster.content ? [para(sign.page.version(signing.hashMatches ? signing.version : signing.version + 1))] : []),
          {
            kind: 'signatures',
            labels: { name: p.groupColumns.name, role: p.signatureRole, date: p.signatureDate, signature: p.signatureLine },
            people: roster.signatories.map((s, i) => {
              const mark = marks[i]!;
              return {
                name: index.people.get(s.person)?.name ?? s.person,
                title: s.title,
                organisation: s.organisation,
                ...mark,
              };
            }),
          },
        ]
      : [para(p.noSignatories)],
  );
  signatures.startsPage = roster.signatories.length > 0;

  return {
    lang,
    title: plan.title,
    front,
    contentsTitle: p.contents,
    sections: [purpose, group, organisation, competences, press, commission, signatures, annex(roster, lang, options.hash)],
    footer: footerOf(roster, lang, options.hash),
  };
}

/**
 * For each signatory, what stands on their signature line: the date and version where they signed the version the
 * document is, a note of an older signature otherwise. A document changed since its version was recorded is a version
 * nobody has signed yet.
 */
function signatureMarks(roster: Roster, lang: Lang): Array<{ signed?: string; note?: string }> {
  const sign = signingMessages(lang);
  const state = signingState(roster);
  const shown = state.hashMatches ? state.version : state.version + 1;
  return state.signatories.map((x) => {
    const current = state.hashMatches ? x.current : undefined;
    if (current) return { signed: sign.page.signed(current.version, longDate(current.date, messages(lang))) };
    if (x.latest) return { note: sign.page.signedOlder(x.latest.version, longDate(x.latest.date, messages(lang)), shown) };
    return {};
  });
}

/** Whether the document is the signed version: the one every signatory signed, and who approved it. */
function signingLine(roster: Roster, state: ReturnType<typeof signingState>, lang: Lang): string {
  const f = signingMessages(lang).footer;
  if (!state.anyRecord) return f.unrecorded;
  const approval = state.approval && state.approval.version === state.version ? ` ${f.approved(state.approval.by, longDate(state.approval.date, messages(lang)))}` : '';
  if (state.complete?.version === state.version && state.hashMatches) return f.signed(state.version) + approval;
  const count = state.signatories.filter((s) => s.current).length;
  return f.notSigned(state.hashMatches ? state.version : state.version + 1, state.hashMatches ? count : 0, roster.signatories.length);
}

/** A sentence around a contact, as runs: the contact's name and number stand out. */
function framed(sentence: (who: string) => string, c: Contact, tel: (phone: string) => string): Run[] {
  const marker = '\u0000';
  const whole = sentence(marker);
  const at = whole.indexOf(marker);
  return [{ text: whole.slice(0, at) }, ...contactRuns(c, tel), { text: whole.slice(at + marker.length) }].filter((r) => r.text !== '');
}

/** Every section, depth first, with its depth (1 for the top level): the order the renderers write them in. */
export function outline(doc: PlanDocument): Array<{ section: Section; depth: number }> {
  const out: Array<{ section: Section; depth: number }> = [];
  const walk = (sections: Section[], depth: number) => {
    for (const s of sections) {
      out.push({ section: s, depth });
      walk(s.sections, depth + 1);
    }
  };
  walk(doc.sections, 1);
  return out;
}

/** An ad hoc participant: the name, and the number when the entry points at a person or hotline. */
function adHocItem(entry: { name: string; contact?: Contact }) {
  return plain(entry.contact ? `${entry.name}, ${entry.contact.phone}` : entry.name);
}
