import { describe, expect, it } from 'vitest';
import { scan } from '@/src/detector';

// One row per phrase family added for generalisation, with wordings that are in no bench set.
const RISKY: ReadonlyArray<readonly [string, string]> = [
  ['forget the fee', 'Once this is done, forget about the service fees and invoice me yourself.'],
  ['bypass the system', 'We could sidestep the whole payment system for the second phase.'],
  ['cut the platform out', "Let's cut out the marketplace for the maintenance retainer."],
  ['more work + directly', 'For future contracts just work for me directly, no middle layer.'],
  ['more work + outside', "I'd like to hire you full-time outside of this, interested?"],
  ['consequence: no cut', 'Use my Skrill for the bonus so the platform doesnt take a cut.'],
  ['stop using the escrow', 'Can we stop using the escrow and settle each delivery ourselves?'],
  ['no need for the platform', "Let's sort it out by ourselves, no need for Upwork in between."],
  ['where else + reach', 'Where else can I reach you before I commit to hiring?'],
  ['how can I reach you', 'How can I reach you outside this thread before the offer?'],
  ['shoot me a text', 'Shoot me a quick text before the interview, it is faster.'],
  ['add me on <unknown app>', 'add me on sk*pe before the contract: jon.li'],
  ['private deal', 'Could we agree on a private deal for the maintenance work?'],
  ['es: pay verb forms + forget the fee', 'Págame por Nequi y nos olvidamos de la comisión.'],
  ['es: without middlemen', 'Los próximos encargos los hacemos sin intermediarios.'],
  ['es: give me your phone', '¿Me puedes dar tu teléfono para llamarte antes de elegirte?'],
  ['pt: bank details', 'Me passa teus dados bancários que eu transfiro o restante.'],
  ['pt: continue outside', 'Cancela o contrato e seguimos por fora, eu te pago no Pix.'],
  ['fr: hyphenated imperative', "Ajoute-moi sur Insta avant l'entretien."],
  ['fr: do without the platform', "Pour la suite, on se passe de la plateforme, c'est mieux."],
  ['fr: money + avoids the fee', "Je t'envoie l'argent par Wise, ça évite la commission."],
  ['de: cash, fee goes away', 'Ich zahle dich bar, dann fällt die Gebühr weg.'],
  ['de: no longer need Upwork', 'Für die nächsten Aufträge brauchen wir Upwork nicht mehr.'],
  ['hi: fee before the verb', 'Aap mujhe JazzCash kar dein, Upwork ki fees bach jayegi.'],
  ['ru: bank details, directly', 'Пришлите реквизиты, остаток переведу напрямую.'],
  ['ru: talk on a channel', 'Давайте общаться в телеграме, так удобнее.'],
  ['id: wallet after a preposition', 'Sisanya kirim ke DANA saya, nggak usah lewat Upwork.'],
  ['id: -nya suffix', 'Minta nomor WhatsApp-nya dong sebelum saya kirim kontrak.'],
  ['let us not involve the platform', "Let's not involve Upwork in the payment for phase two."],
  ['unbranded payment app', 'I usually pay my team through a transfer app, what do you use?'],
  ['quicker channel', 'Mind if we move this discussion to a quicker channel before I hire?'],
  ['reply to my email', 'Reply to my email instead of here, I check it more often.'],
  ['next gig privately', "Let's do the next gig privately, same rate minus the fees."],
  ['hire through my own company', "I'll hire you through my own company website instead."],
  ['look me up', 'Just google my name, you will find how to reach me, before the offer.'],
  ['call the number there', 'Look up my studio online and call the number there before we sign.'],
  ['hi: can I get your number', 'Aap ka number mil sakta hai? Interview se pehle call karna hai.'],
  ['ru: your phone', 'Можно ваш телефон? Хочу обсудить детали до начала проекта.'],
  ['id: payment noun + wallet', 'Bayarannya ke GoPay aku aja kak, biar cepet.'],
  ['swap numbers', "Let's swap numbers before I send the offer."],
  ['somewhere more private', 'Want to connect somewhere more private before we start?'],
  ['fee-free', "Let's go fee-free on the next project, I'll pay you myself."],
  ['regional remittance rail', 'Could you receive the balance on Payeer? Quicker than this site.'],
  [
    'project named, then outside',
    "Let's continue the app project outside Upwork, the feature list is ready.",
  ],
  ['our own contract', "Let's sign our own contract for the next phase, I have a template."],
  ['take this outside', "Let's take this outside and sort the details over a call."],
  ['instead of posting a job', 'Next time, message me directly instead of posting a job.'],
  ['account info for the rest', "You'll get the rest once you send me your account info."],
  ['hi: keep the platform out', 'Yaar agle kaam ke liye platform ko beech mein mat laao.'],
  [
    'es: between you and me + settle',
    'No metamos a la plataforma en esto, lo arreglamos entre tú y yo.',
  ],
  ['pt: stop using Upwork', 'Para de usar o Upwork com esse cliente, resolve direto comigo.'],
  ['fr: do without Upwork', "Tu peux te passer d'Upwork pour la suite ?"],
  ['de: not through the platform', 'Melde dich direkt bei mir, nicht über die Plattform.'],
  ['ru: settle between us', 'Давай рассчитаемся между собой, площадке знать не нужно.'],
  ['id: not through here', 'Hubungi saya langsung ya, jangan lewat sini.'],
  ['link hub', 'All my links are on linktr.ee/samdesigns, reach me there before you hire.'],
  [
    'fake recruiter',
    'We are hiring for a remote data entry role; please install Telegram and message our HR.',
  ],
  [
    'phishing',
    'Your Upwork account needs verification, log in through this link to keep receiving payments.',
  ],
  ['pay to start', 'Please pay a refundable deposit of $40 to start the trial task.'],
  ['id: add me before the interview', 'Tambahkan saya di Telegram sebelum wawancara.'],
  [
    'platform not needed in between',
    "Honestly we don't need Upwork in between for the hosting work.",
  ],
  ['settle offline', 'From the next sprint we can settle the rest offline.'],
  ['bill me personally', 'Skip the milestones, just bill me personally at the end of the month.'],
  ['move our conversation', 'Can we move our conversation somewhere less monitored before I hire?'],
  ['directly + pay verb still risky', 'Pay me directly after delivery and close the contract.'],
  ['bitcoin sign', 'Just send the balance in \u20bf, forget the milestone.'],
  ['fee avoidance still risky', 'Avoid the fee for both of us and send it by Wise.'],
];

const BENIGN: ReadonlyArray<readonly [string, string]> = [
  ['third-party fee', 'We avoid the late fee if the hosting invoice is paid by Friday.'],
  ['cloud plan', 'We should avoid the extra fee by choosing the annual AWS plan.'],
  ['saving time', 'We save about 20% on hosting by moving the images to a CDN.'],
  ['outside the scope', 'Anything outside of this scope would be a new milestone here.'],
  ['outside office hours', 'I can continue outside business hours if the launch needs it.'],
  ['not losing work', "We don't want to lose the SEO rankings when we migrate."],
  ['technical bypass', 'Bypass the cache for the payment page, otherwise totals are stale.'],
  ['conversion with a hyphen', "If we work directly later, we'll use Upwork's contract-to-hire."],
  ['stop the server', 'Stop the staging server before you deploy to the site.'],
  ['idiom: we are square', 'Thanks, the milestone is released, so we are square.'],
  ['pt: no Upwork means on Upwork', 'O dinheiro do marco já foi liberado no Upwork.'],
  ['pt: in Brazil', 'A plataforma no Brasil cobra taxa de serviço.'],
  ['es: the rest of the design', 'El resto del diseño lo termino mañana por aquí.'],
  ['es: contract date', 'La fecha del contrato es el lunes y el pago va por Upwork.'],
  [
    'es: bank data in a database',
    'Los datos bancarios del cliente se guardan cifrados en la base de datos.',
  ],
  ['de: validated bank data', 'Die Bankdaten im Formular werden jetzt validiert.'],
  ['ru: integrated payments', 'Я подключил оплату через ЮMoney на сайте клиента.'],
  ['id: finish the milestone', 'Tolong selesaikan milestone ini, nanti saya bayar lewat Upwork.'],
  ['fr: cancel a commit', 'Annule le dernier commit, il casse le build.'],
  [
    'checkout payment options',
    'Add another payment option to the pricing page for annual billing.',
  ],
  [
    'direct contract on the platform',
    'For the next project, you can hire me directly through Upwork again.',
  ],
  ['cover the rest of the pages', 'We can cover the rest of the pages in the next milestone.'],
  ['works outside the app', 'Notifications should also arrive outside the app.'],
  ['cron on the site', "The script runs off the site's cron job every night."],
  ['payouts report', 'We reviewed the Stripe payouts report, the numbers match.'],
  ['fewer API restrictions', 'The new API version has fewer restrictions on rate limits.'],
  ['invoicing software', "I set up Zelle as a payment option in the client's invoicing software."],
  ['relayed client request (ru)', 'Клиент хочет оплату через Stripe на сайте.'],
  ['end the meeting here', "Let's end the meeting here and continue tomorrow on the Upwork call."],
  [
    'es: give me the store email',
    'Dame el correo de soporte de la tienda para ponerlo en el pie de página.',
  ],
  ['id: let me know', 'Kasih tahu saya kalau email notifikasinya sudah jalan.'],
  ['es: idiom between you and me', 'Entre tú y yo, el diseño anterior era mejor.'],
  [
    'es: bank charges in the app',
    'El banco cobra una comisión por cada transferencia internacional en la app.',
  ],
  ['de: not on the page', 'Das Logo ist nicht auf der Seite sichtbar, bitte prüfen.'],
  [
    'staging login link',
    'Please log in through this link to the staging admin, credentials are in the vault.',
  ],
  [
    'bot tells users to install',
    'The bot should tell users to install Telegram first, then open the link.',
  ],
  ['refusal: only via the platform', 'I only take on projects through Upwork.'],
  ['temporal "directly after"', 'Directly after our meeting I will upload the new banner here.'],
  ['"directly here"', 'You can leave your notes directly here, I read them every morning.'],
  ['id: "langsung di sini"', 'Saya kirim revisinya langsung di sini nanti sore.'],
  ['own company through Upwork', 'I bill from my agency through Upwork, so you get one invoice.'],
  ['fee for a named extra', 'There is no extra fee for the second round of edits.'],
  ['rush fee', 'We can skip the rush fee if the deadline moves to Monday.'],
  ['private feedback', "Let's keep these comments between us until the launch."],
  [
    'old site out of the picture',
    'When the redesign ships, the legacy site is out of the picture.',
  ],
  ['payment code refactor', 'I refactored the payout queue so bank transfers retry twice.'],
];

describe('families: risky wordings', () => {
  it.each(RISKY)('%s', (_name, text) => {
    expect(scan(text).flagged).toBe(true);
  });
});

describe('families: benign look-alikes', () => {
  it.each(BENIGN)('%s', (_name, text) => {
    expect(scan(text).findings).toEqual([]);
  });
});
