import type { Hit } from './types';

// Messenger and payment links, including spaced or defanged ones ("wa . me / 1 646...").
// Every pattern starts with a literal, so scanning stays linear.
const SP = '\\s{0,2}';
/** "me" of a short link host, its two letters maybe spaced too ("t . m e / name"). */
const ME = 'm ?e';
// Each pattern holds its mark ('.' or ':') at most `reach` after where it starts
// ("buymeacoffee  ." is 14), opens with one of `firsts`, has one of `nexts` within three
// characters after its first mark and, where `labels` says so, one of those words right after
// it ("wa.me", "cash.app"): it is only tried (sticky) where all of that holds. A sentence end
// (". could") mostly fails the last test.
const REACH = 16;
interface LinkPattern {
  concept: Hit['concept'];
  re: RegExp;
  mark: string;
  reach: number;
  firsts: string;
  nexts: string;
  /** What the text after the first mark starts with, past up to two spaces as in SP. */
  labels?: RegExp;
}
const LINKS: readonly LinkPattern[] = [
  {
    concept: 'MSGLINK',
    re: new RegExp(
      `\\b(?:wa${SP}\\.${SP}${ME}|api${SP}\\.${SP}whatsapp${SP}\\.${SP}com|chat${SP}\\.${SP}whatsapp${SP}\\.${SP}com|t${SP}\\.${SP}${ME}|telegram${SP}\\.${SP}${ME}|m${SP}\\.${SP}${ME}|discord${SP}\\.${SP}gg|discord(?:app)?${SP}\\.${SP}com${SP}/${SP}invite|signal${SP}\\.${SP}${ME}|line${SP}\\.${SP}${ME}|calendly${SP}\\.${SP}com|cal${SP}\\.${SP}com|join${SP}\\.${SP}skype${SP}\\.${SP}com|meet${SP}\\.${SP}google${SP}\\.${SP}com|zoom${SP}\\.${SP}us${SP}/${SP}j)${SP}/${SP}[+a-z0-9_](?:[a-z0-9_.+/-]| (?=[0-9+])){0,40}`,
      'y',
    ),
    mark: '.',
    reach: REACH,
    firsts: 'wactmdsljz',
    nexts: 'mwgcsu',
    labels: /\s{0,2}(?:m ?e|whatsapp|gg|com|skype|google|us)/y,
  },
  {
    concept: 'MSGLINK',
    re: /\b(?:skype|live|sip):\.?[a-z0-9][a-z0-9._-]{1,40}/y, // "live:.cid.name" too
    mark: ':',
    reach: 5,
    firsts: 'sl',
    nexts: 'abcdefghijklmnopqrstuvwxyz0123456789.',
  },
  {
    concept: 'PAYLINK',
    re: new RegExp(
      `\\b(?:paypal${SP}\\.${SP}me|paypal${SP}\\.${SP}com${SP}/${SP}(?:paypalme|pools)|cash${SP}\\.${SP}app|venmo${SP}\\.${SP}com|buy${SP}\\.${SP}stripe${SP}\\.${SP}com|checkout${SP}\\.${SP}stripe${SP}\\.${SP}com|donate${SP}\\.${SP}stripe${SP}\\.${SP}com|revolut${SP}\\.${SP}me|wise${SP}\\.${SP}com${SP}/${SP}pay|ko-fi${SP}\\.${SP}com|buymeacoffee${SP}\\.${SP}com|payoneer${SP}\\.${SP}com${SP}/${SP}[a-z])${SP}/?${SP}[$a-z0-9_.-]{0,40}`,
      'y',
    ),
    mark: '.',
    reach: REACH,
    firsts: 'pcvbdrwk',
    nexts: 'mcas',
    labels: /\s{0,2}(?:me|com|app|stripe)/y,
  },
];

/** A phone-looking tail inside a link is part of the link, so trim trailing separators. */
function trimEnd(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && /[\s./-]/.test(text.charAt(end - 1))) end--;
  return end;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

const table = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] = 1;
  return t;
};

/** Every match of the sticky pattern, in order, as the same pattern scanning globally finds. */
function eachNearMark(
  { re, mark, reach, first, next, labels }: CompiledLink,
  text: string,
  fn: (s: number, length: number) => void,
): void {
  let p = 0;
  for (let d = text.indexOf(mark); d >= 0; d = text.indexOf(mark, d + 1)) {
    // A position is tried at the first mark after it, so a mark nothing link-like follows
    // ("done. then") rules out every position before it.
    const after = text.charCodeAt(d + 1);
    if (
      next[after] !== 1 &&
      next[text.charCodeAt(d + 2)] !== 1 &&
      next[text.charCodeAt(d + 3)] !== 1
    )
      continue;
    if (labels) {
      labels.lastIndex = d + 1;
      if (!labels.test(text)) continue;
    }
    for (p = Math.max(p, d - reach); p <= d; p++) {
      if (first[text.charCodeAt(p)] !== 1 || isWordChar(text.charCodeAt(p - 1))) continue; // \b
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null) continue;
      fn(p, m[0].length);
      p += Math.max(m[0].length, 1) - 1;
    }
  }
}

// Compiled once: the letter sets as look-up tables.
type CompiledLink = LinkPattern & { first: Uint8Array; next: Uint8Array };
const COMPILED: readonly CompiledLink[] = LINKS.map((l) => ({
  ...l,
  first: table(l.firsts),
  next: table(l.nexts),
}));

// Any other link whose host names a chat or payment service as one of its labels, or part of
// one ("discord.example/invite/x", "pay.stripe.example/inv_1", "calendly-me.example/30min"):
// messages use made-up or regional domains, so the host's name counts, not its ending. Only
// a compact host followed by a path is read this way; prose ("done.then") is no host.
const HOST_PATH = /[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,4}\//y;
/** Without a path, only a service's page under someone's own name: "cal.meetwithjo.example". */
const SUBDOMAIN_HOST =
  /(?:discord|calendly|cal|whatsapp|telegram|skype|zoom|pay|paypal|stripe)\.[a-z0-9-]{2,40}\.[a-z]{2,12}\b/y;
const PATH_CHAR = /[a-z0-9_.+/%=?&#~-]/;
const HOST_CHAR = table('abcdefghijklmnopqrstuvwxyz0123456789-.');
const CHAT_HOST =
  /^(?:meet|zoom)[.-]|(?:^|[.-])(?:discord|calendly|cal|whatsapp|telegram|skype|signal|zoom|wechat|viber)(?:[.-]|$)/;
const PAY_HOST =
  /(?:^|[.-])(?:pay(?:link|me|page|now|fast)?|paypal|stripe|venmo|cashapp|revolut|payoneer|wise|zelle|kofi|ko-fi|buymeacoffee|gumroad|checkout|invoices?|tips?)(?:[.-]|$)/;

function findBrandedHosts(text: string, out: Hit[], known: readonly Hit[]): void {
  let past = 0; // hosts are read once: the next mark may sit inside the same host
  for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
    if (d < past) continue;
    const after = text.charCodeAt(d + 1);
    if (HOST_CHAR[after] !== 1 || after === 46) continue;
    let s = d;
    while (s > 0 && d - s < 40 && HOST_CHAR[text.charCodeAt(s - 1)] === 1) s--;
    let hostEnd: number;
    HOST_PATH.lastIndex = s;
    SUBDOMAIN_HOST.lastIndex = s;
    if (HOST_PATH.test(text)) hostEnd = HOST_PATH.lastIndex - 1;
    else if (SUBDOMAIN_HOST.test(text)) hostEnd = SUBDOMAIN_HOST.lastIndex;
    else continue;
    past = hostEnd;
    const host = text.slice(s, hostEnd);
    const concept = PAY_HOST.test(host) ? 'PAYLINK' : CHAT_HOST.test(host) ? 'MSGLINK' : undefined;
    if (!concept || known.some((h) => h.s <= s && h.e > s)) continue;
    let e = hostEnd + 1;
    while (e < text.length && e - hostEnd < 60 && PATH_CHAR.test(text.charAt(e))) e++;
    out.push({ concept, s, e: trimEnd(text, s, e) });
  }
}

export function findLinks(text: string, out: Hit[]): void {
  const from = out.length;
  for (const link of COMPILED) {
    eachNearMark(link, text, (s, length) =>
      out.push({ concept: link.concept, s, e: trimEnd(text, s, s + length) }),
    );
  }
  findBrandedHosts(text, out, out.slice(from));
}
