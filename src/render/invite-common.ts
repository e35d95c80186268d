import type { View } from './view.js';
import type { InviteMessages, Messages } from '../i18n/index.js';
import type { Invitation } from '../domain/invite.js';
import { clock, longMoment, spokenClock, spokenMoment } from '../document/dates.js';

export interface InviteView extends View {
  inviteText: InviteMessages;
}

/**
 * "onsdag den 2. december 2026 kl. 15.00–16.00 (UTC+1)": the end's clock only, since a meeting ends the same day.
 * `spoken`: as said to people, without the offset (see spokenMoment).
 */
export function meetingSpan(inv: Invitation, msg: Messages, spoken = false): string {
  const moment = spoken ? spokenMoment : longMoment;
  const time = spoken ? spokenClock : clock;
  const start = moment(inv.start, msg);
  if (inv.end.hasSame(inv.start, 'day') && inv.end.offset === inv.start.offset) {
    return start.replace(time(inv.start, msg), `${time(inv.start, msg)}–${time(inv.end, msg)}`);
  }
  return `${start} – ${moment(inv.end, msg)}`;
}

/** Where: the place, the online link and the dial-in, as lines "label value". */
export function whereLines(inv: Invitation, inviteText: InviteMessages): string[] {
  return [
    inv.place ? `${inviteText.text.place} ${inv.place}` : '',
    inv.online ? `${inviteText.text.online} ${inv.online}` : '',
    inv.dialIn ? `${inviteText.text.dialIn} ${inv.dialIn.dial}` : '',
  ].filter(Boolean);
}
