import { count } from '../plural.js';
import type { InviteMessages } from '../da/invite.js';
import { lazy } from '../lazy.js';

/** Everything `invite` and the activation page say, in English. */

const table = (): InviteMessages => ({
  cli: {
    description: 'convene the group: a calendar invitation, an SMS and an e-mail, checked against the deadline',
    level: 'level: yellow or red (gul, rød)',
    at: 'when the plan was activated, e.g. 2026-12-23T22:00 (default: now); use the same one when sending again',
    meeting: 'when the meeting starts, e.g. 2026-12-24T10:00 (default: a proposal within the deadline)',
    duration: 'how long the meeting lasts, e.g. 1h30m, 90m or 1:30 (default: 1h)',
    place: 'where the group meets',
    online: 'link to the online meeting (https://…)',
    dialIn: 'phone number to dial in to the meeting, e.g. "+45 70 10 10 10"',
    pin: 'PIN for --dial-in; the phone keys it in itself (+4570101010,,,123456#)',
    reason: 'why the plan was activated, put in the invitation',
    without: 'member or substitute (id) who cannot come; for a member the substitute is invited instead (may be repeated or comma-separated)',
    also: 'also invite this person or hotline (id), e.g. from the ad hoc list (may be repeated or comma-separated)',
    format: 'format: text, ics, sms, email or json',
    id: "the activation's id; gives the same calendar UID whatever the time",
    sequence: 'version number when the invitation is sent again with a new time: 1, 2, … (default: 0)',
    output: 'write to this file (else standard output)',
    activateFormat: 'format: text, json or html (the page for a phone)',
  },
  usage: {
    meetingFormat: (value: string) =>
      `--meeting: "${value}" is not a time; write e.g. 2026-12-24T10:00, "2026-12-24 10:00" or 2026-12-24T10:00+01:00`,
    meetingNonexistent: (value: string, zone: string) =>
      `--meeting: ${value} does not exist in ${zone}: the clock jumps an hour ahead when summer time begins. Choose another time, or write it with an offset, e.g. ${value}+01:00`,
    meetingAmbiguous: (value: string, zone: string, first: string, second: string) =>
      `--meeting: ${value} occurs twice in ${zone}: the clock goes back an hour when summer time ends. Write the time with an offset: ${first} (the first time) or ${second} (the second time)`,
    duration: (value: string) => `--duration: "${value}" is not a duration between 5 minutes and 24 hours; write e.g. 1h, 1h30m, 90m or 1:30`,
    online: (value: string) => `--online: "${value}" is not a link; write the whole address, e.g. https://teams.microsoft.com/l/meetup-join/…`,
    dialIn: (value: string) => `--dial-in: "${value}" is not a phone number; write e.g. "+45 70 10 10 10" or "70 10 10 10"`,
    dialInService: (value: string) => `--dial-in: ${value} is a service number, not a meeting's number; write the number to dial into the meeting, e.g. "70 10 10 10"`,
    pin: (value: string) => `--pin: "${value}" is not a PIN; digits only, e.g. 123456`,
    pinWithoutDialIn: () => `--pin needs --dial-in (the number the PIN is keyed in after)`,
    sequence: (value: string) => `--sequence: "${value}" is not a whole number from 0 up`,
    id: (value: string) => `--id: "${value}" is not an id; use letters, digits, dots, hyphens and underscores (at most 64)`,
    notAMember: (id: string, members: string) => `--without: "${id}" is neither a member of the group nor a substitute; the members are ${members}`,
    unknownGuest: (id: string) => `--also: "${id}" is not a person or hotline in the roster`,
    organisationGuest: (id: string, name: string) =>
      `--also: "${id}" is the organisation ${name}, which has neither a phone nor an e-mail in the roster; name a person or a hotline`,
    organiserAbsent: (name: string) =>
      `--without: the coordinator ${name} convenes the meeting and has no substitute in the roster; nobody else can convene it from here`,
    green: () => `the green level convenes no meeting; choose yellow or red`,
  },
  refuse: {
    prefix: 'beredskab: ',
    beforeActivation: (meeting: string, activated: string, deadline: string, latest: string) =>
      `the meeting (${meeting}) is before the activation (${activated}). The group must meet by ${deadline}; choose a start between the activation and ${latest}`,
    afterDeadline: (meeting: string, deadline: string, latest: string, duration: string) =>
      `the meeting (${meeting}) is after the deadline. The group must meet by ${deadline}; a meeting of ${duration} must therefore start by ${latest}`,
    afterDeadlineStart: (meeting: string, deadline: string) =>
      `the meeting (${meeting}) is after the deadline. The group must meet by ${deadline}, so the meeting must start by then`,
    tooLong: (duration: string, deadline: string) =>
      `a meeting of ${duration} cannot end before the deadline ${deadline}; choose a shorter one with --duration`,
  },
  duration: (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return [h ? `${count(h, 'hour', 'hours')}` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
  },
  proposedNote: (when: string) => `The meeting time ${when} is a proposal; choose another with --meeting`,
  levelPhrase: (levelName: string) => `${levelName.toLowerCase()} level`,
  text: {
    heading: (level: string) => `Convening the emergency group – ${level.toUpperCase()} LEVEL`,
    activated: (when: string) => `Activated ${when}`,
    deadline: (when: string) => `The group must meet by ${when}`,
    latestStart: (duration: string, when: string) => `Latest start of a meeting of ${duration}: ${when}`,
    endsAfter: (rule: string) => `The meeting ends after the deadline. ${rule}`,
    meeting: 'Meeting:',
    proposed: '(a proposal: the next working day at 09:00 on yellow, on red the first whole hour at least two hours ahead within working hours; choose a time with --meeting)',
    place: 'Place:',
    online: 'Online:',
    dialIn: 'Dial in:',
    reason: 'Reason:',
    organiser: 'Convened by:',
    guests: (n: number) => `Invited (${n}):`,
    standsInFor: (name: string) => `for ${name}`,
    adHoc: 'ad hoc',
    absent: 'Cannot come:',
    absentWith: (member: string, substitute: string) => `${member} (substitute ${substitute} is invited)`,
    absentWithout: (member: string) => `${member} (no substitute)`,
    absentBoth: (member: string, substitute: string) => `${member} (no stand-in: the substitute ${substitute} cannot come either)`,
    noEmail: 'No e-mail (call or text):',
    resend: (at: string, next: number) =>
      `If the meeting moves: send again with --at ${at} (or the same --id) and --sequence ${next}, so calendars move the meeting instead of adding another.`,
    formats: 'As a calendar invitation, SMS or e-mail: --format ics, sms or email.',
  },
  ics: {
    summary: (level: string) => `Emergency group meeting – ${level}`,
    reason: (text: string) => `Reason: ${text}`,
    deadline: (when: string) => `The group must meet by ${when}.`,
    online: (url: string) => `Online: ${url}`,
    dialIn: (dial: string) => `Dial in: ${dial}`,
    organiser: (name: string, phone: string) => `Convened by: ${name}, ${phone}`,
    callList: 'Call list:',
    ifNoAnswer: 'if nobody answers',
    guests: 'Invited:',
    alarm: (level: string) => `In an hour: emergency group meeting (${level})`,
  },
  sms: {
    body: (a) =>
      [
        `The emergency group is convened (${a.level}): meeting ${a.when}${a.place ? `, ${a.place}` : ''}.`,
        a.online ? `Online: ${a.online}` : '',
        a.dialIn ? `Dial in: ${a.dialIn}` : '',
        a.reason ? `Reason: ${a.reason}` : '',
        `Reply to ${a.organiser}, ${a.phone}.`,
      ]
        .filter(Boolean)
        .join('\n'),
    when: (day: string, clock: string) => `${day} at ${clock}`,
    length: (chars: number, segments: number, encoding: string, perSegment: number) =>
      `Length: ${chars} characters = ${segments} SMS (${encoding}, ${perSegment} characters per SMS${segments > 1 ? ' in a split message' : ''})`,
    outside: (chars: string) => `Characters outside GSM-7: ${chars}. They make each SMS at most 70 characters; rewrite them to save messages.`,
    recipients: (n: number) => `Recipients (${n}), ready for a group message:`,
    notSms: 'Cannot receive SMS (no mobile number):',
  },
  email: {
    to: 'To:',
    subjectLabel: 'Subject:',
    subject: (level: string, when: string) => `Convened: the emergency group meets ${when} (${level})`,
    greeting: 'Dear members of the emergency group',
    intro: (level: string, when: string) => `The plan was activated at ${level} on ${when}. I hereby convene a meeting.`,
    time: 'When:',
    deadline: (when: string) => `Under the plan the group must meet by ${when}.`,
    absent: 'Tell me at once if you cannot come, and send your substitute.',
    regards: 'Kind regards',
    phone: (phone: string) => `Phone ${phone}`,
    link: 'Open as a new e-mail:',
    noEmail: 'No e-mail in the roster (call or text):',
    none: 'None of those invited has an e-mail address in the roster.',
  },
  page: {
    title: (level: string) => `${level} level – activation`,
    activated: (when: string) => `Activated ${when}`,
    meetBy: 'The group must meet by',
    call: 'Call',
    sms: 'SMS',
    ifNoAnswer: 'if nobody answers',
    members: 'Invite to the meeting',
    substitute: (name: string) => `substitute for ${name}`,
    adHoc: 'Consider also calling in (ad hoc)',
    whoInforms: 'Who informs whom',
    press: 'The press',
    sharing: 'Sharing information',
    afterwards: 'Afterwards',
    made: (revision: number, lastChanged: string) => `Roster revision ${revision}, last changed ${lastChanged}. Made with beredskab activate --format html.`,
    green: 'No meeting of the emergency group',
  },
});

export const en = lazy(table);
