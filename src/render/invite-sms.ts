import { SegmentedMessage } from 'sms-segments-calculator';
import type { Invitation } from '../domain/invite.js';
import { smsRecipients } from '../domain/invite.js';
import { shortDay, spokenClock } from '../document/dates.js';
import type { InviteView } from './invite-common.js';
import { terminalSafeData } from './escape.js';

export interface SmsMessage {
  text: string;
  /** Characters as the network counts them: GSM-7 extension characters (€ [ ] { } …) count two; in UCS-2 an emoji counts two. */
  characters: number;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters per segment for this encoding and length: 160/153 (GSM-7), 70/67 (UCS-2). */
  perSegment: number;
  /** Characters outside GSM 03.38 that force UCS-2, each once. */
  outside: string[];
}

/** Segments as the network splits a message, by Twilio's segment calculator (GSM 03.38 basic and extension tables). */
export function smsSegments(text: string): Omit<SmsMessage, 'text'> {
  const message = new SegmentedMessage(text, 'auto');
  const encoding = message.encodingName;
  const segments = message.segmentsCount;
  const perSegment = encoding === 'GSM-7' ? (segments > 1 ? 153 : 160) : segments > 1 ? 67 : 70;
  // The calculator counts UCS-2 text in graphemes, but a segment holds 70 UTF-16 units, and an emoji takes two.
  const characters = encoding === 'GSM-7' ? message.numberOfCharacters : message.encodedChars.reduce((n, c) => n + c.codeUnits.length, 0);
  return { characters, segments, encoding, perSegment, outside: [...new Set(message.getNonGsmCharacters())] };
}

export function smsMessage(inv: Invitation, v: InviteView): SmsMessage {
  const { t, m } = v;
  const text = m.sms.body({
    level: m.levelPhrase(inv.levelName),
    when: m.sms.when(shortDay(inv.start, t), spokenClock(inv.start, t)),
    place: inv.place,
    online: inv.online,
    dialIn: inv.dialIn?.dial,
    reason: inv.reason,
    organiser: inv.organiser.name,
    phone: inv.organiser.phone,
  });
  return { text, ...smsSegments(text) };
}

/** `invite --format sms`: the message, then its length in segments and the recipients, comma-separated. */
export function invitationSms(given: Invitation, v: InviteView): string {
  // Printed on a terminal or pasted into a message: roster and option text without control characters.
  const inv = terminalSafeData(given);
  const { m, t } = v;
  const sms = smsMessage(inv, v);
  const recipients = smsRecipients(inv);
  const out = [sms.text, '', '---', m.sms.length(sms.characters, sms.segments, sms.encoding, sms.perSegment)];
  if (sms.outside.length) out.push(m.sms.outside(sms.outside.join(' ')));
  out.push(m.sms.recipients(recipients.length), recipients.join(','));
  const cannot = inv.guests.filter((g) => !recipients.includes(g.dial)).map((g) => `${g.name} (${g.phone})`);
  if (cannot.length) out.push(`${m.sms.notSms} ${t.list(cannot)}`);
  return out.join('\n') + '\n';
}
