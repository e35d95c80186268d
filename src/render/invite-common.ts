import type { View } from './view.js';
import type { Messages } from '../i18n/index.js';
import type { InviteMessages } from '../i18n/invite.js';
import type { Invitation } from '../domain/invite.js';
import { clock, longMoment, spokenClock, spokenMoment } from '../document/dates.js';

export interface InviteView extends View {
  m: InviteMessages;
}

/**
 * "onsdag den 2. december 2026 kl. 15.00–16.00 (UTC+1)": the end's clock only, since a meeting ends the same day.
 * `spoken`: as said to people, without the offset (see spokenMoment).
 */
export function meetingSpan(inv: Invitation, t: Messages, spoken = false): string {
  const moment = spoken ? spokenMoment : longMoment;
  const time = spoken ? spokenClock : clock;
  const start = moment(inv.start, t);
  if (inv.end.hasSame(inv.start, 'day') && inv.end.offset === inv.start.offset) {
    return start.replace(time(inv.start, t), `${time(inv.start, t)}–${time(inv.end, t)}`);
  }
  return `${start} – ${moment(inv.end, t)}`;
}

/** Where: the place, the online link and the dial-in, as lines "label value". */
export function whereLines(inv: Invitation, m: InviteMessages): string[] {
  return [
    inv.place ? `${m.text.place} ${inv.place}` : '',
    inv.online ? `${m.text.online} ${inv.online}` : '',
    inv.dialIn ? `${m.text.dialIn} ${inv.dialIn.dial}` : '',
  ].filter(Boolean);
}
