// Copy written for a client's business and its customers, pasted or named as a message opens
// ("FAQ draft for the online store's payment page.", "current version:" and the copy after it).
// There the business speaks: its addresses, numbers and ways of paying, "write to us", "we
// accept", the customer's own questions. The scanner reads these sentences with that in mind,
// unless the writer speaks in them ("my", "me", the platform named, the work between the two).
// One piece: the word lists and the tests on them belong together.
import type { Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';
import { type Normalized, toOriginal } from './normalize/normalize';
import type { Sentence } from './sentences';
import { keyIn, type Tokens } from './tokens';

export const isDocument = (o: Occurrence): boolean => o.concept === 'DOCUMENT';
/** Within the first words, with a colon soon after: a header ("Payroll prep notes:"). */
export const HEADER_WORDS = 6;
export const HEADER_CHARS = 120;
/**
 * The document's header names copy the end customers read ("FAQ draft for the online store's
 * payment page:", "el borrador de la página de devoluciones:"): "write to us at …", "call the
 * office at …" in it are the copy speaking to those customers, not the writer asking.
 */
const CUSTOMER_COPY = new Set([
  'page',
  'pages',
  'site',
  'website',
  'store',
  'stores',
  'shop',
  'shops',
  'portal',
  'section',
  'app',
  'apps',
  'faq',
  'faqs',
  'policy',
  'listing',
  'checkout',
  'booking',
  'registration',
  'returns',
  'newsletter',
  'flyer',
  'brochure',
  'leaflet',
  'poster',
  'menu',
  'macro',
  'macros',
  'helpdesk',
  'tienda',
  'pagina',
  'sitio',
  'web',
  'loja',
  'boutique',
  'seite',
  'webseite',
  'страница',
  'страницы',
  'сайт',
  'сайта',
  'магазин',
  'магазина',
  'halaman',
  'toko',
  'situs',
]);
/** Documents written for the team, not for customers: "Notes on the landing page:". */
const INTERNAL_DOCUMENTS = new Set([
  'notes',
  'minutes',
  'report',
  'summary',
  'handover',
  'recap',
  'memo',
  'checklist',
  'transcript',
  'notas',
  'nota',
  'resumen',
  'informe',
  'acta',
  'resumo',
  'relatorio',
  'ata',
  'rapport',
  'notizen',
  'notiz',
  'bericht',
  'protokoll',
  'zusammenfassung',
  'заметки',
  'отчет',
  'отчёт',
  'протокол',
  'catatan',
  'laporan',
  'ringkasan',
]);
export function customerCopy(
  part: string,
  norm: Normalized,
  tokens: Tokens,
  first: Sentence,
  occ: readonly Occurrence[],
): boolean {
  if (
    !occ.some(
      (o) =>
        isDocument(o) &&
        o.t0 < HEADER_WORDS &&
        !(o.t1 - o.t0 === 1 && INTERNAL_DOCUMENTS.has(tokens.keys[o.t0] ?? '')),
    )
  )
    return false;
  const colon = part.slice(0, HEADER_CHARS).indexOf(':');
  let to = first.t1;
  if (colon >= 0) {
    // The header runs to its colon, whatever the sentence splitter made of it.
    to = first.t0;
    while (
      to < tokens.count &&
      toOriginal(norm, tokens.start[to] ?? 0, tokens.start[to] ?? 0)[0] < colon
    )
      to++;
  }
  return keyIn(tokens, first.t0, to, CUSTOMER_COPY);
}
/** How many lines holding something start at or after `at`, counted up to `most`. */
function linesFrom(part: string, at: number, most: number): number {
  let lines = 0;
  while (at < part.length && lines < most) {
    const next = part.indexOf('\n', at);
    const to = next < 0 ? part.length : next;
    if (part.slice(at, to).trim() !== '') lines++;
    at = to + 1;
  }
  return lines;
}
/**
 * Copy pasted after a line introducing it ("current version:", "Here's the payments chunk of
 * the ticketing FAQ:", "Versión final para la página de reservas, ¿ves algo raro?" and a blank
 * line): a first line naming copy for customers, closed by a colon (or a question and a blank
 * line), with at least two lines after it. Not a report's opening ("Weekly update for the
 * inventory app:", "Quick recap of the call:"), whose lines are the writer's own.
 */
export function pastedCopy(part: string): boolean {
  const end = part.indexOf('\n');
  if (end < 0 || end > INTRO_CHARS) return false;
  const intro = part.slice(0, end).trimEnd();
  const closed =
    intro.endsWith(':') ||
    ((intro.endsWith('?') || intro.endsWith('？')) && part.startsWith('\n', end + 1));
  if (!closed) return false;
  if (linesFrom(part, end + 1, 2) < 2) return false;
  const words = intro
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u);
  return words.some((w) => COPY_CUES.has(w)) && !words.some((w) => REPORT_CUES.has(w));
}
const INTRO_CHARS = 240;
const COPY_CUES = new Set([
  ...CUSTOMER_COPY,
  'version',
  'versions',
  'copy',
  'wording',
  'section',
  'email',
  'emails',
  'mail',
  'sequence',
  'article',
  'articles',
  'template',
  'templates',
  'replies',
  'confirmation',
  'notice',
  'description',
  'chunk',
  'block',
  'paragraph',
  'privacy',
  'form',
  'welcome',
  'onboarding',
  'caption',
  'captions',
  'announcement',
  'flow',
  'chatbot',
  'bot',
  'texts',
  'sms',
  'reminder',
  'reminders',
  'blurb',
  'ad',
  'ads',
  'post',
  'help',
  'donation',
  'donations',
  'hilfeartikel',
  'artikel',
  'articulo',
  'versao',
  'texto',
  'textos',
  'seccion',
  'secao',
  'correo',
  'boas',
  'vindas',
  'bienvenida',
  'fassung',
  'abschnitt',
  'vorlage',
  'texte',
  'текст',
  'письмо',
  'раздел',
  'teks',
  'bagian',
]);
const REPORT_CUES = new Set([
  'update',
  'updates',
  'status',
  'recap',
  'summary',
  'notes',
  'progress',
  'report',
  'rundown',
  'wrap',
  'handover',
  'sprint',
  'week',
  'weekly',
  'monthly',
  'plan',
  'estimate',
  'quote',
  'questions',
  'checklist',
  'highlights',
  'agreed',
  'discussed',
  'changed',
  'changes',
  'address',
  'details',
  'number',
  'remit',
  'personal',
]);
/**
 * A work document under a title line ("Q3 Social Plan – Lumen Candle Co. (draft for review)",
 * "Automation spec – lead intake (Zapier)"): a first line of a few words, closed by no
 * sentence mark, a blank line after it and at least three lines below.
 */
export function titled(part: string): boolean {
  const end = part.indexOf('\n');
  if (end <= 0 || end > TITLE_CHARS || !part.startsWith('\n', end + 1)) return false;
  const title = part.slice(0, end).trim();
  if (title === '' || /[.!?:,;]$/.test(title) || title.split(/\s+/).length > TITLE_WORDS)
    return false;
  return linesFrom(part, end + 2, 3) >= 3;
}
const TITLE_CHARS = 90;
const TITLE_WORDS = 12;

/**
 * Where the writer's own closing words start after pasted copy: the last paragraph after a
 * blank line ("…\n\nif it's too long I'd cut the VAT one first"), or, in copy laid out in
 * lines with no blank one, the last line. Copy set off by one blank line after its
 * introduction, and a text of one line, are copy to the end.
 */
export function writersTail(part: string): number {
  const text = part.trimEnd();
  const firstBlank = text.indexOf('\n\n');
  const lastBlank = text.lastIndexOf('\n\n');
  if (firstBlank >= 0) {
    // One blank line, right after the introduction: the copy runs to the end.
    if (firstBlank === lastBlank && !text.slice(0, firstBlank).includes('\n')) return part.length;
    return lastBlank + 2;
  }
  const line = text.lastIndexOf('\n');
  return line > 0 && text.indexOf('\n') < line ? line + 1 : part.length;
}
/**
 * The platform named by name in copy for customers: not "here", "this chat" or "our website",
 * which there are the business's own.
 */
export const platformNamed = (text: string, occ: readonly Occurrence[]): boolean =>
  occ.some((o) => o.concept === 'PLATNOUN' && PLATFORM_NAME.test(text.slice(o.s, o.e)));
export const PLATFORM_NAME =
  /upwork|fiverr|freelancer|peopleperhour|platform|plataforma|plateforme|plattform|платформ|marketplace/;
/**
 * A sentence amid pasted copy in the writer's own voice: about the work between the two ("for
 * the next project", "the bonus", "instead of the milestone", "once I deliver"), or a fee
 * avoided rather than deducted ("so we avoid the service fee", not "minus a $20 fee").
 */
export function writerSpeaks(
  text: string,
  tokens: Tokens,
  occ: readonly Occurrence[],
  sentence: Sentence,
  ofMoney: boolean,
): boolean {
  let paying = false;
  for (const o of occ) {
    if (WRITERS_WORK.has(o.concept)) return true;
    if (!ofMoney) continue;
    if (o.concept === 'AVOID' && !DEDUCTED.has(text.slice(o.s, o.e))) return true;
    if (o.concept === 'RAIL' || o.concept === 'RAIL_WEAK' || o.concept === 'DIRECT') paying = true;
  }
  return paying && keyIn(tokens, sentence.t0, sentence.t1, WORK_WORDS);
}
const WRITERS_WORK = new Set<Concept>([
  'CONTRACTWORD',
  'ELSEWHERE',
  'INSTEAD',
  'SIDE_DEAL',
  'SECRECY',
  'OFFPLATFORM',
]);
/** How copy tells customers of a fee taken or waived. */
const DEDUCTED = new Set([
  'minus',
  'off',
  'less',
  'no',
  'without',
  'free',
  'waived',
  'lower',
  'reduced',
]);
const WORK_WORDS = new Set(['next', 'bonus', 'deliver', 'delivered', 'files', 'rate']);
/** Asks to write or call, which customer copy makes of its own business's details. */
export const COPY_ASKS = new Set<Concept>(['CONTACT_ACT', 'CONTACT_ASK']);
/** What copy for customers says to them of paying. */
export const COPY_CONTENT = new Set<Concept>([
  'RAIL',
  'RAIL_WEAK',
  'OUTSIDE',
  'DIRECT',
  'PAYLINK',
  'SCAM',
  'FEE_AVOID',
  'AVOID',
  'FEEWORD',
]);
