import { antal } from '../plural.js';
import { lazy } from '../lazy.js';

/** Everything `invite` and the activation page say, in Danish; en/ mirrors it. */

const table = () => ({
  cli: {
    description: 'indkald beredskabsgruppen: kalenderinvitation, sms og e-mail, tjekket mod mødefristen',
    level: 'niveau: gul eller rød (også yellow, red)',
    at: 'tidspunkt for aktiveringen, fx 2026-12-23T22:00 (standard: nu); brug det samme, når invitationen sendes igen',
    meeting: 'mødets start, fx "24.12.2026 10.00" (standard: et forslag inden fristen)',
    duration: 'mødets længde, fx 1h30m, 90m eller 1:30 (standard: 1h)',
    place: 'mødested',
    online: 'link til onlinemødet (https://…)',
    dialIn: 'telefonnummer til at ringe ind til mødet, fx "+45 70 10 10 10"',
    pin: 'pinkode til --dial-in; telefonen taster den selv (+4570101010,,,123456#)',
    reason: 'årsagen til aktiveringen, med i invitationen',
    without: 'medlem eller suppleant (id), der er forhindret; for et medlem inviteres suppleanten i stedet (kan gentages eller kommasepareres)',
    also: 'inviter også denne person eller dette døgnnummer (id), fx fra ad hoc-listen (kan gentages eller kommasepareres)',
    format: 'format: text, ics, sms, email eller json',
    id: 'aktiveringens id; giver samme kalender-UID, uanset tidspunkt',
    sequence: 'versionsnummer, når invitationen sendes igen med et nyt tidspunkt: 1, 2, … (standard: 0)',
    output: 'skriv til denne fil (ellers standardoutput)',
    activateFormat: 'format: text, json eller html (siden til telefonen)',
  },
  usage: {
    meetingFormat: (value: string) =>
      `--meeting: "${value}" er ikke et tidspunkt; skriv fx "24.12.2026 10.00", "2026-12-24 10.00" eller 2026-12-24T10:00+01:00`,
    meetingNonexistent: (value: string, zone: string) =>
      `--meeting: ${value} findes ikke i ${zone}: uret springer en time frem ved overgangen til sommertid. Vælg et andet klokkeslæt, eller skriv det med offset, fx ${value}+01:00`,
    meetingAmbiguous: (value: string, zone: string, first: string, second: string) =>
      `--meeting: ${value} findes to gange i ${zone}: uret stilles en time tilbage ved overgangen til vintertid. Skriv tidspunktet med offset: ${first} (første gang) eller ${second} (anden gang)`,
    duration: (value: string) => `--duration: "${value}" er ikke en varighed mellem 5 minutter og 24 timer; skriv fx 1h, 1h30m, 90m eller 1:30`,
    online: (value: string) => `--online: "${value}" er ikke et link; skriv hele adressen, fx https://teams.microsoft.com/l/meetup-join/…`,
    dialIn: (value: string) => `--dial-in: "${value}" er ikke et telefonnummer; skriv fx "+45 70 10 10 10" eller "70 10 10 10"`,
    dialInService: (value: string) => `--dial-in: ${value} er et servicenummer, ikke et mødenummer; skriv nummeret, man ringer ind til mødet på, fx "70 10 10 10"`,
    pin: (value: string) => `--pin: "${value}" er ikke en pinkode; kun cifre, fx 123456`,
    pinWithoutDialIn: () => `--pin kræver --dial-in (nummeret, pinkoden tastes på)`,
    sequence: (value: string) => `--sequence: "${value}" er ikke et helt tal fra 0 og op`,
    id: (value: string) => `--id: "${value}" er ikke et id; brug bogstaver, cifre, punktum, bindestreg og understreg (højst 64 tegn)`,
    notAMember: (id: string, members: string) => `--without: "${id}" er hverken medlem af gruppen eller suppleant; medlemmerne er ${members}`,
    unknownGuest: (id: string) => `--also: "${id}" findes ikke i planfilen som person eller døgnnummer`,
    organisationGuest: (id: string, name: string) =>
      `--also: "${id}" er organisationen ${name}, som hverken har telefon eller e-mail i planfilen; angiv en person eller et døgnnummer`,
    organiserAbsent: (name: string) =>
      `--without: koordinatoren ${name} indkalder til mødet og har ingen suppleant i planfilen; ingen anden kan indkalde i koordinatorens sted herfra`,
    green: () => `grønt niveau indkalder ikke til møde; vælg gul eller rød`,
  },
  refuse: {
    prefix: 'beredskab: ',
    beforeActivation: (meeting: string, activated: string, deadline: string, latest: string) =>
      `mødet (${meeting}) ligger før aktiveringen (${activated}). Gruppen skal mødes senest ${deadline}; vælg en start mellem aktiveringen og ${latest}`,
    afterDeadline: (meeting: string, deadline: string, latest: string, duration: string) =>
      `mødet (${meeting}) ligger efter fristen. Gruppen skal mødes senest ${deadline}; et møde på ${duration} skal derfor begynde senest ${latest}`,
    afterDeadlineStart: (meeting: string, deadline: string) =>
      `mødet (${meeting}) ligger efter fristen. Gruppen skal mødes senest ${deadline}, og mødet skal derfor begynde senest da`,
    tooLong: (duration: string, deadline: string) =>
      `et møde på ${duration} kan ikke nå at slutte inden fristen ${deadline}; vælg et kortere møde med --duration`,
  },
  duration: (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return [h ? `${antal(h, 'time', 'timer')}` : '', m ? `${m} min.` : ''].filter(Boolean).join(' ');
  },
  proposedNote: (when: string) => `Mødetidspunktet ${when} er et forslag; vælg selv et andet med --meeting`,
  levelPhrase: (levelName: string) => `${levelName.toLowerCase()} niveau`,
  text: {
    heading: (level: string) => `Indkaldelse til beredskabsgruppen – ${level.toUpperCase()} NIVEAU`,
    activated: (when: string) => `Aktiveret ${when}`,
    deadline: (when: string) => `Gruppen skal mødes senest ${when}`,
    latestStart: (duration: string, when: string) => `Seneste start for et møde på ${duration}: ${when}`,
    endsAfter: (rule: string) => `Mødet slutter efter fristen. ${rule}`,
    meeting: 'Møde:',
    proposed: '(et forslag: næste arbejdsdag kl. 09.00 ved gult niveau, ved rødt den første hele time mindst to timer frem inden for arbejdstiden; vælg selv et tidspunkt med --meeting)',
    place: 'Sted:',
    online: 'Online:',
    dialIn: 'Ring ind:',
    reason: 'Årsag:',
    organiser: 'Indkalder:',
    guests: (n: number) => `Inviteres (${n}):`,
    standsInFor: (name: string) => `for ${name}`,
    adHoc: 'ad hoc',
    absent: 'Forhindret:',
    absentWith: (member: string, substitute: string) => `${member} (suppleant ${substitute} inviteres)`,
    absentWithout: (member: string) => `${member} (ingen suppleant)`,
    absentBoth: (member: string, substitute: string) => `${member} (uden stedfortræder: suppleanten ${substitute} er også forhindret)`,
    noEmail: 'Uden e-mail (ring eller send sms):',
    resend: (at: string, next: number) =>
      `Flyttes mødet: send igen med --at ${at} (eller samme --id) og --sequence ${next}, så flytter kalenderne mødet i stedet for at oprette et nyt.`,
    formats: 'Som kalenderinvitation, sms eller e-mail: --format ics, sms eller email.',
  },
  ics: {
    summary: (level: string) => `Møde i beredskabsgruppen – ${level}`,
    reason: (text: string) => `Årsag: ${text}`,
    deadline: (when: string) => `Gruppen skal mødes senest ${when}.`,
    online: (url: string) => `Online: ${url}`,
    dialIn: (dial: string) => `Ring ind: ${dial}`,
    organiser: (name: string, phone: string) => `Indkalder: ${name}, ${phone}`,
    callList: 'Ringeliste:',
    ifNoAnswer: 'hvis ingen svarer',
    guests: 'Inviteret:',
    alarm: (level: string) => `Om en time: møde i beredskabsgruppen (${level})`,
  },
  sms: {
    body: (a: { level: string; when: string; place?: string; online?: string; dialIn?: string; reason?: string; organiser: string; phone: string }) =>
      [
        `Beredskabsgruppen indkaldes (${a.level}): møde ${a.when}${a.place ? `, ${a.place}` : ''}.`,
        a.online ? `Online: ${a.online}` : '',
        a.dialIn ? `Ring ind: ${a.dialIn}` : '',
        a.reason ? `Årsag: ${a.reason}` : '',
        `Svar til ${a.organiser}, ${a.phone}.`,
      ]
        .filter(Boolean)
        .join('\n'),
    when: (day: string, clock: string) => `${day} kl. ${clock}`,
    length: (chars: number, segments: number, encoding: string, perSegment: number) =>
      `Længde: ${chars} tegn = ${segments} sms (${encoding}, ${perSegment} tegn pr. sms${segments > 1 ? ' i en delt besked' : ''})`,
    outside: (chars: string) => `Tegn uden for GSM-7: ${chars}. De gør hver sms højst 70 tegn; skriv dem om for at spare sms'er.`,
    recipients: (n: number) => `Modtagere (${n}), klar til en gruppebesked:`,
    notSms: 'Kan ikke få sms (intet mobilnummer):',
  },
  email: {
    to: 'Til:',
    subjectLabel: 'Emne:',
    subject: (level: string, when: string) => `Indkaldelse: beredskabsgruppen mødes ${when} (${level})`,
    greeting: 'Kære beredskabsgruppe',
    intro: (level: string, when: string) => `Beredskabet er aktiveret på ${level} ${when}. Jeg indkalder hermed til møde.`,
    time: 'Tid:',
    deadline: (when: string) => `Ifølge beredskabsplanen skal gruppen mødes senest ${when}.`,
    absent: 'Giv mig besked med det samme, hvis du er forhindret, og send din suppleant.',
    regards: 'Venlig hilsen',
    phone: (phone: string) => `Tlf. ${phone}`,
    link: 'Åbn som ny e-mail:',
    noEmail: 'Uden e-mail i planfilen (ring eller send sms):',
    none: 'Ingen af de inviterede har en e-mailadresse i planfilen.',
  },
  page: {
    title: (level: string) => `${level} niveau – aktivering`,
    activated: (when: string) => `Aktiveret ${when}`,
    meetBy: 'Gruppen skal mødes senest',
    call: 'Ring',
    sms: 'sms',
    ifNoAnswer: 'hvis ingen svarer',
    members: 'Inviteres til mødet',
    substitute: (name: string) => `suppleant for ${name}`,
    adHoc: 'Overvej også at indkalde (ad hoc)',
    whoInforms: 'Hvem informerer hvem',
    press: 'Pressen',
    sharing: 'Deling af oplysninger',
    afterwards: 'Bagefter',
    made: (revision: number, lastChanged: string) => `Planfilens revision ${revision}, sidst ændret ${lastChanged}. Lavet med beredskab activate --format html.`,
    green: 'Intet møde i beredskabsgruppen',
  },
});

export const da = lazy(table);

export type InviteMessages = ReturnType<typeof da>;
