import { interpretationLine } from '../i18n/plantext.js';
import type { InviteMessages } from '../i18n/invite.js';
import type { Activation } from '../domain/activation.js';
import type { Contact } from '../roster/contacts.js';
import { periodWarning } from './activation.js';
import type { View } from './view.js';
import { spokenMoment } from '../document/dates.js';
import { html } from './escape.js';

/*
 * The activation as one page for a phone held in one hand: big buttons to ring, in calling order, the deadline first.
 * Self-contained: inline CSS, no script, no request (the CSP forbids both). On paper the buttons become plain lines.
 */
const CSS = `@page{size:A4 portrait;margin:14mm}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;font-size:17px;line-height:1.35;color:#111;background:#fff;margin:0 auto;padding:12px;max-width:40rem;overflow-wrap:anywhere}
header{padding:12px 14px;border-radius:10px;margin-bottom:12px}
header h1{font-size:1.5rem;margin:0 0 4px;letter-spacing:.04em}
header p{margin:4px 0}
.level-red{background:#b71c1c;color:#fff}
.level-yellow{background:#f9c623;color:#000}
.level-green{background:#2e7d32;color:#fff}
.deadline{border:3px solid #111;border-radius:10px;padding:10px 14px;margin:0 0 14px}
.deadline strong{display:block;font-size:1.3rem}
.deadline p{margin:4px 0 0;font-size:.9rem}
.instructions{font-weight:bold}
.warning{border:3px solid #b71c1c;border-radius:10px;padding:10px 14px;margin:0 0 14px;color:#b71c1c;font-weight:bold}
h2{font-size:1.1rem;margin:22px 0 6px;padding-bottom:3px;border-bottom:2px solid #111}
h3{font-size:1rem;margin:16px 0 6px}
p{margin:6px 0}
ol,ul.contacts{list-style:none;margin:0;padding:0}
li{margin:0 0 10px}
.row{display:flex;gap:8px}
a.call,a.sms{display:flex;flex-wrap:wrap;align-items:center;gap:2px 10px;min-height:56px;padding:10px 14px;border-radius:12px;color:#fff;text-decoration:none;font-weight:bold;font-size:1.1rem}
a.call{flex:1 1 auto;min-width:0;background:#0b4f8a;justify-content:space-between}
a.call.fallback{background:#48729e}
a.sms{flex:0 0 auto;background:#2e7d32;justify-content:center}
a.call .name{min-width:0}
a.call .num{white-space:nowrap;font-variant-numeric:tabular-nums}
.who{font-size:.85rem;color:#444;margin:3px 4px 0}
.note{font-size:.85rem;color:#8a1c1c;margin:0 4px 3px}
.call.broken{background:#fff;color:#8a1c1c;border:2px dashed #8a1c1c}
.bad{display:block;font-size:.85rem;font-weight:bold}
ul.plain{margin:6px 0;padding-left:1.2em}
ul.plain li{margin:0 0 6px}
footer{margin-top:24px;font-size:.8rem;color:#444;border-top:1px solid #999;padding-top:6px}
@media print{
body{font-size:10.5pt;max-width:none;padding:0}
header,.level-red,.level-yellow,.level-green{background:none;color:#000;border:2pt solid #000}
a.call,a.sms,a.call.fallback{background:none;color:#000;min-height:0;padding:1pt 0;border-radius:0;font-size:10.5pt}
a.sms{display:none}
li{margin:0 0 4pt;break-inside:avoid}
h2{break-after:avoid}
}`;

const tel = (c: Contact) => `tel:${c.dial}`;

function callLink(c: Contact, label: string, fallback: boolean, broken = ''): string {
  // A number that cannot be dialled is no button to press: it is shown as written, with why.
  if (c.broken) return `<span class="call broken"><span class="name">${label}${html(c.name)}</span> <span class="num">${html(c.phone)}</span> <span class="bad">${html(broken)}</span></span>`;
  return `<a class="call${fallback ? ' fallback' : ''}" href="${html(tel(c))}"><span class="name">${label}${html(c.name)}</span> <span class="num">${html(c.phone)}</span></a>`;
}

function who(c: Contact): string {
  const detail = [c.title, c.organisation].filter(Boolean).join(', ');
  return detail ? `<p class="who">${html(detail)}</p>` : '';
}

/** A member: a button to ring, and beside it one to text (ordinary numbers only: 114 takes no SMS). */
function memberItem(c: Contact, m: InviteMessages, broken: string, note = ''): string {
  const sms = c.kind === 'person' && c.dial.startsWith('+') ? `<a class="sms" href="${html(`sms:${c.dial}`)}">${html(m.page.sms)}</a>` : '';
  return `<li>${note}<div class="row">${callLink(c, '', false, broken)}${sms}</div>${who(c)}</li>`;
}

export function activationHtml(a: Activation, v: View, m: InviteMessages): string {
  const { t } = v;
  const body: string[] = [];
  body.push(
    `<header class="level-${a.level}"><h1>${html(t.activate.banner(a.levelName))}</h1><p>${html(a.meaning)}</p><p>${html(m.page.activated(spokenMoment(a.activatedAt, t)))}</p></header>`,
  );
  // An expired plan may name the wrong people: the page says so before anything to call, as the text does.
  const warning = periodWarning(a, v);
  if (warning) body.push(`<p class="warning" role="alert">${html(warning)}</p>`);
  if (a.forums) {
    body.push(`<h2>${html(t.activate.greenTitle)}</h2><p>${html(t.deadline.green(a.meaning, t.list(a.forums)))}</p>`);
  } else {
    if (a.deadline) {
      const rule = a.deadline.rule.type === 'hours' ? t.deadline.ruleHours(a.deadline.rule.hours) : t.deadline.ruleWorkingDays(a.deadline.rule.days, a.deadline.rule.workdayEnds);
      const used = (a.deadline.used ?? []).map((i) => `<li>${html(interpretationLine(i, v.lang))}</li>`).join('');
      body.push(`<section class="deadline"><span>${html(m.page.meetBy)}</span><strong>${html(spokenMoment(a.deadline.deadline, t))}</strong><p>${html(rule)}</p>${used ? `<ul class="interpretations">${used}</ul>` : ''}</section>`);
    }
    if (a.instructions) body.push(`<p class="instructions">${html(a.instructions)}</p>`);
    let section = 0;
    a.chains.forEach((chain, i) => {
      body.push(`<h2>${++section}. ${html(`${i === 0 ? t.activate.callNow : t.activate.then} – ${chain.title}`)}</h2><p>${html(chain.purpose)}</p>`);
      const items = chain.contacts.map((c, k) => {
        const note = k > 0 ? `<p class="note">${html(t.activate.ifNoAnswer)}</p>` : '';
        const next = chain.contacts.findIndex((x, j) => j > k && !x.broken);
        const broken = next >= 0 ? t.activate.brokenNext(`${next + 1}. ${chain.contacts[next]!.name}`) : t.activate.brokenLast;
        return `<li>${note}${callLink(c, `${k + 1}. `, k > 0, broken)}${who(c)}</li>`;
      });
      body.push(`<ol>${items.join('')}</ol>`);
      if (chain.contacts.some((c) => c.id === a.coordinator.id)) {
        body.push(`<h3>${html(m.page.members)}</h3><ul class="contacts">`);
        for (const inv of a.invitees) {
          body.push(memberItem(inv.member, m, t.activate.broken));
          if (inv.substitute) body.push(memberItem(inv.substitute, m, t.activate.broken, `<p class="note">${html(m.page.substitute(inv.member.name))}</p>`));
        }
        body.push('</ul>');
        body.push(`<h3>${html(m.page.adHoc)}</h3><p>${html(t.list(a.adHoc))}</p>`);
        if (a.adHocContacts.length) body.push(`<ul class="contacts">${a.adHocContacts.map((c) => `<li>${callLink(c, '', false, t.activate.broken)}${who(c)}</li>`).join('')}</ul>`);
      }
    });
    body.push(`<h2>${++section}. ${html(m.page.whoInforms)}</h2><ul class="plain">`);
    for (const duty of a.informs) {
      const extra = [duty.with.length ? t.activate.with(t.list(duty.with)) : '', duty.when ?? ''].filter(Boolean).join(', ');
      body.push(`<li><strong>${html(t.list(duty.by))}</strong> ${html(duty.informs)}${extra ? ` (${html(extra)})` : ''}.</li>`);
    }
    body.push('</ul>');
    body.push(`<h3>${html(m.page.press)}</h3><p>${html(t.activate.pressHeading(t.list(a.press.responsible)))}</p>`);
    body.push(`<ul class="contacts">${a.press.contacts.map((c) => `<li>${callLink(c, '', false, t.activate.broken)}${who(c)}</li>`).join('')}</ul><p>${html(a.press.agreement)}</p>`);
    body.push(`<h3>${html(m.page.sharing)}</h3><p>${html(a.informationSharing)}</p>`);
    body.push(`<h2>${++section}. ${html(m.page.afterwards)}</h2>`);
    body.push(`<p><strong>${html(t.activate.evaluation)}</strong> ${html(a.evaluation)}</p>`);
    body.push(`<p><strong>${html(t.activate.statusMeeting(a.statusMeeting.organiser))}</strong> ${html(a.statusMeeting.purpose)}</p>`);
  }
  body.push(`<footer>${html(a.plan.title)} · ${html(m.page.made(a.plan.revision, a.plan.lastChanged))}</footer>`);
  return `<!DOCTYPE html>
<html lang="${v.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="format-detection" content="telephone=no">
<title>${html(m.page.title(a.levelName))}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
