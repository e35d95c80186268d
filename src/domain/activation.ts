import type { DateTime } from 'luxon';
import { pick, type Lang } from '../roster/lang.js';
import { adHocOf, contactOf, nameOf, rosterIndex, type Contact } from '../roster/contacts.js';
import type { LevelId, Roster } from '../roster/schema.js';
import type { WorkingCalendar } from './calendar.js';
import { meetingDeadline, type Deadline } from './deadline.js';
import { zoneOf } from './zone.js';

export interface CallStep {
  id: string;
  title: string;
  purpose: string;
  /** In the order they are to be called; each next one only if the one before does not answer. */
  contacts: Contact[];
}

export interface Invitee {
  member: Contact;
  substitute?: Contact;
}

export interface InformDuty {
  id: string;
  by: string[];
  informs: string;
  when?: string;
  with: string[];
}

/** Everything a coordinator must do for one activation, in the roster's order, as plain data. */
export interface Activation {
  /** Which plan and which version of it, for the footer of a page that may be printed and kept. */
  plan: { title: string; revision: number; lastChanged: string };
  level: LevelId;
  levelName: string;
  meaning: string;
  activatedAt: DateTime;
  /** The plan's period, ISO dates: an activation outside it is warned about. */
  period: { start: string; end: string };
  instructions?: string;
  /** Green: the ordinary forums; no meeting is convened. */
  forums?: string[];
  deadline?: Deadline;
  chains: CallStep[];
  coordinator: Contact;
  coordinatorDuty: string;
  invitees: Invitee[];
  /** Names of whom to consider calling in, as the roster lists them. */
  adHoc: string[];
  /** The ad hoc entries that refer to a person or hotline: whom to ring. */
  adHocContacts: Contact[];
  informs: InformDuty[];
  press: { responsible: string[]; agreement: string; contacts: Contact[] };
  informationSharing: string;
  evaluation: string;
  statusMeeting: { organiser: string; purpose: string };
}

export function planActivation(roster: Roster, level: LevelId, activatedAt: DateTime, calendar: WorkingCalendar, lang: Lang): Activation {
  const index = rosterIndex(roster);
  const levelDef = roster.levels[level]!;
  const contact = (id: string) => contactOf(index, id, lang);
  const coordinatorId = roster.group.coordinator;
  return {
    plan: { title: roster.plan.title, revision: roster.revision, lastChanged: roster.lastChanged },
    level,
    levelName: pick(levelDef.name, lang),
    meaning: pick(levelDef.meaning, lang),
    activatedAt: activatedAt.setZone(zoneOf(roster.plan.timezone)),
    period: { start: roster.plan.period.start, end: roster.plan.period.end },
    instructions: levelDef.instructions && pick(levelDef.instructions, lang),
    forums: levelDef.convene.type === 'none' ? levelDef.convene.forums.map((f) => pick(f, lang)) : undefined,
    deadline: meetingDeadline(roster, level, activatedAt, calendar),
    chains: roster.activation.chains.map((chain) => ({
      id: chain.id,
      title: pick(chain.title, lang),
      purpose: pick(chain.purpose, lang),
      contacts: chain.contacts.map(contact),
    })),
    coordinator: contact(coordinatorId),
    coordinatorDuty: pick(roster.group.coordinatorDuty, lang),
    invitees: roster.group.members
      .filter((m) => m.person !== coordinatorId)
      .map((m) => ({ member: contact(m.person), substitute: m.substitute ? contact(m.substitute) : undefined })),
    adHoc: roster.adHoc.map((a) => adHocOf(index, a, lang).name),
    adHocContacts: roster.adHoc.flatMap((a) => adHocOf(index, a, lang).contact ?? []),
    informs: roster.communication.map((duty) => ({
      id: duty.id,
      by: duty.by.map((id) => nameOf(index, id, lang)),
      informs: pick(duty.informs, lang),
      when: duty.when && pick(duty.when, lang),
      with: (duty.with ?? []).map((id) => nameOf(index, id, lang)),
    })),
    press: {
      responsible: roster.press.responsible.map((id) => nameOf(index, id, lang)),
      agreement: pick(roster.press.agreement, lang),
      contacts: roster.press.contacts.map(contact),
    },
    informationSharing: pick(roster.plan.informationSharing, lang),
    evaluation: pick(roster.plan.evaluation, lang),
    statusMeeting: {
      organiser: nameOf(index, roster.plan.statusMeeting.organiser, lang),
      purpose: pick(roster.plan.statusMeeting.purpose, lang),
    },
  };
}
