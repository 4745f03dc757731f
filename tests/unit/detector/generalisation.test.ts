import { describe, expect, it } from 'vitest';
import { scan } from '@/src/detector';

// Phrase families modelled rather than listed: each row is a wording not in the dev corpus.
const RISKY: ReadonlyArray<readonly [string, string]> = [
  ['send the coins to a wallet', 'Just send the bitcoin to my wallet and I will start.'],
  ['destination account', 'You can pay me the old-fashioned way, straight into my account.'],
  [
    'settling between ourselves',
    'The platform takes too big a cut, let us settle payments ourselves.',
  ],
  ['conversation moved elsewhere', 'Can we take this conversation somewhere else?'],
  ['colour or icon allusion', 'Find me on the blue bird app, same name as here.'],
  [
    'private channel allusion',
    "Let's take this chat to a more private channel before we finalize anything.",
  ],
  [
    'secrecy without brand',
    "Let's keep the next project just between us, the site doesn't need to know.",
  ],
  ['off the radar', "We can do the rest of the work off the radar and I'll pay you in full."],
  ['cut the platform out', "Let's cut the platform out of the loop after this first milestone."],
  ['finish here, carry on alone', 'Keep it low-key: we finish here and carry on on our own.'],
  [
    'hire without a job post',
    "Next time, just hire me without posting a job, it's cheaper for both of us.",
  ],
  ['a number where', 'Is there a number where I can reach you before the interview?'],
  ['account rental scam', 'Can I rent your Upwork account? I will pay you 30% of what it earns.'],
  ['pay in person', 'Just pay me cash when we meet.'],
  ['before + contract word (pt)', 'Me passa seu e-mail antes de eu mandar a proposta.'],
  [
    'before + contract word (de)',
    'Schick mir deine Handynummer, dann rufe ich dich vor dem Angebot an.',
  ],
  [
    'not using the platform (es)',
    'Te hago una transferencia bancaria y no usamos Upwork para esto.',
  ],
  ['defanged email with .example', 'my mail: ines(at)correo(dot)example, antes de la oferta'],
  // Families found by bench/fresh-8.jsonl, in wordings of their own.
  [
    'side deal: contract kept small',
    "Let's keep the contract at 5 hours and I'll Venmo you for the rest.",
  ],
  ['wire and no commission (it)', 'Possiamo fare un bonifico diretto senza commissioni?'],
  ['Telegram slang (ru)', 'Напиши мне в телегу до собеседования, обсудим.'],
  // Families found by bench/fresh-9.jsonl and bench/fresh-10.jsonl, in wordings of their own.
  [
    'money kept off the site',
    "I'd rather keep the money side between us, it doesn't go through here next time.",
  ],
  ['somewhere else to connect', 'Is there somewhere else we can connect before you hire me?'],
  ['French at-word (es)', 'Escríbeme a ana punto ruiz arobase orange punto fr antes de la oferta.'],
  // Families found by bench/fresh-11.jsonl and bench/fresh-12.jsonl, in wordings of their own.
  [
    'a meeting link before hiring',
    'Join me on meet.google.com/abc-defg-hij before you send the offer.',
  ],
  [
    'double-oh spelled out',
    'Call me before the interview: oh seven double-oh one, two three four five six.',
  ],
  [
    'overpayment scam',
    'Sorry, I overpaid you by $500, please send back the difference by Western Union.',
  ],
  ['a token contract', "We'll keep a token contract here and sort the real money between us."],
  ['tip in cash (de)', 'Das Trinkgeld gebe ich dir bar beim Treffen.'],
  // Families found by bench/fresh-13.jsonl to bench/fresh-15.jsonl, in wordings of their own.
  ['a whole sentence written backwards', 'ti rof margelet no em egassem dna lapyap esu'],
  ['a backwards address, announced', 'moc.elpmaxe.oiduts@oaj <- backwards, before the hire please'],
  [
    'a chat link on a made-up domain',
    'Interviews happen on my server: discord.example/invite/xq-hire',
  ],
  ['a payment page under its own name', 'Settle it here instead: pay.northwind.example/inv/77'],
  ['a brand in Cyrillic letters only', 'Ping me on Ѕкуре before the offer, it is quicker.'],
  ['not running it through here', "We'd both be better off not running the next job through here."],
  ['the site not getting its share', "Do it my way and the site doesn't get its percentage."],
  ['a wish to stop feeding the platform', "I'd rather not feed the platform on every invoice."],
  [
    'somewhere to ping outside this chat',
    "Is there somewhere I can reach you that isn't this chat?",
  ],
  ['the rail as a verb aimed at you', 'I can just zelle you for the small fixes.'],
  ['going independent together', 'My last designer went independent with me. Same deal for you?'],
  ['hidden from the site', 'My partner pays you in cash, so none of it shows up here.'],
  [
    'the platform reads everything (de)',
    'Lass uns woanders schreiben, hier liest die Plattform alles mit.',
  ],
  ['between ourselves (ru)', 'Давай следующий заказ рассчитаемся между собой.'],
  ['a phishing login', 'Log in at our portal with the same password you use here.'],
  [
    'currency signs standing for letters',
    'Add me on sk\u00a5pe before the offer, t\u20acll me when.',
  ],
  // Families found by bench/fresh-16.jsonl to bench/fresh-18.jsonl, in wordings of their own.
  ['saving the percentage', "There's a way we both keep the 10 percent. Not on here though."],
  [
    'the app with the dollar sign',
    'Do you have the app with the dollar sign? Faster than a milestone.',
  ],
  ['the green app (pt)', 'Me chama naquele app verdinho antes da proposta.'],
  ['the paper-plane app (id)', 'Add aku di aplikasi pesawat kertas ya sebelum kontrak.'],
  ['your num (fr)', "Tu peux me filer ton num avant l'offre ?"],
  [
    'losing the platform cut',
    'I will bill you through my own invoicing so neither of us loses the platform cut.',
  ],
  [
    'moving the talk over',
    "Let's move the whole conversation over to Signal, this chat isn't where I want to talk.",
  ],
  // Families found by bench/fresh-19.jsonl to bench/fresh-21.jsonl, in wordings of their own.
  ['paypal as "pp"', 'pp me the rest n skip the milestone'],
  ['the bird site', 'Follow me on the bird site before the interview, same handle.'],
  ['an id handed over', 'Before you shortlist anyone, my Skype ID is sam.codes.web'],
  ['going direct', 'Nobody actually checks that rule. We go direct after this job.'],
  [
    'gift-card scam',
    'Your equipment ships once you send photos of the gift cards for the deposit.',
  ],
  ['less hassle than milestones', 'v3nm0 works, way less hassle than milestones'],
  // Families found by bench/fresh-22.jsonl to bench/fresh-24.jsonl, in wordings of their own.
  [
    'an address with a hyphenated domain',
    'Please send your CV to jobs@north-wind.example and we continue there.',
  ],
  [
    'an address beside work words',
    'Before the offer, reach me at lee dot m at example dot com, I will send the spreadsheet there.',
  ],
  [
    'a vendor in our own system',
    'We would rather set you up as a regular vendor and pay you from there.',
  ],
  ['the purple app', 'Hop onto the purple app before I hire you, easier than this chat.'],
  ['somewhere quieter (pt)', 'Antes da proposta, vamos conversar fora daqui?'],
  ['cash in hand (fr)', 'Je peux vous régler le reste au black, si ça vous va.'],
  ['under the table (ru)', 'Остальное можно мимо кассы, выйдет дешевле.'],
  [
    'settling privately',
    "Count the extra hours and we'll square it privately at the end of the month.",
  ],
  ['a sham contract (pt)', 'Metade direto pra mim, aqui fica só o contrato de fachada.'],
  ['pix as a verb (pt)', 'Me faz um pix do resto, a chave é meu celular.'],
  // Families found by bench/fresh-25.jsonl to bench/fresh-27.jsonl, in wordings of their own.
  ['the middleman out (de)', 'Lassen wir den Mittelsmann raus und regeln das unter uns.'],
  ['moderators reading (ru)', 'Пишите в скайп, здесь переписку читает модерация.'],
  ['a Skype cid link', 'write me at live:.cid.maria_dev before the offer'],
  ['paying in German', 'Den Rest zahl ich dir per PayPal, geht schneller als über die Plattform.'],
  ['skip the site', 'skip the site next time, find me on the green app'],
  [
    'an account lent for bidding',
    'Let my team use your verified Upwork account for bidding, $300 a month.',
  ],
  // Families found by bench/fresh-28.jsonl and bench/fresh-29.jsonl, in wordings of their own.
  ['out of here (hi)', 'Agla kaam yahan se bahar karte hain, number le lo.'],
  [
    'a restricted-account scam',
    'Our account is being restricted, so we are moving all candidates to Telegram.',
  ],
  ['bots reading the inbox', 'Ping me on Signal instead, this inbox gets read by their bots.'],
  ['a misspelt brand that starts like "pay"', 'can u pay me thru paypall? fee here is crazy'],
  ['the interview on a chat app', 'the interview is on telegram, msg me there'],
  // Families found by bench/fresh-30.jsonl to bench/fresh-33.jsonl, in wordings of their own.
  [
    'renting out a verified account',
    'Want to rent a verified account to me? $200 a month, paid in BTC.',
  ],
  [
    'leaving a watched chat',
    'I would rather not talk here, everything gets monitored. Drop your handle in the file name.',
  ],
  [
    'a reversed address read from the right',
    'moc.elpmaxe@anna - read it from the right, write before the offer',
  ],
  [
    'an ad script beside a move elsewhere',
    'Text me on Viber for the radio script instead of here.',
  ],
  [
    'paying instead of through the platform, beside technical work',
    'The API is finished; pay the balance by bank transfer instead of through Upwork and save the fee.',
  ],
  ['a disguised brand beside a deliverable', 'P A Y P A L is fine for the two extra banner sizes.'],
  ['a chat app as a green bubble', 'Find me on the green bubble app, same name, before you hire.'],
  [
    'a word only sometimes a channel, dressed up',
    'First calls I do over Ｓｉｇｎａｌ only, before anything is signed here.',
  ],
  [
    'a report about work, then an own ask',
    "Our PM asked whether you could add dark mode to the mockups. For the next project, I'd rather pay you by bank transfer and skip the Upwork contract.",
  ],
  [
    'agreeing with a technical suggestion, then an ask',
    "I agree with your suggestion to add a retry queue. Long term, let's stop using contracts here and just work together directly.",
  ],
  // Families found by bench/fresh-34.jsonl to bench/fresh-36.jsonl, in wordings of their own.
  [
    'a leetspeak channel beside work',
    'Th3 mockup is done. s1gnal me before the offer, +44 7700 900 321.',
  ],
  [
    'tapping the difference',
    "Rather than raising the milestone, I'll tap you the rest myself, 30 bucks.",
  ],
  ['told to reverse it', 'reverse this: moc.elpmaxe@oiram, write there before you hire'],
  ['hiring through an own agency', "I'll hire you through my own agency instead of here."],
  [
    'not wanting the platform to see',
    "Let's keep our rates off this chat, I don't want Upwork seeing them.",
  ],
  ['an inbox watched, in slang', 'this chat is def monitored, find me on the bird app instead'],
  ['the deposit in French', "Tu peux m'envoyer l'acompte par virement ?"],
  ['the ghost app', "What's your name on the little ghost app? Let's talk there before I hire."],
  [
    'no more contracts here',
    "After this one, no more contracts on here, let's just work together.",
  ],
  [
    'cash in hand at a meeting',
    'For the extra drawings, just hand me the cash when we meet on Friday.',
  ],
  ['an advance in Spanish', '¿Me puedes adelantar la mitad por Mercado Pago?'],
  [
    'a billing phishing notice',
    'Billing alert: re-enter your card at billing-check.example within 12h or the contract will be suspended.',
  ],
  ['paying for a piece of writing', 'Could you send the money for the article through Zelle?'],
  ['paying for a banner, unquoted', 'Venmo me for the two extra banner sizes please.'],
  ['a draft, then a payment ask', "Here's the blog post draft. Pay me on Cash App for it."],
  [
    'an address to write to, for someone else',
    'Sprints are two weeks and the API is done. Our assistant handles intros before any offer, so write to her at lina dot r at brightmoor dot example.',
  ],
  [
    'no contract sent yet',
    "You haven't sent the contract yet, so add me on WhatsApp at +44 7700 900 412 and we'll go through the shot list there.",
  ],
  [
    "a client's wish told, then an own ask",
    'If the client wants captions too, I can add them at no extra cost. Send me your Payoneer email so I can bill you there instead of here.',
  ],
  [
    'an address described in words',
    'It is my first name, then the at sign, then the studio name and the .example ending. Write there before you hire.',
  ],
  // Families found by bench/fresh-37.jsonl to bench/fresh-39.jsonl, in wordings of their own.
  ['an advance in Portuguese', 'Dá pra me mandar o adiantamento por Pix hoje?'],
  [
    'renting an account, second person',
    'Can you rent me your Upwork account for a month? I pay 25% weekly.',
  ],
  [
    'working out of the platform',
    'Next project we can work out of Upwork, weekly transfer to my bank.',
  ],
  [
    'a digital wallet for a bonus',
    "If you want to add a bonus, send it to my digital wallet, I'll share the QR.",
  ],
  [
    'hiring directly in French',
    "Après cette mission je t'embauche en direct, pas besoin de la plateforme.",
  ],
  [
    'refund instead of a dispute',
    'Instead of opening a dispute, just send the $120 back to my Venmo.',
  ],
  ['settling up between us', "From now on let's settle up between us and leave them out of it."],
  ['somewhere unread', "Message me somewhere this site can't read and we'll sort the price."],
  ['meeting here only', 'We use this place only to meet, then we do things our own way.'],
  ['a brand in bold letters, alone', '𝐕𝐞𝐧𝐦𝐨 only for the small fixes, please.'],
  // Families found by bench/fresh-40.jsonl to bench/fresh-45.jsonl, in wordings of their own.
  [
    'a contact ask with a channel beside technical work',
    'Give me your WhatsApp before you send the offer so I can demo the API integration there.',
  ],
  [
    'a number asked for beside a plugin',
    "Text me your number before we sign, I'll walk you through the plugin settings on a call.",
  ],
  [
    'carrying on around the platform after technical work',
    "Once the API work is done, let's keep working directly, no need to keep going through Upwork.",
  ],
  [
    'hiring instead of here',
    'Could you hire me through your agency instead of here? Same scope, same rate.',
  ],
  [
    'my own account after work talk',
    "I fixed the webhook retries and the staging deploy. For this week's hours, send the money to my Revolut.",
  ],
  [
    'an address ending typed letter by letter',
    'reach me before the offer: kim . lee @ studio . c o m',
  ],
  [
    'an Italian ask before the offer',
    "Prima di mandarti l'offerta, mi lasci il tuo numero WhatsApp? Ti spiego il lavoro lì.",
  ],
  ['a form of my own', 'Fill out the form on my site and we can skip this chat before you hire.'],
  [
    'a French number read out in pairs',
    "Avant l'offre, appelle-moi au zéro six, trente-neuf, soixante-douze, quatre-vingt-un, dix-sept.",
  ],
  // Families found by the second round of that session (bench/fresh-46..51), in own wordings.
  [
    "a refusal from the platform's side, then a way out",
    'I can only accept payment via Revolut to my own account, Upwork holds funds too long.',
  ],
  [
    'a messenger link before the offer beside a tool',
    "Here's my link so we can chat before you hire: wa.me/14155550188, I'll show the Figma file there.",
  ],
  [
    'the platform left out',
    "Book me through my studio's page next time, then Upwork doesn't need to be involved.",
  ],
  [
    'the conversion fee skipped',
    "Instead of paying for the conversion, let's end this contract and carry on by ourselves.",
  ],
  [
    'an address on a hyphenated domain in words',
    'write to me before the offer: lena at north-wind dot example',
  ],
  ['a Portuguese deposit', 'Me manda o sinal por Pix hoje que eu começo amanhã.'],
  [
    'the blue app with the plane (ru)',
    'Напиши мне в синюю с самолетиком до того, как пришлёшь оффер.',
  ],
  // Families found by the third round (bench/fresh-52..57), in own wordings.
  [
    'a spaced brand after a one-letter preposition (ru)',
    'Добавляйся в Т е л е г р а м, поговорим до оффера.',
  ],
  [
    'a channel name typed with two letters swapped',
    'whats ur skpye? faster to talk there before the offer',
  ],
  ['"pp" in emoji letters', 'send the deposit to my 🅿️🅿️ account please'],
  [
    'an app "only" beside technical work',
    'Interviews for the data-entry bot role are on Telegram only, add @hr_desk_x before any offer.',
  ],
  [
    'paying off the platform beside technical work',
    'Rate drops to $30/h if we move the dashboard work off Upwork and you pay by Wise.',
  ],
  [
    '"do not reply here"',
    'Please do not reply here, add @recruit_desk_x on Telegram for the next step.',
  ],
  [
    'leaving the platform in Urdu',
    'Agla kaam platform se hat kar karte hain, un ko hissa kyun dena',
  ],
  ['a private line in Indonesian', 'japri aja ya kak sebelum deal'],
  // Session 8 (round 4 of independent sets): a rule granted before a "but", the contract
  // paused or declined, the platform left out of billing, chat shorthand, hyphenated digits.
  [
    'a rule granted, then the ask',
    "I know it's against the rules, but could you send me your number before I send the offer?",
  ],
  [
    'the contract paused, paid elsewhere',
    "From next month let's pause the contract on here and I'll just pay your invoices over Wise.",
  ],
  [
    'the offer declined for an own system',
    "Decline the offer on here, I'll hire you through our own vendor system instead.",
  ],
  [
    'the site left out of billing',
    "We should stop using this site for billing and I'll pay you out of pocket.",
  ],
  ['chat shorthand before the hire', 'send ur deets and we can talk before i make it official'],
  [
    'a way around the rule',
    'I know a way around the 24 month rule, we just keep going on our own.',
  ],
  ['a payment method done', 'wanna just do venmo for the next one?'],
  [
    'a payment link to dodge the fee',
    "Pay through my checkout page to dodge the fees: pay.example-studio.example/inv/77, then I'll close the Upwork contract.",
  ],
  ['hidden from the site', "Tip me some way the site doesn't see, please."],
  ['digits hyphenated as words', 'Can you text me at four-one-five 555 oh-one-four-two?'],
  // Session 9 (round 5 of independent sets, bench/fresh-64..69), in own wordings: a house policy
  // that pays around the platform, the fee as "feeding the house", an own portal, the conversion
  // skipped, Pix refunds, "GPay kar dijiye", misspelt asks and brands, apps described by their
  // icon, spelled digits between dashes, a whole report
  // that does not reach the writer's own ask.
  [
    'a house policy paying around the platform',
    'Our agency policy: from now on we pay freelancers by bank transfer, not through Upwork.',
  ],
  ['the fee as feeding the house', "Let's stop feeding the house on the next project."],
  ['an own portal', 'Book future sessions through my own portal from now on.'],
  ['the conversion skipped', "Let's close it here and carry on without the conversion."],
  ['a Pix refund (pt)', 'Te devolvo pelo Pix o valor da taxa, combinado?'],
  ['GPay as the verb (hi)', 'Madam advance GPay kar dijiye please.'],
  ['a misspelt Zelle', "what's ur zele, i'll send the tip there"],
  ['a tip outside the bonus', 'Want to tip outside the bonus button? My tip jar works too.'],
  ['where the money lands', "Tell me where you'd like the money to land and I'll send it tonight."],
  ['a misspelt ask', "pls sent me you're emial before the ofer"],
  [
    '"my IG is" and working directly',
    'after this job lets work directly, my ig is anya underscore draws',
  ],
  [
    'an app by its icon',
    "What's your handle on the app with the green icon? Before the offer pls.",
  ],
  [
    'payroll instead of the platform',
    'From March our payroll team takes over, so we can stop paying you through Upwork.',
  ],
  [
    'the site phased out',
    "We're phasing out this site for freelancers next quarter, keep doing the work as usual.",
  ],
  [
    'a fee complaint with a rail',
    "Cancel the gig and I'll do it for $60 over Wise, Fiverr takes way too much.",
  ],
  [
    'spelled digits between dashes (de)',
    'Ruf an: null eins fünf eins – zwei drei vier – fünf sechs sieben acht, vor dem Vertrag.',
  ],
  ['an apple for Apple Pay', 'Send the deposit with 🍎 Pay, easier for me.'],
  ['a quarter is no tech word', 'For Q4 just pay me by bank transfer, simpler.'],
  ['a launch is no tech word', "After the store launch let's keep our own arrangement."],
  [
    'a whole report does not reach on',
    "The client wants the Android build instead of the web one. From now on we'll pay you through our payroll, not through Upwork.",
  ],
  ['"off platform" dotted', 'lets continue o.f.f p.l.a.t.f.o.r.m next week'],
  // Session 9, round 6 (bench/fresh-70..75), in own wordings: the chat skipped until the
  // contract, a milestone refused beside technical words, a direct contract of one's own, the
  // conversion skipped, a recruiter's channel beside a form, part of the work kept here, the
  // site's billing left out, contact asked for in a proposal, a cent sign for a "c", the
  // platform no longer needed, the ghost emoji, a German "Telegram-ID", misspelt Zelle.
  [
    'the chat skipped until the contract',
    "Let's skip this chat until the contract is sorted, my inbox is faster for the files.",
  ],
  [
    'a milestone refused beside design words',
    "I'd rather not add a milestone for the extra banner screens, can I just send you $150 on PayPal?",
  ],
  [
    'a direct contract of their own',
    'Once phase one wraps we end things on Upwork and continue under a direct contract between our two companies.',
  ],
  [
    'the conversion not bothered with',
    "You'd invoice us by bank transfer every month, no need to bother with the conversion.",
  ],
  [
    "a recruiter's channel beside a form",
    'Fill in the intake form and add our recruiter on Telegram @hiring_desk_x for the interview.',
  ],
  [
    'part of the work kept here',
    'Send me a v3nm0 request for the extra, the hourly can stay on Upwork.',
  ],
  [
    "the site's billing left out",
    "From next month let's leave the site's billing out of it and I'll raise your rate.",
  ],
  [
    'contact asked for in a proposal',
    'Please put a phone number in your proposal so I can call the shortlist.',
  ],
  ['a cent sign for a "c"', 'send the deposit thru ¢a$h 4pp, my tag is $lena_k'],
  ['the green app in Hindi', 'milestone ke bajaye hare wale app pe baat kar lein, offer se pehle'],
  [
    'the platform no longer needed',
    "For the next projects let's just use Payoneer, we don't really need Upwork anymore.",
  ],
  ['the ghost emoji', '👻 lena.cuts — add me there before the offer'],
  ['a Telegram ID (de)', 'Schick mir vor dem Vertrag deine Telegram-ID bitte.'],
  ['Zelle misspelt', "pay the $200 via Zell tonight and I'll start"],
  [
    'the app tied to a number',
    "What's your number? I'll send the rest through the app linked to it.",
  ],
  // Session 9, round 7 (bench/fresh-76..81), in own wordings: the house's cut, a way that
  // isn't this website, "message me here:" before a link, an address sent "to me directly",
  // working privately, an own vendor portal, a report closing its sentence, PayPal described,
  // Portuguese instalments, Hindi "platform ke bahar/bina", correspondence moved elsewhere.
  ["the house's cut", "If we leave the house's cut out of it I can drop my rate."],
  ['a way that is not this website', "Give me a way to talk to you that isn't this website."],
  [
    '"message me here:" before a link',
    'Message me here: t.me/ana_cad_x — I barely check this inbox.',
  ],
  [
    'an address sent to me directly',
    'Send the sample files to me directly before I accept: ana dot cad at mailbox dot example',
  ],
  [
    'working privately',
    'Most clients from here ended up working with me privately after the first job.',
  ],
  [
    'an own vendor portal',
    "We'll re-engage you through our own vendor portal so we don't pay the Upwork markup.",
  ],
  [
    'a report closing its sentence',
    "Please trim the sponsor segment before the upload next week, legal asked us to. From next month let's drop the contract and I'll send your fee through Zelle.",
  ],
  [
    'PayPal described',
    "Just send it through the blue app with the P, it's too small for a milestone.",
  ],
  ['an instalment (pt)', 'A segunda parcela pode ser por PayPal?'],
  ['outside the platform (hi)', 'Trial ke baad platform ke bahar hi kaam karenge.'],
  [
    'their conversion not bothered with',
    "I'd rather hire you directly as a contractor, no need to bother with their conversion process.",
  ],
  ['Zelle as a misspelt verb', 'can u zell me the tip? quicker'],
  [
    'correspondence moved elsewhere',
    'Prior to the call, all further correspondence will take place there rather than on Upwork: apply.talent-x.example/intake',
  ],
  [
    'something upfront, straight to me',
    'Could you send a little something upfront, straight to me, to lock the date?',
  ],
  ['without the platform (hi)', 'Agle episodes platform ke bina karte hain, unka cut kyun dena.'],
  // Session 9, round 8 (bench/fresh-82..85), in own wordings: somewhere other than this
  // site, a checkout link of one's own, cash in an envelope, the Upwork side wrapped up, jobs
  // not posted here, coin and a contract with no reason to stay open, Threema and "brauchen wir
  // nicht mehr", the purple app, a gamer tag, a direct contract with us, taking things private.
  [
    'somewhere other than this site',
    'Is there somewhere other than this site you check more often? I only log in here to post jobs.',
  ],
  [
    'a checkout link of my own',
    "here's my link for the deposit: https://checkout.quickpay-links.example/c/9Ab",
  ],
  [
    'cash in an envelope',
    "My cousin could drop the first half off in person in an envelope if that's easier.",
  ],
  [
    'the Upwork side wrapped up',
    'Could we wrap up the Upwork side after this milestone and move to a regular invoice?',
  ],
  [
    'jobs not posted here',
    "I have more projects lined up but I'm not posting them on here, interested?",
  ],
  [
    'coin and a contract with no reason to stay open',
    "I can pay in coin for the next phase, then there's no reason to keep this contract open.",
  ],
  [
    'Threema and the platform not needed (de)',
    'Lass uns auf Threema weitermachen, Upwork brauchen wir nicht mehr.',
  ],
  [
    'the purple calling app',
    'Send your handle for that purple calling app, make we yarn there before the offer.',
  ],
  ['a gamer tag', "Drop your gamer tag and I'll pull you into the voice server before we decide."],
  [
    'a direct contract with us',
    'Could you decline the Upwork offer and sign a direct contract with us instead?',
  ],
  [
    'taking things private',
    "After this project let's take things private, nobody in the middle taking a slice.",
  ],
  // Session 9, a last pass over the misses left in all labelled sets, in own wordings.
  [
    'the platform not used at all',
    "Upwork takes its share... what if I paid a bit more and we didn't use it at all?",
  ],
  [
    'no cut wanted, one-to-one after',
    "I don't want the platform taking a cut forever, so after the trial let's carry on one-to-one.",
  ],
  [
    'an account rented',
    "Our account is suspended for now. Rent us yours and we'll split what it earns.",
  ],
  ['everything taken to an app from here on', "Let's take everything to WhatsApp from here on."],
  ['UPI as a verb', 'Could you just UPI it to me tonight?'],
  ['under our own roof', "We'd like to keep you on under our own roof once this wraps."],
  ["walls that don't have ears", "Is there somewhere we can talk where the walls don't have ears?"],
  [
    'a checkout link to pay there',
    'sent u a checkout link → checkout.lena-design.example/pay/77 pls pay there',
  ],
  ['a bonus by Lydia (fr)', "Pour la prime, je te l'envoie par Lydia."],
  // Session 10, round 9 (own wording for what bench/fresh-86 to fresh-89 found).
  [
    'settled with me privately',
    "Anything beyond the brief, I'd prefer you settled with me privately.",
  ],
  ['a misspelt Cash App', 'can u send the bonus thru cashap pls'],
  ['taken on directly', 'When this gig ends our agency would like to take you on directly.'],
  [
    'to my PayPal after work talk',
    'The staging build passed all the checkout tests. The extra two hours, could you just send them to my PayPal?',
  ],
  ['a four-letter Skype', 'whats ur skyp? lets talk before u send the offer'],
  [
    'rather you hired me directly',
    "Next season I'd rather you hired me directly and not through this site.",
  ],
  [
    'a mail service described, while you decide',
    "Drop me a line, I'm lena.b on Google's mail, while you decide: the notifications here lag.",
  ],
  [
    "a second account under a relative's name",
    "Just open a second account under your sister's name and we start over there.",
  ],
  [
    'not hired yet, an address',
    'Not hired yet, I know, but here is my personal address for quicker replies than the notifications: mara.v@example.org',
  ],
  [
    'apna email de dein (ur), beside bookkeeping',
    'Offer se pehle apna email de dein, main wahan bookkeeping samples bhej dunga.',
  ],
  ['no need for a go-between', "Honestly we don't need a go-between anymore."],
  // Session 10, round 10 (own wording for what bench/fresh-90 to fresh-93 found).
  ['worked together directly', "It'd be simpler if we just worked together directly next year."],
  [
    'my own Stripe invoice, cheaper than the cut',
    "I built your Stripe webhooks, so for this part I'll send my own Stripe invoice. Cheaper for you than Upwork's cut.",
  ],
  ["rather than through Upwork's system", "Send it over Wise rather than through Upwork's system."],
  ['wind down the contract', 'You pay there and we wind down the Upwork contract.'],
  ['no lo metas en el contrato (es)', 'El extra mándamelo aparte, no lo metas en el contrato.'],
  ['stop posting the jobs on Upwork', 'Can we stop posting the jobs on Upwork after this?'],
  [
    'guard: an ask after copy laid out as a form',
    'Footer copy:\nPhone: +1 415 555 0188\nAlso, WhatsApp me before you send the offer: +1 415 555 0199',
  ],
  // Session 11, round 11 (bench/fresh-94 to fresh-97).
  ['letters spaced with padded dots', 'Happy to pay thru Z . e . l . l . e if you want.'],
  ['paypal as a verb', "honestly just paypal me the 45 and we're square"],
  [
    'a "can\'t we" proposal',
    "Can't we just settle the last part through Zelle? Their fee is silly.",
  ],
  [
    'taken back, then a new ask (guard)',
    'Can we do Zoom? Actually scratch that, just text me at +1 303 555 0199.',
  ],
  [
    'conversion left out',
    'After this job we keep working together, no conversion paperwork needed.',
  ],
  ['leaving the site for VK (ru)', 'Давай уйдем с площадки и продолжим в ВК.'],
  ['number before the offer (ru)', 'Скинь свой номер до того, как я отправлю оффер.'],
  [
    'talk there, the app asked about before (fr)',
    "Tu as Telegram ? Je préfère qu'on en parle là-bas, c'est plus simple.",
  ],
  ['jump on an app instead', 'Can we jump on Telegram instead? My tag is dunefox_22.'],
  [
    'rail then the account, after work talk',
    'The staging build is green. For the extra hours, send it via Cash App to @mara-codes.',
  ],
  [
    'pay me, after work talk',
    "The webhook retries are fixed now. For this week's hours, just pay me on Zelle.",
  ],
  [
    'money to my account in a work sentence',
    "Icons are exported; for the two extra screens it's easier if you send the money to my Revolut.",
  ],
  [
    'reach me at a link beside work words',
    'Messages here lag for me, reach me at t.me/ozzy_builds for the API questions.',
  ],
  [
    'the real price sent separately',
    "Put $5 on the contract and I'll send the real price separately.",
  ],
  [
    'a look-alike site',
    'Your payout is frozen, confirm your login at https://upw0rk-payouts.example/verify today.',
  ],
  ['skip this place', 'Next time just text me and we skip this place.'],
  [
    "the contact form on the writer's own site",
    'Before you hire me, drop your details in the contact form on my site, hanna-designs.example/contact',
  ],
  // Session 11, round 12 (bench/fresh-98 to fresh-101).
  [
    "won't need Upwork anymore",
    "Once this contract ends we won't need Upwork anymore, let's just keep going.",
  ],
  [
    'hiring through their own HR portal',
    "We don't hire through Upwork for this role; you'd sign with our own HR portal instead.",
  ],
  ['the pp app', 'Can you just send the $40 for the logo tweaks via the pp app?'],
  [
    'a tip jar instead',
    'Tip me here instead if you liked it: hxxps://tipjar[.]mira-sketch[.]example',
  ],
  [
    'moving freelancers to their own workspace',
    "We're moving all our freelancers to our own workspace, you'll get an invite link today.",
  ],
  [
    'the contract no longer needed',
    "The Upwork contract would no longer be needed once you're on our payroll.",
  ],
  [
    'contracting through the agency directly',
    'Could we contract through your agency directly next quarter? The fees here add up.',
  ],
  [
    'a milestone turned down for a rail, after Upwork was named (guard)',
    'Pay through Upwork? Nah. Send it via Wise instead of the milestone.',
  ],
  // Session 11, round 13 (bench/fresh-102 to fresh-105).
  [
    'without the bots reading along',
    'Drop me your handle on the blue bird app, we can talk there without the bots reading along.',
  ],
  [
    'send something my way privately',
    'Just send something my way privately for the extra logo and keep the contract as is.',
  ],
  [
    "a link, then an arrow to 'message me here'",
    't . me / pim_draws ← message me here before you hire',
  ],
  ['want my digits', 'Honestly, want my digits before you hire me? Voice is easier.'],
  [
    'a messenger link spelled out',
    'my channel: t dot me slash ada_codes, join before we sign anything',
  ],
  ['come in coins', 'Could the last 300 come in coins? Faster than waiting for the release.'],
  [
    'a payment link instead (guard)',
    'Pay the deposit through this link instead: wise.com/pay/me/kiraworks',
  ],
  [
    'shoot the money over',
    'For the extra revisions just shoot the $60 to me on the green money app.',
  ],
  // Session 11, round 14 (bench/fresh-106 and fresh-107).
  [
    'a phone number beside a work tool',
    'Before you send the offer, text me on 312-555-0199 so I can ask about your hosting setup.',
  ],
  ['continue, misspelt', 'lets continu on telegram once the job ends'],
  // Session 12, round 15 (bench/fresh-108 to fresh-111).
  [
    'paying while turning down the milestone',
    "Just pay me the last part now so we don't have to set up another milestone.",
  ],
  [
    "skipping the milestone's funding",
    'Send me the balance and we can skip funding the final milestone.',
  ],
  [
    'leaving the milestone unfunded',
    'Pay that invoice to my account and leave the milestone unfunded.',
  ],
  [
    'a request passed on to the reader',
    'My business partner asked if you could bill us directly instead of through Upwork from now on.',
  ],
  ['fees not wanted (guard)', 'paypal is fine, I dont want upwork fees on this one'],
  [
    'money that does not run through the platform',
    "I'll take 10% off if the payment doesn't run through Upwork next month.",
  ],
  ['somewhere the site cannot read (guard)', "Let's carry on somewhere the platform can't read."],
  ['text the number (guard)', 'Text the number in my profile before you hire me.'],
  ['both keep the difference', 'End the contract now and we both get to keep the difference.'],
  ['a number for the app just named (guard)', "What's your Signal? Mine's +1 202 555 0147"],
  [
    'a number with an elided "me" (guard)',
    "Avant l'offre, pourriez-vous m'appeler au 06 39 98 20 11 ?",
  ],
  [
    'a message saying something, asked for on an app (guard)',
    'Send me a message saying hi on WhatsApp before the offer.',
  ],
  [
    "the writer's own proposal after a report",
    "The filter flagged it, so let's move to Telegram before you hire me.",
  ],
  [
    'a brand with two symbols in a row, beside bookkeeping work',
    "After the reconciliation work, next month's retainer can go to my c4$h 4pp $nikoledger.",
  ],
  [
    'a work word inside a dotted handle is part of the handle',
    '5kype id for the interview: marek.qa.04',
  ],
  // Session 12, round 16 (bench/fresh-112 to fresh-115).
  [
    'contact moved to a place named before',
    "My portfolio site has a contact form. Reach me there before you send the offer, it's quicker.",
  ],
  [
    'the payment does not need to go through here (guard)',
    "This phase doesn't need to go through Upwork, just send the money to me when it's done.",
  ],
  [
    'the fee here would not apply',
    "A friend's studio can take over the contract so the fee here won't apply.",
  ],
  ['on whatever app you use', 'Before the interview, message me on whatever app you use.'],
  ['a payment link spelled out', 'paypal dot me slash nora underscore art for the extra edits'],
  [
    'going through the contract turned down',
    "Send it to me there when you're happy, no need to go through the contract.",
  ],
  [
    'details on an app once the job closes (guard)',
    "I'll send my wallet on Signal once you close the job.",
  ],
  // Session 12, round 17 (bench/fresh-116 to fresh-119).
  [
    'a contact verb in German, by phone, before the contract',
    'Vor Vertragsbeginn erreichen Sie mich am besten telefonisch, gern auch abends.',
  ],
  [
    'write there before the offer',
    'My inbox is my full name at the proton domain. Write there before the offer.',
  ],
  [
    'asking for personal digits before the engagement',
    'Kindly share your personal digits before we finalise the engagement.',
  ],
  [
    'the arrangement taken offline',
    "Let's take the arrangement offline once this job is wrapped up, same rate.",
  ],
  ['paying around the platform in Russian (guard)', 'Оплату можно на карту, минуя платформу.'],
  [
    'a cheque scam that needs wiring back (guard)',
    "I'll mail a cheque for $3,000, keep your fee and wire the rest to my assistant before it clears.",
  ],
  ['an app asked for in chat shorthand (guard)', 'gimme ur telegram pls b4 u hire'],
  // Session 12, round 18 (bench/fresh-120 to fresh-122).
  [
    'an app named with a wish to stay unread',
    "Can we continue on Signal? I don't like that Upwork reads these messages.",
  ],
  [
    'a disguised app kept out of the contract chat',
    "we can do the V e n m o thing for the extra hours, just don't mention it in the contract chat",
  ],
  [
    'not going through the site for a tip',
    "Gift cards work too if you'd rather not go through the site for the bonus.",
  ],
  [
    'an app store review reported before an ask',
    "Still waiting on the App Store review, they asked for a demo account which I've provided. From next month let's stop logging hours here and you just hire me directly.",
  ],
  // Session 13, from the untuned round 19 (bench/fresh-123 to fresh-125).
  ['a proposal to use an app', "Let's use Telegram for the rest of the negotiation."],
  [
    'an own payment handle, then where to send (guard)',
    "My Venmo is @rafa-tiles, send the invoice total there and we're even.",
  ],
  [
    'the milestones dropped for a crypto payment',
    "Let's ditch the milestone thing, I'll send USDC on Polygon for the landing page.",
  ],
  [
    'two brand names both dressed up (guard)',
    'v3nm0 is fine by me instead of waiting on the upw0rk payout',
  ],
  [
    'a Portuguese ask for an email (guard)',
    'Qual seu e-mail? Quero conversar sobre o app fora do Upwork antes de contratar.',
  ],
  [
    'digits promised once the proposal is answered',
    "I'll leave you my number once you reply to the offer.",
  ],
  ['cash handed over in person', "I'll hand you the money for the workshop in an envelope."],
  [
    'a handle asked for on a described app',
    "Tell me your handle on the bird app and I'll send the files, I don't want the site reading this before we sign.",
  ],
  // Session 13, round 20 (bench/fresh-126 to fresh-129).
  [
    'a contact verb and a platform that is not listening',
    "Can we chat somewhere the site isn't listening? I'd like to talk money before the offer.",
  ],
  [
    'a job scam texting a coordinator on an app (guard)',
    "You're selected for the design role! Text our recruiter on WhatsApp to begin; the $60 starter kit fee goes by Cash App.",
  ],
  [
    "a relative's account, not through here (guard)",
    "Send the deposit to my sister's account please, not through here.",
  ],
  ['leet throughout, with a work word', 's3nd th3 r3st v1a p4yp4l f0r th3 b00kk33ping cl34nup'],
  ['switching to Signal', 'Mind if we switch to Signal for the rest?'],
  ['the dollar emoji standing in for Cash App', 'just 💲app me the $50 for the banner'],
  [
    'work paid for between the verb and the rail',
    'Could you send the last $900 for the landing page copy via Zelle?',
  ],
  [
    "the platform's commission saved in Spanish (guard)",
    'Págame por transferencia y nos ahorramos la comisión de Upwork en la auditoría.',
  ],
  [
    'Russian: a card transfer with no need of the contract (guard)',
    'Переведите на карту, контракт не нужен.',
  ],
  [
    'a side deal sent separately',
    'Put less in the milestone and the difference I send you separately.',
  ],
  [
    'a lookalike site spelled with the real name',
    'Confirm your payout method at upwork-payout-check.example/verify to get the milestone.',
  ],
  [
    'German: call me, said with a separable verb',
    'Rufen Sie mich vor dem Vertrag kurz an, dann klären wir alles.',
  ],
  [
    'a messenger shorthand with a number (guard)',
    'my w-app is +44 7700 900 421, text me before the offer',
  ],
  [
    'they check the messages here (guard)',
    'Write me on the other app, here they check the messages.',
  ],
  // Session 13, round 21 (bench/fresh-130 to fresh-133).
  [
    'a whole sentence written backwards',
    '.mroftalp eht edistuo em yap ot tnaw uoy fi ,kcab eht morf ti daer',
  ],
  [
    "cash handed over to skip the site's charges (guard)",
    "I'll hand you cash at the studio, skips all the platform charges.",
  ],
  [
    'a training kit bought in crypto (guard)',
    'New hires buy our starter course for 0.01 BTC, refunded after the first week.',
  ],
  [
    'settling between the two of us, the site and its cut left out',
    "From now on let's settle it between the two of us and leave the site and its cut out.",
  ],
  [
    'cash in person to skip the checkout here',
    'I can hand you the money in person next week, so we skip the checkout here.',
  ],
  [
    'a wallet address asked for with no platform cut (guard)',
    "Send me your USDT address and I'll pay the cleanup work there, no platform cut.",
  ],
  [
    'the dollar-sign app named by its look',
    'My brother can take it on the dollar sign app and pass it on to me.',
  ],
  [
    'paid separately for work left out of a milestone (guard)',
    "The extra revisions weren't in the milestone, so I'll pay you separately, just tell me where to send it.",
  ],
  // Session 13, round 22 (bench/fresh-134 to fresh-137).
  [
    'a whole email address written backwards',
    'moc.elpmaxe@nnylgo.am - send the drafts there instead of here',
  ],
  [
    'a gift through one of those money apps so neither pays the fee (guard)',
    "I'll send the tip as a 'gift' through one of those money apps so neither of us pays the fee.",
  ],
  [
    "billing the client's company directly (guard)",
    'The charge here is steep. Invoice my company yourself for the next phase and add 5%.',
  ],
  [
    'Spanish: another way to talk before hiring',
    '¿Hay otra forma de hablar fuera de aquí antes de que te contrate?',
  ],
  [
    'another freelance site with lower fees (guard)',
    "Cancel this offer, I'll book you on another freelance site where the fees are lower.",
  ],
  ['leave me a number (guard)', 'Before I decide, leave me a number I can try tonight?'],
  [
    'a relative paying the funds himself (guard)',
    "My uncle runs the books, he'll send you the money himself when you're done, no need for the milestone thing.",
  ],
  ['Urdu: another contact before the offer', 'Offer bhejne se pehle apna koi aur rabta de dein.'],
  [
    'a messenger link and the interview there',
    "Tap t.me/lina_hires and say hi, we'll do the interview for the bookkeeping role there.",
  ],
  [
    'a +1 number with no area code',
    'Our HR runs interviews on Signal only, message +1 555-0142 today.',
  ],
  [
    'not keeping the conversation on Upwork',
    "Can we move the rest to email? I'd rather not keep the conversation on Upwork.",
  ],
  // Session 13, round 23 (bench/fresh-138 to fresh-141).
  [
    'a token contract so the job looks legit',
    "We'll put a $10 fixed-price contract here so it looks legit, and the real $700 for the renders goes through Wise.",
  ],
  [
    'no escrow, half upfront straight to an account',
    "Heads up: I don't do escrow here. Half upfront straight to my account, half on delivery.",
  ],
  [
    "paying through the checkout on one's own site (guard)",
    "Let's wrap up the contract after this batch; you'd pay me through the checkout on my own website.",
  ],
  [
    'drop your cell here',
    'Could you drop your cell here quickly? My partner wants to phone-screen the last two candidates.',
  ],
  [
    'interviews on Signal, asking for the Signal number',
    'Our recruiters run every interview on Signal, so include your Signal number with the application.',
  ],
  [
    "somewhere the site doesn't monitor (guard)",
    "Is there somewhere I can reach you that this site doesn't monitor? Before the offer, ideally.",
  ],
  [
    'a long update with a reported ask early and the ask at the end',
    "Status: all 30 pages rebuilt, and the 200 posts imported. I fixed the redirects; two failed, and those were pages you'd already asked me to drop. The form posts to your CRM now. Once this milestone clears, let's close things out here and carry on privately so we both keep the full amount.",
  ],
  // Session 13, round 24 (bench/fresh-142 to fresh-145).
  [
    'wire it to my account, spelled sort code',
    'Contract started last week. For the extra pages just wire it to my account: sort code one two, three four, five six.',
  ],
  [
    'a friends-and-family arrangement so no contract is needed',
    "For the little add-ons let's do a friends-and-family arrangement, we don't need a contract for those.",
  ],
  [
    'would you take a payment app for a big project',
    "Any chance you'd take Zelle for the spring campaign? The cut on a project this size hurts.",
  ],
  [
    "somewhere these admins can't read",
    "Can we carry on somewhere these admins can't read? I'll explain the budget there.",
  ],
  // The contract said to have started in words no phrase list holds (scanner.ts, STARTED).
  ['a job post that is live (guard)', 'Text me at 555-0119, the job is live on my site.'],
  [
    "a contract that isn't active yet (guard)",
    "Our contract isn't active yet, so send me your email and we'll talk there.",
  ],
  ['an offer still to accept (guard)', "I'll accept the offer once you send your number."],
  // Session 13, round 25 (bench/fresh-146 to fresh-149).
  [
    'renting a verified profile (guard)',
    'Earn $25 a day renting us your verified profile, your share paid outside via Wise.',
  ],
  [
    'half through here, half personally',
    'Half goes through here and the other half to me personally, so they only see half.',
  ],
  [
    "somewhere they don't read the messages",
    "Let's move this somewhere they don't read our messages before I send the offer.",
  ],
  [
    'a dollar-emoji app tag',
    'Send the money to my 💲app tag $lenaworks, it clears at once and the site takes nothing.',
  ],
  [
    'I wire you myself at month end (guard)',
    'Offer accepted! For the hourly part, log hours in a sheet and I wire you at the end of the month myself.',
  ],
  // Session 13, round 26 (bench/fresh-150 to fresh-153).
  [
    "an agency's own portal and billing",
    "Could we move the rest of the job to my agency's own portal and billing? The fees here eat my margin.",
  ],
  [
    'a check mailed for the work',
    'No card on here yet. Would a check mailed to you be ok for the poster job? Send your home address.',
  ],
  [
    'a favour between neighbours, not billed here',
    "Think of it as a favour: I pay you at the end, you don't bill it on here, nobody loses a cut.",
  ],
  [
    'call me at the shop before signing (guard)',
    'Can we do the rest over the phone? Call me at the shop, 555-0143, before we sign anything.',
  ],
  [
    'transfer from an account like paying an electrician',
    'Can I just transfer it from my account like I pay my plumber? The service charges add up.',
  ],
  [
    'renting accounts for a share in USDT',
    'We rent Upwork accounts: give us login access and get 30% weekly in USDT.',
  ],
  // Session 14, round 27 (bench/fresh-154 to fresh-157).
  [
    'renting a Fiverr account',
    "Could you rent me your Fiverr account for the summer? I'll send you 25% of each order.",
  ],
  [
    "bidding from the reader's account",
    'My team would bid from your Upwork account, you get $200 a month, just share the login.',
  ],
  [
    'signing in with the platform credentials on another site',
    'For the skills test, open our portal and sign in with your Upwork credentials first.',
  ],
  [
    'a training pack to be hired (guard)',
    'to get hired you gotta buy the training pack first, 60 usdt, I send the address after',
  ],
  [
    'the next project skipping the platform',
    'This contract ends Friday; what if the next one skipped Upwork entirely? We both save.',
  ],
  [
    'the bank details asked, the wire promised (guard)',
    "Send me your IBAN and I'll wire it tonight, then we close the job here.",
  ],
  [
    'nobody charged once the job is cancelled (guard)',
    "Let's cancel the job on here so nobody gets charged a commission, I'll pay you by transfer.",
  ],
  ['a rail and "pls"', 'venmo pls, my account here is on hold so cant take it here'],
  [
    'PayPal friends and family only (guard)',
    'Deposits are PayPal friends and family only, half upfront before I start.',
  ],
  [
    'the usual app instead of the contract',
    'Instead of the contract, just send me something through your usual app each week.',
  ],
  ['leet signs side by side (guard)', 'v3nm0 or c@$h 4pp me the $90 and skip the milestone'],
  [
    "paying to a cousin's account, the job left unfunded (guard)",
    "Send the payment to my brother's account and leave this job unfunded, it's simpler.",
  ],
  [
    'the platform cut called too much in bookkeeping talk',
    'Payroll is reconciled. For my own fee just wire it to my bank directly, the Upwork cut is too much for bookkeeping rates.',
  ],
  ['a reversed cash app', 'ereh ton ppahsac no em yap'],
  // Older misses, fixed after round 27.
  [
    'a rail used as a verb beside transcription work',
    "Let's keep the transcription going after this contract; I'll pay you monthly through PayPal Friends & Family.",
  ],
  [
    'hours in a spreadsheet, wired by the client (guard)',
    'Offer accepted! For the hourly part just log hours in a sheet and I wire you at month end myself, the tracker is a pain.',
  ],
  [
    'a token price here, the real amount over a rail',
    "I'll hire you for a token $10 fixed price here, and the real $2,400 goes over Payoneer.",
  ],
  [
    '"ca$h @pp" with a cashtag (guard)',
    'the deposit can go to my ca$h @pp, $lenadraws, faster than the milestone',
  ],
  ['"ca$h_4p" in leet', 'c4n u s3nd it v1a ca$h_4p? its $mikobakes'],
  // Session 14, round 28 (bench/fresh-158 to fresh-161).
  [
    'a Fiverr order cancelled to pay around it (guard)',
    'Cancel the order on your side and I will send the money straight to you, so the site does not take its share.',
  ],
  [
    'a call before the order is placed',
    'Give me some digits I can call before you place the order, I hate typing interviews.',
  ],
  [
    'skipping the checkout for a contact form',
    'Next time skip the checkout and use the form on my site, we both save the fee.',
  ],
  [
    'Portuguese: a registration fee to unlock the job',
    'Pra liberar a vaga você precisa pagar a taxa de cadastro de R$ 70 no link que eu mando.',
  ],
  [
    'Russian: a messenger before the offer',
    'Скиньте ватсап, пока я не отправил оффер, обсудим детали голосом.',
  ],
  [
    'German: settling by transfer without the platform',
    'Ab nächstem Monat können wir das direkt per Überweisung regeln, ohne Upwork.',
  ],
  [
    'cash hand to hand to save the cut',
    'We both lose a cut here. How about we settle up hand to hand when I visit?',
  ],
  [
    'coins kept off their books',
    "I'd rather get the last part in coins, I'll give you an address, keeps it off their books.",
  ],
  [
    'a typo-ridden F&F ask during a contract',
    'contract has been going 3 weeks now. could we do the last part via paypall? upwrok fees are to much',
  ],
  [
    'a Wise transfer for the balance (guard)',
    'Remaining balance by Wise transfer, I will send you the details tonight.',
  ],
  [
    'the green app and closing the room',
    "Let's take everything over to the green app and close this room out.",
  ],
  [
    'a currency table paid on the side',
    'For the currency conversion table, just send a few dollars on the money app rather than adding a milestone here.',
  ],
  [
    'a private contact where the site cannot see',
    "I'd rather we talk somewhere that isn't logged by this site, so send me a private contact.",
  ],
  [
    'disguised contact a few weeks into a contract (guard)',
    'Three weeks in and all good. From now on can we talk on t3l3gr4m? @mara_dev, the upw0rk chat is slow',
  ],
  // Session 14, round 29 (bench/fresh-162 to fresh-165).
  [
    'base64 with a cue to decode it',
    'decode this before the call: d2hhdHNhcHAgKzEgMjEyIDU1NSAwMTk5',
  ],
  [
    'a payment method one letter per line',
    'for the last milestone just send it through\nZ\nE\nL\nL\nE\n@mira-art\nnot here pls',
  ],
  [
    'Portuguese: against the rules, but just this once',
    'Eu sei que é contra as regras, mas só dessa vez: me manda o pagamento no Pix.',
  ],
  [
    'a refusal of one rail, then another rail',
    "I won't ask for PayPal since that's against the rules, but if you have Wise I'll send my account details and we skip the middle step.",
  ],
  [
    'Hinglish: nothing against the platform, but a number before the contract',
    'Platform ke khilaf kuch nahi kehna, magar contract se pehle apna WhatsApp number de dein.',
  ],
  [
    'not asking for one channel, then asking for another',
    "I'm not asking for your email. Just drop your Telegram so we can do the interview there instead of the Upwork call.",
  ],
  [
    'German: "spart ihr euch" the fee',
    'Können wir die restlichen 400 € per Überweisung machen? Dann spart ihr euch die Upwork-Gebühr.',
  ],
  ['a reversed bank transfer', 'refsnart knab aiv em yap tsuj'],
  [
    'an off-the-books rate where the platform cannot read it',
    "Since you accepted the offer, let's move to Signal so we can agree the off-the-books rate where Upwork can't read it.",
  ],
  // Session 14, round 30 (bench/fresh-166 to fresh-169).
  [
    'the best number to reach the reader, before deciding',
    "What's the best number to reach you on? I want to talk before I choose between the candidates.",
  ],
  [
    'German: a mobile number before the contract offer',
    'Können Sie mir vor dem Vertragsangebot Ihre Handynummer schicken? Dann klären wir alles telefonisch.',
  ],
  [
    'a payment app misheard by voice typing',
    'sorry voice typing, i said send it to my pay on ear account not upwork',
  ],
  [
    '"zell" instead of the platform',
    'can we do zell instead?? my card keeps getting declined on here',
  ],
  // Session 14, round 31 (bench/fresh-170 to fresh-173).
  [
    'working directly after this one',
    "Can we just work directly after this? I don't want to keep hiring through the marketplace.",
  ],
  [
    'the job marked complete, hourly via a rail',
    "I'll mark the job as complete and we continue hourly via Revolut, fine with you?",
  ],
  [
    'French: settled between us without the platform',
    'On termine ce contrat proprement, et la suite on la règle entre nous, sans passer par la plateforme.',
  ],
  [
    'adding a WeChat before the contract (guard)',
    'Please add my WeChat ID mei_design88 so we can talk before the contract.',
  ],
  // Session 15, round 32 (bench/fresh-174 to fresh-177).
  [
    'a defanged t.me with its "me" spaced too',
    'Reach me at t . m e / lina_dev — I rarely open the inbox here.',
  ],
  [
    'Russian: a one-letter word before a coin spelled out',
    'Оплата в U S D T на мой кошелёк, адрес пришлю в личку.',
  ],
  [
    'look-alike letters spaced among Latin ones',
    'Send the balance to р a y p a l, same email as before.',
  ],
  [
    'Indonesian: "transfer bank", then the contract closed',
    'Sisanya transfer bank saja ya, kontrak di sini kita tutup.',
  ],
  [
    'pay me via a rail, the work named after it',
    'Pay me via PayPal for the next transcript batch, no milestone needed.',
  ],
  [
    'French: an IBAN given so the fee is saved (guard)',
    'Je préfère un virement pour la traduction, mon IBAN est FR76 3000 6000 0112 3456 7890 189, comme ça on évite les frais.',
  ],
  [
    "hiring directly at the rate minus the platform's cut",
    "Our bookkeeping is ongoing, so I'd hire you directly at your rate minus whatever Upwork takes.",
  ],
  [
    'a paid certification to join (guard)',
    'To join our subtitle team you must pass a paid certification: 40 USDT, refundable after your first job.',
  ],
  [
    'the way friends send each other money (guard)',
    'Just send it the way friends send each other money and we skip the milestone.',
  ],
  [
    'during a contract: the last milestones to come through a rail',
    "Milestone 2 of 4 is done. It'd really help me if the last two came through Revolut; I'll knock 5% off.",
  ],
  [
    'during a contract: paid to the account in a PDF, not escrow',
    'Milestone released, thanks. The next ones, just send them to the account in the PDF - quicker than waiting on escrow.',
  ],
  [
    'the rest to come through a rail (guard)',
    "We're at milestone 3 of 5. Could the remaining two come through Wise? I'd take 5% off.",
  ], // Session 15, round 33 (bench/fresh-178 to fresh-181).
  [
    'German: settling outside the platform by transfer',
    'Können wir die letzten 500 € per Überweisung außerhalb von Upwork regeln? Spart uns beiden die Gebühr.',
  ],
  [
    "a dotted 'directly', then paying without the fee",
    "the fee here is a joke. d.i.r.e.c.t.l.y next time? I'll pay you the same minus nothing",
  ],
  [
    'the name on the account, the platform not to see it',
    "Tell me the name on your account and I'll push the remaining 400 across tonight. The platform doesn't need to see this one.",
  ],
  [
    'hours over the cap by bank transfer, the fees skipped (guard)',
    "I raised your cap to 20 hrs. Anything above that, note it in a sheet and I'll settle it by bank transfer at month end so we skip the fees.",
  ],
  [
    'renting a verified account',
    "I'll pay you $120 a week to rent your verified Upwork account, you just give me the login.",
  ],
  [
    'payroll directly, the contract dropped without any conversion',
    "Starting next quarter I'd put you on our payroll directly and drop the Upwork contract without going through any conversion.",
  ],
  [
    'real contact details, not in here (guard)',
    "Before anything else, send me your real contact details. I'd rather not do the interview in here.",
  ],
  [
    'the final interview elsewhere, how to reach you directly',
    "Our final interview with the founder isn't on this site. Reply with how we can reach you directly.",
  ],
  // Session 15, round 34 (bench/fresh-182 to fresh-185).
  [
    'a lower price for paying by a rail than through the platform (guard)',
    'I can do the logo refresh for $400 if you pay by Zelle, or $480 through Upwork.',
  ],
  [
    "a way to reach me that isn't this inbox",
    "Is there a way for you to reach me that isn't this inbox? I'd like to talk before you decide.",
  ],
  [
    "a gift card for 'account verification' before the offer",
    "Last step before the offer: buy a $50 Steam gift card for 'account verification' and paste the code here.",
  ],
  [
    'the blue P one, in emoji',
    'Just send it on the 💙🅿️ (you know, the blue P one) once I deliver the banners.',
  ],
  [
    'German: the dough sent directly, without the detour via the site',
    'Schick mir die Kohle einfach direkt, ohne den Umweg über die Seite.',
  ],
  [
    'Russian: coins to the wallet instead of waiting for the payout here',
    'могу скинуть монетками на кошелек, если не хочешь ждать выплату тут',
  ],
  [
    'borrowing a verified account, paid by a rail',
    'Looking for someone to lend me their verified Upwork account. You get 30% weekly by Payoneer.',
  ],
  [
    'where else you hang out online',
    "Skip the proposal. Tell me where else you hang out online and we'll sort the details there.",
  ],
  [
    'French: the next bonus to my Revolut',
    'Merci pour le bonus ! La prochaine fois envoie-le plutôt sur mon Revolut, Upwork prend une commission.',
  ],
  [
    'the difference handed over in coins (guard)',
    'Rather than touching the contract, how about I just hand you the difference in coins?',
  ],
  [
    'the actual agreement between us, this place only to say hi',
    "Let's keep the actual agreement between us and only use this place to say hi.",
  ],
  [
    'a build done outside the platform to skip its cut, beside technical words',
    "For the iOS build next month, let's do that one outside Upwork so we're not paying the marketplace cut.",
  ],
  [
    'a good number to ring you before hiring',
    "what's a good number to ring you on before I pick who to hire?",
  ],
  [
    'one of those apps to send money to your handle',
    'Do you have one of those apps where I just send money to your handle? Quicker than waiting here.',
  ],
  [
    'keep going between the two of us, the site and its cut left out',
    'Honestly, after this sprint we could keep going between the two of us and leave the site and its weekly cut out of it.',
  ],
  [
    "a disguised Telegram after a sentence ending in 'the 70s.'",
    'The speed score went from the 30s to the 70s. My tеlеgrаm is @kofi_dev, message me there before the offer.',
  ],
  [
    "a refundable deposit sent to a wallet, beside a portal's needs",
    'Welcome aboard! Before we start, our training portal needs a refundable $90 deposit in USDT sent to 0x4f2a9c81d7e3b605a9c4e2f18d7b3a60c5e91f2d.',
  ],
  // Session 15, round 35 (bench/fresh-186 to fresh-189).
  [
    'during a contract: ended early to rehire elsewhere without the fees',
    "Since our contract's running, can you end it early and I'll rehire you through my agency's portal? We won't be paying Upwork's fees anymore.",
  ],
  [
    'a lower rate by a leet rail outside than through the platform',
    'My rate is $45/h if the job runs through Upwork, or $38/h if you send it by W1se outside it.',
  ],
  [
    'the milestone skipped, paid by bank transfer beside technical words',
    "Skip the milestone, I'll pay the $900 for the API docs by bank transfer: IBAN DE89 3704 0044 0532 0130 00.",
  ],
  ['brands masked with asterisks', 'Z*lle or C*sh A*p, your pick, just keep it off Upw*rk.'],
  [
    'a payment asked by a rail after work talk',
    'btw the homepage form works now. can u just send the last 300 on venmo, the milestone release takes forever.',
  ],
  [
    'a channel asked before accepting the offer (not yet accepted)',
    'do u have linkedin? connect w me there, i havent accepted the offer yet',
  ],
  [
    'sent through the green chat before the offer',
    'can u send it to me through the green chat? easier to show u the mockups b4 the offer',
  ],
  // Session 15, round 36 (bench/fresh-190 to fresh-193).
  [
    'where else I can find you, nobody reading over our shoulders',
    'Rather than chatting here, tell me where else I can find you, somewhere nobody reads over our shoulders.',
  ],
  [
    'a username on an encrypted chat app before hiring',
    "Got a username on one of the encrypted chat apps? I'd rather vet candidates there before hiring.",
  ],
  [
    'the contract sorted between the two of us, this app left out',
    'Rather not have it all go through here. Can we sort the contract out between the two of us and leave this app out of it?',
  ],
  [
    "a zero spelled 'o' in a run of spelled digits",
    'call me: six one seven - 555 - o one nine four',
  ],
  [
    'the blue payment app with the friends-and-family button',
    "Do you have that blue payment app with the friends-and-family button? I'd rather send it there than fund here.",
  ],
  [
    'the app with the little dollar sign',
    'I can send it through the app with the little dollar sign, just tell me your tag.',
  ],
  // Session 15, round 37 (bench/fresh-194, fresh-195).
  [
    "a LinkedIn chat before the offer, its link ending in '-example'",
    'Please message me on LinkedIn first, I only send offers after a chat there: linkedin.com/in/derek-ambrose-example',
  ],
  [
    'French: half through the contract, half in cash to reduce the fees',
    "On en est à la révision 2. La moitié via le contrat, l'autre moitié en espèces quand on se voit, comme ça les frais sont réduits.",
  ],
  // Session 16, round 38 (bench/fresh-197, fresh-198, fresh-200).
  [
    'a way of paying that is quicker for me, after a released milestone',
    'Milestone 2 is released, thanks. Going forward Venmo is quicker for me, my number is 555-0177.',
  ],
  [
    'coins simplest for me, an address pasted in a doc',
    "Coins are simplest for me — I'll paste a wallet address in the shared doc.",
  ],
  [
    'a lower rate paid directly than through the platform',
    'I charge $35 an hour if you pay me directly, $45 if it runs through Upwork.',
  ],
  [
    'a fee to get started on a portal outside the platform',
    'We do not hire through this site. Register on our portal and pay the $25 fee to get started.',
  ],
  [
    'an interview on Telegram only, no need to reply here',
    'Interviews happen only on Telegram — add @brightline_hr to continue, no need to reply here.',
  ],
  [
    'software bought in bitcoin, reimbursed with the first payment',
    'To start the bookkeeping job you first need to buy our accounting software licence ($90) in Bitcoin. It will be reimbursed with your first payment.',
  ],
  [
    'Russian: the blue paper-plane app, written with ё',
    'Напишите мне в приложение с синим самолётиком до начала контракта.',
  ],
  // Session 16, round 39 (misses left from earlier rounds; bench/fresh-201 to fresh-203).
  [
    'the tip button skipped, sent to me personally',
    'For the tip, skip the tip button on here and just send it to me personally.',
  ],
  [
    'sent to me personally, with work thrown in as bait',
    "The site takes a big slice. If you send it to me personally I'll add the extra landing page for free.",
  ],
  [
    'a personal inbox address asked for',
    'Could I get your personal inbox address so I can send the full pitch deck?',
  ],
  [
    'hired on my own, the platform left out',
    "We met on Upwork but let's not involve them at all. What's your price if I hire you on my own?",
  ],
  [
    'Wise, with look-alike letters, instead of the timer',
    "Weekly hours are fine. For the extra weekend work I'd prefer Wіѕe instead of adding it to the timer, I'll send my details.",
  ],
  // Session 16, round 40 (bench/fresh-204 to fresh-207).
  [
    'a rule named, then a proposal made knowing it',
    "I know the 24-month rule well, which is why I'm suggesting we let the contract run out and I pay you in USDT.",
  ],
  [
    'is it against the rules, asked while asking',
    "Is it against the rules if you just Venmo me for the extra edits? It'd be way faster.",
  ],
  [
    'a gmail the same as the username here',
    "The rules say no contact info before hiring, I know. So I'll just say my gmail is the same as my username here.",
  ],
  [
    'Spanish: crypto refused, a bank transfer offered after closing',
    'No acepto cripto, pero una transferencia directa sí. Cerramos el contrato y te paso mis datos.',
  ],
  [
    "skipping the platform's conversion",
    "Next year I'd like to hire you through our own payroll instead of renewing here, and we can just skip Upwork's conversion thing.",
  ],
  [
    'a plugin pack bought with gift cards, reimbursed later',
    "You'll need to buy our plugin pack ($79) from our partner vendor with gift cards, and we reimburse it in your first payout.",
  ],
  [
    'work named, but run outside the platform',
    "I have another 30 hours of transcription next month but I'd want to run it outside Upwork. Interested?",
  ],
  [
    'an envelope instead of a milestone',
    'Rather than funding another milestone, can I just hand you an envelope when I pick up the prints on Friday?',
  ],
  // Session 17.
  [
    "an address written out under a sarcastic 'not going to tell you'",
    "I'm definitely not going to tell you it's rosa.miller@mail.example, wink wink.",
  ],
  // Session 17, round 41 (bench/fresh-208 to fresh-211).
  [
    'paid by a relative so none of it shows up on the platform',
    'My brother will pay you from his account so none of it shows up on Upwork.',
  ],
  ['work directly, no Upwork', 'we could work directly, no Upwork, if you like'],
  [
    'freelancers paid by Wise after a short test, no contract',
    'We usually pay freelancers via Wise after a short test, no need for an Upwork contract.',
  ],
  [
    'how a client pays all its contractors: USDT',
    'we pay all our contractors in usdt at month end, just send a wallet address',
  ],
  [
    'a bank transfer chosen, the account form to follow',
    "lets just do this one as a bank transfer, i'll send u the form for our account details",
  ],
  // Session 17, round 42 (bench/fresh-212 to fresh-215).
  ['a two-word brand spelled out with dots', 'G.o.o.g.l.e P.a.y is fine for the deposit'],
  [
    'a brand split across a line, the fees dodged',
    'Pay\nPal for the deposit, so neither of us gets hit with fees',
  ],
  [
    'the conversion fee skipped by closing the contract',
    "Rather than paying the conversion fee, we'll close this contract and I'll add you to our payroll.",
  ],
  [
    'only the first milestone kept on the platform',
    "We'll keep the first milestone here; everything else goes through our own billing.",
  ],
  [
    'an outside hiring system to apply through',
    'Please apply on our own website instead: jobs.acme.example/apply',
  ],
  [
    'a careers page so as not to be tied to the platform',
    "For the next job just list it on your careers page and I'll apply there, so we're not tied to this platform.",
  ],
  [
    "paid to a relative's account so it never shows here",
    'My sister will take the payment on her account, so it never shows up on here.',
  ],
  // Session 17, round 43 (bench/fresh-216 to fresh-219).
  [
    'an address shown the right way round by a right-to-left override',
    'mine, as promised: \u202eelpmaxe.liamtsaf@anaj\u202c',
  ],
  [
    'crypto asked for, the platform wished not to skim',
    "Can you take crypto for this one? I'd rather the platform didn't skim off the top again.",
  ],
  [
    'French: fees paid in gift cards to validate an application',
    'Bonjour, merci de régler les frais en carte cadeau pour valider votre candidature.',
  ],
  [
    'German: a licence bought in Bitcoin, refunded from the first salary',
    'Bitte kaufen Sie vorab die Lizenz in Bitcoin, sie wird mit dem ersten Gehalt erstattet.',
  ],
  [
    "Spanish: a transfer, and no more of the platform's slice",
    'Te hago una transferencia y listo, nada de andar soltando la tajada a la plataforma.',
  ],
  [
    'German: settled by bank transfer, the fee kept',
    'Sollen wir das nicht einfach per Überweisung regeln? Dann bleibt die Gebühr bei uns.',
  ],
  [
    'friends and family so it is not flagged',
    "ok, just mark it friends and family so it doesn't get flagged",
  ],
  [
    'a payment said to show up in Venmo',
    "Paid. It should show up in your Venmo as 'design stuff' in a minute.",
  ],
  [
    'a wallet paid, the milestone left unfunded',
    "Send to the wallet I shared and let's leave the milestone unfunded.",
  ],
  [
    'half here, the other half through Revolut',
    'Deal: half on here and the other half through Revolut.',
  ],
  [
    'an amount over Wise instead of the contract',
    'Fine, $300 over Wise rather than through the contract.',
  ],
  // Session 18: customer copy with the writer's own ask inside it.
  [
    "an FAQ draft, then the writer's address for the rest of the project",
    "FAQ draft for the shop's returns page: Can I return items? Yes, within 30 days. For the rest of the project, write to dan.k@mail.example instead of here.",
  ],
  [
    'booking-page copy, then the job finished off the platform',
    "Copy for the booking page: Book a table online or call 555-0148. Let's finish this job off the platform, I'll send my bank details.",
  ],
  [
    'a welcome-email template, then the rest paid by Zelle',
    "Template for the shop's welcome email: Questions? Write to hello@shop.example. Also you can pay me the rest by Zelle directly, skip Upwork.",
  ],
  [
    "an FAQ draft, then the writer's own email before the offer",
    'FAQ draft for the store page. How do I pay? By card. Oh and my email is dan.k@mail.example, email me there before the offer.',
  ],
  // Session 18, round 44 (bench/fresh-220 to fresh-223).
  [
    'put on the payroll, no conversion fee nonsense',
    "We'd rather hire direct. Start on Upwork, then after a month we'll put you on our payroll, no conversion fee nonsense.",
  ],
  [
    'some digits asked for before the pick',
    'drop me some digits to reach you before I pick someone, this inbox is too slow',
  ],
  [
    'Indonesian: the green app before the contract',
    'Sisanya kita lanjut di aplikasi hijau aja ya sebelum kontrak.',
  ],
  [
    'going around the fee next time',
    "If next time we go around the fee, I'll add 10% to your rate.",
  ],
  [
    'a number followed by "msg me", before the interview',
    'my number is 555 0142 msg me before the interview',
  ],
  [
    'a number given now, the offer still to come',
    "Text me at 555-0181 once you accept the offer, and we'll set up the calls there.",
  ],
  // Session 18, round 44: copy pasted after a line introducing it, with the writer's own ask.
  [
    "pasted FAQ copy, then the writer's PayPal for the next milestone",
    'current version of the pricing FAQ:\n\nHow do I pay?\nBy card or PayPal at checkout.\n\nFor the next milestone, just send the money to my PayPal directly and skip the fee here.\n\nLet me know if it reads ok.',
  ],
  [
    "pasted macros, then the writer's number before the hire",
    "Two macros for the support desk:\n\n[refund_done]\nHi {{name}}, I've refunded {{amount}} to your card.\n\n[call_us]\nHi {{name}}, call our billing line at 555-0164.\n\nAlso, before you hire me, text me at +1 617 555 0199, quicker than this chat.",
  ],
  [
    'pasted email copy, then a transfer to avoid the service fee',
    'Welcome email, v3:\n\nHi {{first_name}}, welcome to Tallyroo!\nQuestions? Reply to this email.\n\nNext time send the payment by bank transfer directly so we avoid the service fee.\n\nThanks!',
  ],
  [
    'pasted page copy, then Zelle for the next project',
    'Booking page copy:\n\nBook online.\nWe take cards.\nFor the next project just Zelle the money directly, skip the fees here.\nSee you.\n\nThanks',
  ],
  // Session 18, round 45 (bench/fresh-224 to fresh-227).
  [
    'done with the platform once the link is paid',
    "Wise works for the survey maps, I'll send the link, you pay it and we're done with the platform.",
  ],
  [
    "an outside login asking for the platform's username and password",
    'To join the curator pool, log in at museum-onboard.example with your Upwork username and password so we can check your history.',
  ],
  [
    'French: Lydia, and the Upwork milestones dropped',
    'Payez-moi par Lydia pour les partitions, on laisse tomber les jalons Upwork.',
  ],
  [
    'a suspension threat unless payout details are verified',
    'Upwork Billing: your account will be suspended unless you verify your payout details at upwork-billing.example/login today.',
  ],
  [
    "a refundable equipment deposit to a coordinator's wallet",
    'To reserve your place, please send the $75 refundable equipment deposit to the wallet our coordinator shares today.',
  ],
  [
    'German: Signal, where the platform does not read along',
    'Schreib mir ab jetzt lieber über Signal, da liest Upwork nicht mit.',
  ],
  [
    'an upfront share by MoneyGram before starting',
    "I'll need an upfront 40% via MoneyGram before I begin the drawings.",
  ],
  [
    'an app riddle, the contract left out of it',
    'For the last invoice use the app with the pizza-emoji feed, and we leave the contract out of it.',
  ],
  // Session 18, round 46 (bench/fresh-228 to fresh-231).
  [
    'payroll, no need for any conversion fee',
    "If you end the hourly contract this week, we'll put you on our payroll, no need for any conversion fee.",
  ],
  [
    'a suspension threat, then a compliance desk on Telegram',
    'Your Upwork profile is under review. To avoid suspension, contact our compliance desk on Telegram @uw_review_team today.',
  ],
  [
    'German: a talk over Signal before the offer',
    'Bevor Sie das Angebot schicken: Können wir über Signal sprechen? Nutzername kommt gleich.',
  ],
  [
    'an outside site, and the contract there instead',
    "Join at crewdesk.example/signup and we'll contract there instead, the fees here are too high.",
  ],
  // Session 18, round 47 (bench/fresh-232 to fresh-235).
  [
    "Hinglish: taking up the other side's idea, the rest by UPI",
    'Haan ji, jaisa aapne kaha, baaki payment seedha UPI pe bhej do, Upwork ka cut bach jayega.',
  ],
  [
    "as suggested, a proposal from the writer's own agency",
    "As you suggested, I'll decline the renewal here and send you a proposal from my own agency instead, you won't see the marketplace charge.",
  ],
  [
    'taking up a suggestion to move to LinkedIn before the offer',
    "Yes, I'm fine with your suggestion to move this to LinkedIn before the offer, send me a request there.",
  ],
  [
    'Russian: the rest sent as usual, no contract opened here',
    'Остаток, как обычно, переведу сам, только контракт тут не открывайте.',
  ],
  [
    'Urdu: a personal number asked before the offer',
    'Apna zaati number de dein, offer bhejne se pehle call pe baat karni hai.',
  ],
  // Session 19, round 48 (bench/fresh-236 to fresh-239).
  [
    'leaving the platform to work directly',
    "Let's leave the platform and work directly next time.",
  ],
  [
    'French: personal details asked before hiring',
    'Laissez-moi vos coordonnées perso avant que je vous engage.',
  ],
  // The platform turned down in favour of a payment app, the other way round from a refusal.
  ['a payment app set against the platform', 'Pay me via PayPal, not Upwork.'],
  [
    'a chat the site does not read',
    "Let's move this chat somewhere our messages aren't read by the site.",
  ],
  // Session 19, round 49 (bench/fresh-240 to fresh-243).
  [
    "the platform itself turned down ('I'd rather not')",
    "I'd rather not run this through Upwork at all.",
  ],
  ['a wallet preferred to the platform', "I'd rather take USDT than go through Upwork."],
  [
    'the other freelance site, where the cut is smaller',
    "You can find me on the other freelance site under the same name. Let's finish the rest of the job there, where the cut is smaller.",
  ],
  [
    'Indonesian: pay by DANA, the contract closed',
    'kak bayar pake dana aja ya, nanti kontraknya aku tutup',
  ],
  [
    "a relative's account so it doesn't show",
    'my sister can receive the funds in her wise acct so it dont show on mine',
  ],
  [
    'French: the contract closed, a direct one the platform need not know of',
    "On ferme le contrat et je te fais un contrat de presta en direct, Upwork n'a pas besoin de le savoir.",
  ],
  [
    "hired directly through the client's vendor portal",
    "I'll cancel the job post and hire you directly through my company's vendor portal instead, so neither of us pays Upwork's fees.",
  ],
  [
    'Russian: a fee for access to the project, details on Telegram',
    'за доступ к проекту нужно внести 30$ в usdt, реквизиты пришлю в телеге',
  ],
  // Session 19, round 50 (bench/fresh-244 to fresh-247).
  [
    "paid to use the writer's account (account rental)",
    "I'll pay you $200/month to log into your Upwork account from my laptop and bid on jobs.",
  ],
  [
    'details wanted for once the platform is not involved',
    "Put your personal details in your next update. I want to find you once this place isn't involved.",
  ],
  [
    'Portuguese: a training kit bought in bitcoin',
    'Antes de começar, compre o kit de treinamento por 0,005 BTC e mande o comprovante no Telegram.',
  ],
  [
    'a badge bought with a gift card, the code sent here',
    'To receive the contract, buy the badge for $45 with a gift card and send the card code in this chat.',
  ],
  // Session 19, round 51 (bench/fresh-248 to fresh-251).
  ['settling the balance person-to-person', "I'd rather you settle the balance person-to-person."],
  [
    'not mentioning where the two met',
    "Let's just not mention that we met on Upwork and sign directly.",
  ],
  [
    "the platform's slice cut out, sorted privately",
    'We could cut that out completely and sort things privately once this milestone wraps.',
  ],
  [
    'rates settled in Slack so the platform takes no slice',
    "We can settle rates in our Slack so the platform doesn't take its slice.",
  ],
  [
    'German: PayPal to friends, no platform fee',
    'Die letzte Rate per PayPal an Freunde, dann fällt keine Plattformgebühr an.',
  ],
  [
    "Hinglish: a number spelled out with 'sifar'",
    'Hire karne se pehle call kar lein: paanch paanch paanch, sifar ek teen nau.',
  ],
  // Session 19, round 52 (bench/fresh-252 to fresh-255).
  ['the work moved to another marketplace', 'Can we move this to Fiverr? Fees are lower there.'],
  [
    'a project reposted elsewhere for friendlier fees',
    'Cancel this project and repost it there instead, the fees are friendlier.',
  ],
  [
    "bought from the writer's gig on another marketplace",
    "Buy the logo package from my Fiverr gig instead, it's cheaper.",
  ],
  [
    "French: an id on 'the green app' before the proposal",
    "Envoie-moi ton identifiant sur l'appli verte avant que je valide la proposition.",
  ],
  [
    'an activation deposit to unlock the project',
    'Send a small activation deposit through the coin app to unlock the full project.',
  ],
  // Session 19, round 53 (bench/fresh-256 to fresh-259).
  ["a quoted ask taken up ('Sure, deal')", '> can you pay me on PayPal instead?\nSure, deal.'],
  ["an ask typed after '>' with nothing answering it", '> can you pay me on PayPal instead?'],
  [
    "a quoted question answered with an ask of the writer's own",
    "> what's your rate?\n$40/h, but pay me via PayPal and I'll do $35.",
  ],
  [
    'own payroll, the conversion skipped',
    'Put me on your own payroll once the trial ends and skip the Upwork conversion thing.',
  ],
  [
    'German: writing privately before being hired',
    'Lass uns vor der Beauftragung lieber privat weiterschreiben, ich geb dir meine Daten.',
  ],
  ["French: 'wtsp' asked before the offer", "Tu m'envoies ton wtsp avant l'offre ?"],
  [
    'French: a file fee paid by transfer',
    'Réglez 90 € de frais de dossier par virement pour débloquer la mission.',
  ],
  // Session 19: the other side's words passed on, then answered.
  [
    'what the other side said, taken up in the next sentence',
    'You mentioned PayPal. Sure, send it there.',
  ],
  [
    'a number handed over while answering a question about it',
    'You asked about WhatsApp: +1 415 555 0134. Upwork rules are strict, so delete it after.',
  ],
  // Session 20: an ask after work talk, in a clause of its own.
  [
    'an ask to be paid directly after a fixed bug, past a semicolon',
    'The spreadsheet formula error is fixed; pay the bonus by bank transfer to me directly please.',
  ],
  [
    'being paid by PayPal, with work talk before the verb',
    "I fixed the checkout error on the landing page; for this milestone just pay me on PayPal directly, it's quicker.",
  ],
  // Session 20: the platform's rules quoted as a scam's pretext.
  [
    'a security deposit said to be required by the rules, sent by Western Union',
    "Upwork's rules require a refundable security deposit of $75 from freelancers; send it by Western Union and we can begin.",
  ],
  [
    "banking login asked for under the platform's terms",
    "Upwork's terms say the client has to verify your bank account, so send me your online banking login and password.",
  ],
  [
    'Spanish: a verification fee said to be policy, sent by Western Union',
    'La política de Upwork exige una tarifa de verificación de 40 USD; envíala por Western Union.',
  ],
  // Session 20, round 54 (bench/fresh-260 to fresh-263).
  [
    'French: closing here and being paid by transfer',
    "Pour la suite on clôture ici et vous me réglez par virement, c'est moins cher pour vous.",
  ],
  [
    'Spanish: ending the contract so nobody takes a slice',
    'Damos por terminado el contrato y seguimos por nuestra cuenta; así nadie se queda con su tajada.',
  ],
  [
    'Russian: paid in USDT rather than through Upwork',
    'В следующем месяце оплатишь мне в USDT, а не через Upwork.',
  ],
  [
    'Indonesian: LINE asked for before the contract',
    'Sebelum kontrak, add line saya ya: rina.desain.',
  ],
  [
    'a handle whose first label is a work word',
    'Send the next jobs to my Instagram DM instead of Upwork: @staging.by.omar',
  ],
  [
    'a deposit to unlock the contract at a made-up escrow partner',
    'Register at escrow-partner.example and deposit $30 to unlock your contract.',
  ],
  [
    "a post's readers sent to Discord instead of replying",
    "Don't reply to this post, DM me on Discord instead.",
  ],
  // Session 20: staying on the platform called needless, or said the native way.
  [
    'staying on Upwork called needless, then paid by PayPal',
    "There's no need to stay on Upwork, pay me by PayPal.",
  ],
  [
    'Portuguese: no need for it to be right here on Upwork, paid by Pix',
    'Não precisa ser aqui mesmo no Upwork, me paga pelo Pix.',
  ],
  [
    'Indonesian: not only through Upwork, a bank transfer too',
    'Aku nggak cuma terima pembayaran lewat Upwork, transfer BCA juga bisa.',
  ],
  // Session 20: a reply headed 're: your…'.
  [
    'a reply to their WhatsApp ask that hands a number over',
    're: your WhatsApp — sure, +1 555 0133.',
  ],
  // Session 20, round 55 (bench/fresh-264 to fresh-267).
  [
    'account rental offered by an agency',
    'We rent verified freelancer accounts and split the earnings; reply with your login to start.',
  ],
  [
    'Spanish: a fake cheque to deposit and forward',
    'Te enviaremos un cheque de 2.000 USD; deposítalo y transfiere 1.500 USD a nuestro proveedor.',
  ],
  [
    'a relative paying cash, Upwork turned down',
    "Don't take it through Upwork, my cousin will pay you cash.",
  ],
  [
    'ending the contract with no conversion fee needed',
    "I'll cancel the Upwork contract and send you a direct agreement, no conversion fee needed.",
  ],
  [
    'after the contract, a number given because Upwork reads every line',
    'Month 3 of the contract and Upwork is reading every line here, so text me at 555-0147 from now on.',
  ],
  ['Russian: a refund in USDT, not through Upwork', 'Возврат сделаю тебе в USDT, не через Upwork.'],
  [
    'French: paid by hand, no need for the site',
    'Tu me paies en main propre la prochaine fois, pas besoin de passer par le site.',
  ],
  [
    "Venmo, with the platform's fee called a scam",
    'send the rest to my venmo, the upwork fee is a scam anyway',
  ],
  [
    'German: a training fee by paysafecard',
    'Bitte zahle 39€ Schulungsgebühr per Paysafecard, dann bekommst du den Job.',
  ],
  [
    'a wallet under a payment table, nothing funded on Upwork',
    'Payment plan for the app:\n\n| phase | amount |\n| MVP | $900 |\n\nWallet: TQ7x9aVn3JkLmP2rWs8YdE4hFbC6uZt1Nq, no need to fund anything on Upwork.',
  ],
  // Session 20: leaving the platform to deal directly, work named beside it.
  [
    "keeping the writer on as the client's own, no platform in between",
    "Quick thought on the estimating spreadsheet: let's close this out on the site after version one and keep me on as your own guy, no platform in between, just the two of us.",
  ],
  // Session 20, round 56 (bench/fresh-268 to fresh-271).
  [
    'Hindi: a bonus given from outside instead of here',
    'Bonus yahan mat dijiye, bahar se de dijiye.',
  ],
  [
    'Connects sold through a partner for USDT',
    'Before the milestone is released you must buy 50 Connects through our partner at a discount, $30 in USDT.',
  ],
  ['Connects sold for gift codes', 'Buy your Connects from me instead, paid in gift codes.'],
  [
    'German: a private number asked for before booking',
    'Bevor Sie mich buchen: geben Sie mir doch Ihre private Nummer.',
  ],
  [
    'a past arrangement where the platform takes nothing',
    "Remember the arrangement where the platform doesn't take its cut? Let's do that for the next shoots.",
  ],
  [
    'a co-founder to be pinged on Discord before the offer',
    'Before we make an offer, ping him on Discord: harlanvoss',
  ],
  [
    'an intake form for phone and email before the offer',
    'Pre-offer step: fill in this form with your phone and personal email.',
  ],
  [
    "Portuguese: a partner's Pix key, not through the platform",
    'Meu sócio pediu pra você fazer o Pix direto na chave dele, assim a gente não passa pela plataforma.',
  ],
  [
    "a boss's ask passed on: re-hired elsewhere to avoid the cut",
    "My boss asked me to tell you he'll close this contract and re-hire you through his cousin's firm so the site doesn't take its cut.",
  ],
  [
    'a brother slipping the other half in cash',
    'The other half my brother can slip you in cash when he picks up the prints.',
  ],
  [
    'a brother paying by bank, asking for the branch number',
    'Skip the milestone for this part. My brother will transfer it; he just needs your account and branch number.',
  ],
  // Session 20: the writer to be paid, asked after work talk in the same sentence.
  [
    'German: the rest paid by PayPal after the work is tested',
    'Ich habe alles getestet, zahl mir den Rest per PayPal.',
  ],
  [
    'paid by PayPal, after a tested checkout in the same sentence',
    'I tested the checkout, pay me via PayPal for this part.',
  ],
  // Session 20, round 57 (bench/fresh-272 to fresh-275).
  [
    'a Zelle ask with nobody skimming the fee',
    'half joking but… Zelle? my bank does it instantly and nobody skims 10% off the top lol',
  ],
  [
    'Spanish: a training fee in USDT to a wallet before the interview',
    'solo tienes que mandar 80 USDT de capacitación a mi wallet antes de la entrevista',
  ],
  [
    "the reader's Skrill asked for to close out",
    "send me your skrill and let's close this out properly 😂",
  ],
  [
    'cash in town after a joke about the fee',
    "I hate the 10% fee more than your puns. so… cash when you're in town next week?",
  ],
  [
    'Venmo asked for, the rules to be ignored',
    "just venmo me, @lu-fixes, I'll pretend I never read the rules 😇",
  ],
  [
    "skipping the 24-month rule with a friend's company",
    "let's do the 'hire you through my buddy's company' trick and skip the 24-month thing, you in?",
  ],
  [
    'a Direct Contract set up to hide where the client came from',
    "let's redo this as a Direct Contract on my side so you pay a smaller fee, nobody checks where the client came from.",
  ],
  [
    'a CV sent to an email before the interview, attachments blamed',
    'Send your CV to rhea.k@studiomail.example before the interview, the Upwork attachments keep failing for me.',
  ],
  [
    'personal digits asked before the hiring is final',
    'Sir kindly share your personal digits, I will ping you in the evening before you finalise the hiring.',
  ],
  [
    'French: arranged between us without the middleman',
    "Pour la suite, on pourrait s'arranger entre nous, sans l'intermédiaire, et je vous fais un meilleur tarif.",
  ],
  [
    "being hired through the writer's own studio",
    "You're paying a premium for the marketplace. Hire me through my own studio after this and we'll both come out ahead.",
  ],
  // Session 20, round 58 (bench/fresh-276 to fresh-279).
  [
    'coins asked for once the contract has ended',
    "No need to route the final bit through this place — I'll take it in coins, I'll post a wallet string once you've ended the contract.",
  ],
  [
    'a discount for a bank transfer, the fee called brutal',
    "Honestly the Upwork fee is brutal on a $2k job; if you do a bank transfer I'll knock 5% off.",
  ],
  [
    'settling in person so the site takes no share',
    "If you settle with me on moving day, in notes, I'll knock 15% off since the site won't be taking its share.",
  ],
  [
    'cash at the door and the job marked unpaid for a refund',
    "Pay the crew leader at the door and I'll mark the job as unpaid here so the escrow gets refunded to you.",
  ],
  [
    'German: cash on unloading so no milestone is needed',
    'Den Rest für den Umzug zahlst du bar beim Ausladen, dann brauchen wir den Meilenstein nicht.',
  ],
  // Session 21, round 59 (bench/fresh-280 to fresh-283).
  [
    'the platform as one side of a question, PayPal the other',
    'Is it Upwork only, or can I pay you via PayPal for the rush part?',
  ],
  [
    'Upwork only or could we do Wise',
    'Before I accept: do you pay on Upwork only or could we do Wise instead?',
  ],
  [
    'skipping the formal Upwork offer for an outside payroll',
    "If that works for you, we'll skip the formal Upwork offer and add you to our own contractor payroll.",
  ],
  [
    'Urdu: pay me by JazzCash to save the fee',
    'Offer pe fee katay gi, aap mujhe JazzCash kar dein bas.',
  ],
  [
    'French: the personal address after ending the contract',
    'On clôture le contrat et je te recontacte sur ton adresse perso pour la suite.',
  ],
  [
    "French: 'ton 06' before the offer",
    "Tu peux me laisser ton 06 avant l'offre ? Ce sera plus simple.",
  ],
  [
    'text me before I make this official',
    'Before I make this official, text me at the number on our studio site.',
  ],
  [
    'a job post screening first those who leave a personal phone number',
    'Applicants who drop a personal phone number in their proposal get a call first.',
  ],
  [
    'apply through our form instead of a proposal',
    "Please don't send a proposal here, apply through our form instead: forms.orchard.example/apply",
  ],
  [
    'a rule named, then an address disguised after a colon',
    "I'm not allowed to write it normally in here, so: rita.design (at) postbox (dot) example. Send the brief there before you hire.",
  ],
  [
    "booked through the writer's studio website",
    "I'm winding down my Upwork account, so it'd be easier if you booked me through my studio website and we handled payment there.",
  ],
  [
    'gift cards as the fee, codes to a coordinator',
    'Before the first batch, every tester has to buy a tool seat through our partner reseller: $60 in gift cards, codes go to our coordinator.',
  ],
  [
    'Indonesian: chat outside before hiring',
    'Kirim aja nomor hp kamu di sini sebelum saya hire, nanti saya chat dari luar ya.',
  ],
  [
    'a look-alike login page behind a suspension threat',
    'Your account has been selected for payment review. To avoid suspension, confirm your Upwork payment method at upwork-review.example/login within 48 hours.',
  ],
  [
    'forget the site, cash in person',
    "The balance for the menu design? Hand it over next time you're in Madrid, cash is fine, forget the site.",
  ],
  // Session 21, round 60 (bench/fresh-284 to fresh-287).
  [
    'Portuguese: end it here and carry on with Pix to save the fee',
    'Já que o contrato tá rodando, bora encerrar aqui e seguir no Pix? Economiza a taxa pros dois.',
  ],
  [
    'German: extra pages not billed through the platform, cash at the next meeting',
    'Die Zusatzseiten rechnen wir nicht über die Plattform ab, ich geb dir das bar beim nächsten Treffen.',
  ],
  [
    'a spelled-out IBAN, no need for the button',
    'For the bonus just transfer to IBAN GB thirty-three BUKB two zero two zero one five five five five five five five five, no need for the button.',
  ],
  [
    'a new PM wants check-ins on Telegram and an ID scan',
    "I'm taking over from Dana on this contract. Let's keep our check-ins on Telegram @ops_lead_hub and send your ID scan there so I can re-verify your payouts.",
  ],
  [
    "a contact form, then a reply from the writer's own inbox",
    "The full portfolio sits behind my form at studio-ika.example/contact. Fill it in before you send the offer and I'll reply from my own inbox.",
  ],
  [
    'a look-alike site with spaces around the dot',
    'Upwork Verification Team: your account is on hold. Re-enter your payout details within 24h at upwork-payout-desk . example / verify or your earnings will be frozen.',
  ],
  // Session 21, round 61 (bench/fresh-288 to fresh-291).
  [
    'a producer asked me to share our booking link for a pre-hire call',
    'My producer asked me to share our booking link so you can pick a slot for a call outside Upwork before the offer: https://cal.reelhouse.example/intro',
  ],
  [
    'French: the project lead asked me to pass on his number before the offer',
    "Notre chef de projet m'a demandé de vous transmettre son numéro pour l'entretien avant l'offre : 06 39 98 12 77.",
  ],
  [
    'Russian: the manager asked me to contact you on Telegram before the contract',
    'Руководитель попросил меня с вами связаться. До подписания контракта давайте созвонимся в Телеграме: @mila_team_lead',
  ],
  [
    'Hinglish: the senior has said to take UPI to save the fee',
    'Mere senior ne bola hai ki agle project ka payment UPI pe le lo, Upwork ka fees bachega.',
  ],
  [
    'Hinglish: the agency head has said a Telegram ID before the offer',
    'Hamare agency head ne bola hai ki offer bhejne se pehle aapka Telegram ID chahiye, wahin baat hogi.',
  ],
  [
    'a partner asked me to pass along his WhatsApp before the interview',
    'Partner asked me to pass along his WhatsApp for before the interview: plus one, five-five-five, zero one four two.',
  ],
  [
    'fake support on WhatsApp with a suspension threat',
    'hello this is upwork support team, ur account is flagged, contact us on whatsapp +1 202 555 0166 to avoid suspension',
  ],
  [
    'a fake billing notice with a look-alike payment page',
    'This is Upwork Billing. Your account will be restricted in 24h over unpaid fees. Settle the $79 balance at upwork-billing-desk.example/pay to avoid suspension.',
  ],
  [
    'misspelled PayPal or Venmo, can you take',
    'can u take paypall or venmoo for the next bit? upwrok fees r insane',
  ],
  ['whats ur ig before hiring', 'yo whats ur ig? wanna vibe check b4 i hire'],
  ["cheaper if paid 'of platform'", 'im down to do it cheeper if u pay me of platform, lmk'],
  [
    'through the back door, the platform stays out of it',
    'Small jobs like this I take through the back door. Cash up front, and the platform stays out of it.',
  ],
  [
    'any of the usual apps, voice notes there',
    'Are you on any of the usual apps? Easier to send you voice notes there while I finish the job post.',
  ],
  [
    'a cheque, then forward part by Zelle once it clears',
    "I'll send a cheque for $2,400 for the term; once it clears please forward $900 to their nanny by Zelle.",
  ],
  [
    'pasted from the director, then skipping the contract',
    "Pasting what my director sent me: 'Offer her $2k if she does it all off Upwork.' So, $2k and we skip the contract, thoughts?",
  ],
  // Session 21, round 62 (bench/fresh-292 to fresh-295).
  [
    'digital tokens to a receiving wallet, the site kept out',
    'Glad to settle the rest in digital tokens if you send me a receiving wallet. Keeps the site out of it.',
  ],
  [
    'Swiss German: end the contract, TWINT, save the fee',
    "Chönd mir de Vertrag da beände und Sie zahled mir de Rescht per TWINT? Denn spared mir beidi d'Gebühr.",
  ],
  [
    'French: cash the cheque and wire the difference',
    'Vous êtes retenu ! Nous vous envoyons un chèque de 2 900 € ; encaissez-le et reversez 2 500 € par virement à notre fournisseur.',
  ],
  [
    're-hire as a friend outside, both walk away with more',
    "Cancel the job post and re-hire me as a 'friend' outside, we both walk away with more.",
  ],
  [
    'which app do you use, the brief there before hiring',
    "Which app do you actually use day to day? I'd rather send you the brief there than through this site before hiring.",
  ],
  // Session 21, round 63 (bench/fresh-296 to fresh-299).
  [
    'swap numbers and sort out the rest offline',
    "Send me your number and I'll send you mine, we sort out the rest offline.",
  ],
  [
    'move pending milestones to our escrow',
    "PSA: Upwork is freezing payouts this month. Move your pending milestones to our escrow at safe-hold.example until it's resolved.",
  ],
  ["send it to my wife's account instead", 'u cud send it to my wifes acc instead, quicker for me'],
  [
    'the next project never gets posted here',
    "So what if the next project just never gets posted here at all? I'd reach out to you myself once this one wraps.",
  ],
  [
    'a USDT deposit before the interview, refunded after hire',
    'Before the interview, deposit $50 in USDT so we can verify the payout flow works for you. Refunded after hire.',
  ],
  [
    'Spanish: a number before you hire me',
    'Antes de que me contrates, dame un número al que pueda escribirte y te mando por ahí el video del error.',
  ],
  [
    "Spanish: an arroba address, the site 'doesn't let me upload'",
    'Antes de la oferta mándame el dump a marta punto datos arroba correo punto example, aquí no deja subir archivos tan grandes.',
  ],
  [
    'paying through Wise myself, not Upwork',
    "I'll pay for the integration work through Wise myself, not Upwork, it's faster for our finance team.",
  ],
  [
    'interviews through our own system, not this one',
    'Please fill in our contractor form first: hire-tessaly.example/apply. We run interviews through our own system, not this one.',
  ],
  // Session 21, round 64 (bench/fresh-300 to fresh-303).
  [
    "what's a good number for you, not the site's call thing",
    "What's a good number for you? I'd rather hear your voice before committing, not through this site's call thing.",
  ],
  [
    "a prepaid card's activation cost",
    "We pay contractors through a prepaid card program. Cover the $120 activation cost and we'll load your first week onto it.",
  ],
  [
    'fill out our applicant form instead',
    "Please don't apply here. Fill out our applicant form instead: forms.example/harvest-hiring.",
  ],
  [
    'European Portuguese: no slice for the site',
    'A massa do resto passo-lha eu diretamente, não vale a pena deixar uma fatia ao site.',
  ],
  [
    'a small test amount to verify your bank',
    'To receive salary you must first verify your bank by sending a small test amount of $30 to our payroll officer.',
  ],
  [
    'Spanish: a software licence through Binance',
    'Para activarte tienes que comprar la licencia del software (45 USD) por Binance a la cuenta que te indique.',
  ],
  [
    'French: training fees by Western Union',
    'Pour activer votre compte, réglez les frais de formation de 60 € par Western Union.',
  ],
  [
    'Russian: a wallet verification deposit',
    'Для верификации кошелька отправьте 20 USDT на адрес ниже.',
  ],
  [
    'receive client payments on your account and forward them',
    'I need someone to receive client payments on your account and forward them to me, you keep 15%.',
  ],
  // Session 22, round 65: forwarded messages, and the guards beside them.
  [
    'Fwd from the office manager, pay by Zelle',
    'Fwd from our office manager:\n"From now on please bill us directly and we\'ll pay you by Zelle, no need to go through Upwork."\nLet me know if that works.',
  ],
  [
    "forwarding the owner's words, WhatsApp",
    "Forwarding what the owner wrote, word for word: 'Ask the designer to send me her WhatsApp so we can finish this without the platform.'",
  ],
  [
    'Portuguese: encaminho a mensagem, Pix',
    'Encaminho a mensagem do meu sócio: "Paga ela por Pix direto, fora do site, que sai mais barato pra gente." Pode ser?',
  ],
  [
    'German: weitergeleitet, Überweisung',
    'Weitergeleitet von unserer Buchhaltung: „Bitte schicken Sie künftige Rechnungen direkt an uns, wir überweisen außerhalb der Plattform.“ Passt das für Sie?',
  ],
  // Session 22, round 65 (bench/fresh-304 to fresh-307).
  [
    "lookalike host from 'upwork payments'",
    'Your payment is on hold. Confirm your details at upwork-payments-release.example/verify to get it released today.',
  ],
  [
    'Urdu: account on rent',
    'Bhai apna Upwork account hamein rent par de dein, har hafte 5,000 rupay JazzCash par milenge.',
  ],
  [
    'writer offers to pay your invoice by Zelle after bookkeeping talk',
    'The bank reconciliation for March is done and the ledger balances. Can I pay your next invoice via Zelle?',
  ],
  [
    'gift between friends',
    'Upwork holds my money for days. Could you send the tip to me as a gift between friends instead?',
  ],
  [
    'personal account I could send to, tax for nothing',
    "Got a personal account I could send the retainer to? The site's fee feels like paying a tax for nothing.",
  ],
  // Session 22, round 66 (bench/fresh-308 to fresh-311).
  [
    'them taking a chunk',
    "Any way I can pay you that doesn't involve them taking a cut every time?",
  ],
  [
    'tell them it got cancelled',
    'Just tell them it got cancelled and we carry on next week, nobody taking a slice.',
  ],
  [
    'profile boost fee, gift cards only',
    "Pay our $25 profile boost fee and you'll get invites daily. Gift cards only.",
  ],
  [
    'German: cash in person, no more milestone',
    'Den Rest kannst du mir bar geben, dann müssen wir nicht mehr über den Meilenstein gehen.',
  ],
  [
    'French: end the contract, direct from now',
    'On termine le contrat ici et tu continues pour moi en direct, personne ne vérifie.',
  ],
  [
    'Swiss German: number, not over Upwork',
    'Schicked Sie mir Ihri Handynummere? Mir chönd vor em Uftrag churz telefoniere, aber nid über Upwork.',
  ],
  [
    'Quebec: arobas email before hiring',
    "Écris-moi avant que je t'engage à marc.gagnon arobas sympatico point example, je checke pas mes messages icitte.",
  ],
  [
    "so we don't pay the fee",
    "Let's sign a direct agreement after the trial so we don't pay the fee on the next phase.",
  ],
  // Session 22, round 67 (bench/fresh-312 to fresh-315).
  [
    'Hinglish: Google Pay, Upwork cuts too much',
    'Next week ki fees main Google Pay kar dunga, Upwork pe bahut cut hota hai.',
  ],
  ['s!gnal before the offer', 'add me on s!gnal before you send the offer'],
  ['w!se acct', 'first milestone here, rest can go to my w!se acct'],
  [
    "Portuguese: misspelled Pix, so the system doesn't catch it",
    'Fecha o contrato e me manda no piks, escrito assim pro sistema não pegar.',
  ],
  [
    'private group and onboarding kit',
    'Interviews are in a private group. Send me your number and have $150 ready for the onboarding kit.',
  ],
  [
    'French: Lydia with symbols, number after closing',
    "Pour la suite passe par L¥d¡a, je te file mon 07 dès que t'as fermé le contrat.",
  ],
  // Session 22, round 68 (bench/fresh-316 to fresh-319).
  [
    "Hinglish: you asked how I'll pay — UPI directly",
    'Aapne pucha tha payment kaise hoga — seedha UPI kar dunga, ID bhej do, Upwork ki fee bach jayegi.',
  ],
  [
    'Hinglish: you asked to talk elsewhere — yes, give your number',
    'Aapne kaha tha offer se pehle kahin aur baat karein — haan, apna number de do, main call karta hoon.',
  ],
  [
    're: your note, agreed, send to my Wise',
    "Re: your message about the fees, agreed, just send the next payment to my Wise and we'll skip the milestone.",
  ],
  [
    'quote, same here, best number',
    "> can we talk somewhere that isn't monitored before I hire?\nsame here, what's the best number for you?",
  ],
  [
    'your own contract template',
    "Sounds good. Send your own contract template and I'll sign it, then we stop the Upwork one.",
  ],
  [
    "don't route it through Upwork",
    "I'll give you the account number on a call, just don't route it through Upwork.",
  ],
  ['Spanish: yapeo', 'Te yapeo el resto hoy y así no esperamos a que Upwork libere el pago.'],
  ['leet cash tag', 'send ur c4sh t4g, rather pay u there than lose 10% to the site'],
  [
    "customs fee to the supplier's Payoneer",
    "Pay the $40 customs fee to our supplier's Payoneer so we can release the samples before the contract.",
  ],
  // Session 22, round 69 (bench/fresh-320 to fresh-323).
  [
    'docs to a spelled address before the interview',
    'send the Notion + API docs to lena dot dev at inbox dot example before the interview, attachments here keep failing',
  ],
  [
    'French: CV and GitHub to a spelled address before the offer',
    "Envoie ton portfolio et ton GitHub à marc point dev arobase postbox point example avant l'offre",
  ],
  [
    'rule said, then the address after a colon',
    'rules say no emails in here, so: rowan [at] rowanvo [dot] example. write before you hire',
  ],
  [
    "reader's wish recalled, then the number before the offer",
    'A dashboard tool would be faster, but you mentioned wanting custom charts. Before you send the offer, could you give me your mobile number so we can talk it through?',
  ],
  [
    'Slack before I apply',
    "Before I apply: what's your Slack? I'd like to talk to your PM directly first.",
  ],
  // Session 22, round 69: guards beside the spelled-address and recalled-wish readings.
  // Session 22, round 70 (bench/fresh-324 to fresh-327).
  [
    'French: refund by transfer to your personal account',
    'Je vous rembourse 150 € par virement sur votre compte perso, envoyez-moi votre IBAN.',
  ],
  [
    'French (Algeria): CCP or BaridiMob',
    'Tu me verses ça sur mon CCP ou par BaridiMob, Upwork ils prennent bzaf.',
  ],
  [
    'French (Belgium): Payconiq and drop the milestone',
    'Vous pouvez me payer via Payconiq et on laisse tomber le jalon.',
  ],
  [
    'French: talk again outside, no more commission',
    'Je ferme le contrat et on se recontacte en dehors pour la suite, comme ça plus de commission.',
  ],
  [
    'send the money to my account, stop running it through the site',
    'From next week just send the money to my account and we stop running it through the site.',
  ],
  [
    'stop paying the platform fee',
    "We could do the next phase under my brother's company and stop paying the platform fee.",
  ],
  // Session 22, round 71 (bench/fresh-328 to fresh-331).
  [
    'personal site or contact form, rather not negotiate on Upwork',
    "Got a personal site or contact form I can reach you through? I'd rather not negotiate on Upwork.",
  ],
  [
    'Upwork never touches the money',
    'Apply, I accept, we cancel right after and you bill my agency portal instead. That way Upwork never touches the money.',
  ],
  [
    'our own influencer platform',
    'We book creators only through our own influencer platform, sign up at creators.brand.example before we hire.',
  ],
  [
    'book me before the Upwork thing, contact form goes to me',
    'Book a call on my page before we do the Upwork thing, the contact form goes straight to me.',
  ],
  [
    "Urdu: relative's account, no more fee problem",
    'Raqam bhai ke account se bhijwa dunga, contract fund na karein, fees wala masla hi khatam.',
  ],
  [
    'bank login and the OTP',
    'Upwork payments team here. Send your bank login and the OTP to our WhatsApp to release your earnings.',
  ],
  // Session 23, round 72 (bench/fresh-332 to fresh-335).
  [
    "discount if we don't go through Upwork",
    "I can knock 10% off if we don't go through Upwork for the next order.",
  ],
  [
    "I'd rather chat elsewhere before the offer",
    "Before you send the offer I'd rather chat somewhere other than here, this inbox is clunky.",
  ],
  [
    'fr: un numéro pour vous joindre',
    "Avant de valider l'offre, laissez-moi un numéro pour vous joindre, ce sera plus simple.",
  ],
  [
    'it: spelled number with più',
    "Scrivimi prima dell'offerta: più tre nove, tre quattro sette, uno due tre, quattro cinque sei sette.",
  ],
  [
    'it: cash so the site takes nothing',
    'Il saldo te lo do in contanti, così il sito non si prende la sua parte.',
  ],
  [
    'scam: screening fee then Telegram',
    'You passed round one! Pay the screening fee of $35 on our portal, then the interviews are held on Telegram.',
  ],
  [
    "I'll pay there and we avoid the Upwork fee (order form named)",
    "Send me the order form from your site, I'll pay there and we avoid the Upwork fee.",
  ],
  // Session 23, round 73 (bench/fresh-336 to fresh-339).
  [
    "so Upwork doesn't take its 20",
    "Send the rest to my account and I'll close the milestone so Upwork doesn't take its 20%.",
  ],
  [
    'pt: reembolso por Pix',
    'Me faz o reembolso das fotos de banco de imagens por Pix? Pelo Upwork vai taxa em cima.',
  ],
  ['my number is in my portfolio, text me', 'Text me whenever, my number is in my portfolio PDF.'],
  [
    'token sale then wallet pay before contract',
    "Token sale opens tonight. Send your wallet address and I'll pay you now, contract later.",
  ],
  [
    'payment method suspended, bank transfer instead',
    'Our Upwork payment method got suspended, so can you take a bank transfer for this milestone instead?',
  ],
  // Session 23, round 74 (bench/fresh-340 to fresh-343).
  [
    'de: lieber auf WhatsApp, noch kein Angebot',
    'Können wir das lieber auf WhatsApp besprechen? Ich habe noch kein Angebot geschickt.',
  ],
  [
    'pay me in skins, trade link',
    "can u pay me in cs skins for the last overlay? i'll send my trade link",
  ],
  [
    'sponsor my channel, never touches this site',
    'Instead of a milestone just sponsor my channel for two months, it never touches this site.',
  ],
  [
    'de: Discord regeln, spart uns beiden die Gebühr',
    'Den Rest können wir über Discord regeln, ich zahle per PayPal, spart uns beiden die Gebühr.',
  ],
  [
    'es: tarjetas de regalo instead of the milestone',
    'Te pago con tarjetas de regalo de Steam y nos saltamos el hito.',
  ],
  [
    'id: voucher Google Play, kontrak kita tutup',
    'Bayar pakai voucher Google Play aja ya, terus kontrak kita tutup.',
  ],
  [
    'es: trabajar directo, no lo publicamos aquí',
    'Si quieres trabajar directo con nosotros, el próximo proyecto ya no lo publicamos aquí.',
  ],
  [
    'ur: inbox ke bahar rabta',
    'Offer se pehle inbox ke bahar rabta kar lein? Voice pe baat asaan hai.',
  ],
  ['de: deine Handynr before the offer', 'schick mir deine handynr bevor ich das angebot schicke'],
  ['hi: gpay kr du, fee nhi katega', 'bhai gpay kr du? fee bhi nhi katega'],
  [
    'skin deposit refunded after hire',
    "Send my trade bot one skin first to verify you're a real person, it gets refunded after I hire you.",
  ],
  // Session 23, round 74: the contract-tie sentence clears a detail, never an ask.
  [
    'an ask before the offer stays one when the next sentence ties the address to the contract',
    "Email me at anna.k@studio.example before the offer. That's the account I'm using for this contract.",
  ],
  // Session 23, round 75 (bench/fresh-344 to fresh-347).
  [
    'hi: UPI after Zapier work, fee kat raha',
    'Bhai automation done hai, baaki payment UPI pe kar do, Upwork pe fee bahut kat raha hai',
  ],
  [
    'ur: JazzCash after chatbot work, fee bach jayegi',
    'Chatbot ready hai, baqi paise JazzCash pe bhej dein, fee dono ki bach jayegi.',
  ],
  [
    'es: fuera de aquí after bot work, pay directly',
    'Cuando el bot esté listo, el soporte lo hacemos fuera de aquí y me pagas directo.',
  ],
  [
    'de: invoice personally, no longer via this site',
    'Für die Bot-Wartung schicke ich Ihnen künftig eine Rechnung von mir, dann läuft das nicht mehr über diese Seite.',
  ],
  [
    'hi: contract yahin khatam, platform beech mein no use',
    'Contract yahin khatam karte hain. Platform ko beech mein rakhne ka koi fayda nahi.',
  ],
  [
    'do you have Signal? chats there before the contract',
    "Do you have Signal? I'd like to do the screening chats there before I decide who gets the contract.",
  ],
  [
    'de: Vermittlungsgebühr fällt weg',
    'Wir führen Sie als eigenen Lieferanten, die Abrechnung läuft über unser System und die Vermittlungsgebühr fällt weg.',
  ],
  [
    'fr: skip the paid conversion',
    'On continue hors plateforme avec notre bon de commande, pas besoin de passer par leur conversion payante.',
  ],
  [
    "let's not bother with the conversion, end the contract",
    "Let's not bother with Upwork's conversion, just end the contract and we'll put you on payroll.",
  ],
  [
    'ur: procurement ne bola hai ke … bank transfer',
    'Procurement ne bola hai ke aap humare portal pe register ho jayein, phir payment seedha bank transfer se aayegi.',
  ],
  [
    'corporate card through your own Square invoice',
    'Procurement will pay with a corporate card through your own Square invoice, not Upwork.',
  ],
  [
    'supplier registration deposit scam',
    'To complete vendor onboarding a refundable supplier registration deposit of $60 is required, pay it via our secure link.',
  ],
  [
    'verification transfer scam',
    'Our onboarding needs a small verification transfer from you to our supplier account first, refunded with the first PO.',
  ],
  [
    'Kuda transfer, fee don too much',
    'Abeg pay me through Kuda transfer from next milestone, the Upwork fee don too much.',
  ],
  [
    'number exchange karke before the offer',
    'Pehle number exchange karke baat karte hain, offer baad mein dekhenge.',
  ],
  [
    'save us both the Upwork fee after questionnaire talk',
    'Procurement has me in their vendor list from the questionnaire, so maybe they could pay the next milestone from there and save us both the Upwork fee?',
  ],
  [
    'pay me through the link I built, to test the checkout',
    'Best way to test the Stripe checkout is for you to pay me the next milestone through the link I built: buy.stripe-test.example/k2P.',
  ],
  [
    'tl: GCash balance, para wala na yung fee',
    'Sir sa GCash nyo na lang po i-send yung balance? Para wala na po yung fee ng Upwork.',
  ],
  // Session 23, round 76 (bench/fresh-348 to fresh-351).
  [
    'Patreon tier, drop the contract',
    'Pledge at the $200 tier on my Patreon and we can drop the contract here.',
  ],
  [
    'hi: contract ki zaroorat nahi, fee bhi bachegi',
    'Contract ki zaroorat nahi bhai, mera course le lo, fee bhi bachegi.',
  ],
  [
    'es: no abras contrato, nadie paga comisión',
    'Mejor no abras contrato, compra mi curso en Hotmart y así nadie paga comisión.',
  ],
  [
    'ru: давай без контракта, комиссию не платить',
    'Давай без контракта: купи мой курс на GetCourse, комиссию платформе платить не придётся.',
  ],
  [
    "support page tips, nobody's taking a slice",
    "Tip on my support page every Friday instead of approving hours here, nobody's taking a slice that way.",
  ],
  [
    'clinic: cancel and sign our own, no conversion fee',
    "Rather than do it here, let's cancel this contract and sign our own agreement; we're not paying a conversion fee.",
  ],
  [
    'gift-card compliance pack scam',
    'To start you need our compliance starter pack: buy $100 in store cards and send photos of the backs of the cards.',
  ],
  ['id: minta ID Line sebelum offer', 'Sebelum saya kirim offer, boleh minta ID Line-nya?'],
  [
    'pay through my own checkout page',
    "Is that ok? I'd rather you pay through my own checkout page: pay.studio-kit.example/inv/91",
  ],
  [
    'skipping the in-app checkout',
    'Could you send it straight to my account next time and skip the in-app checkout?',
  ],
  [
    'video call on my own app before the offer',
    'Can we do a video call on my own app before the offer, not the Upwork one?',
  ],
];

const BENIGN: ReadonlyArray<readonly [string, string]> = [
  // Session 23, round 76 (bench/fresh-348 to fresh-351).
  [
    'bank transfer details on the thank-you page',
    "The 'Pay by bank transfer' option shows your account details only on the thank-you page and in the order confirmation email.",
  ],
  [
    'firm pays outside counsel by wire, billing stays here',
    "I know your firm normally pays outside counsel by wire, but I'll keep billing hourly here on Upwork.",
  ],
  [
    "pt: fee clause is the client's model",
    'A cláusula fala em transferência bancária, mas isso é o modelo para os clientes de vocês; entre nós segue tudo pela Upwork.',
  ],
  [
    'fr: DPO address in the privacy policy',
    "J'ai ajouté l'adresse du DPO dans la politique de confidentialité : dpo@cabinet.example.",
  ],
  [
    "ur: payouts to the client's own bank",
    'Thinkific pe welcome email set hai, aur payout aapke bank account mein har hafte aayega.',
  ],
  // Session 23, round 75 (bench/fresh-344 to fresh-347).
  [
    'edit access, the address to add',
    'Could you give me edit access to the Search Console property? The address to add is m.ito@agency.example.',
  ],
  [
    'de: Überweisung an Upwork',
    'Unsere Buchhaltung zahlt die Rechnung per Überweisung an Upwork, für Sie ändert sich nichts.',
  ],
  ['id: minta nomor PO', 'Tim procurement minta nomor PO dicantumkan di deskripsi kontrak Upwork.'],
  [
    'ACH payment run in NetSuite',
    'The NetSuite vendor bill sync now schedules the ACH payment run once a PO is received.',
  ],
  [
    "I appreciate that…, but I can't accept ACH outside Upwork",
    "I appreciate that your AP team pays vendors by ACH, but I can't accept payment outside Upwork.",
  ],
  [
    'no need to sign anything outside Upwork',
    "The NDA is attached to the offer; accept both and there's no need to sign anything outside Upwork.",
  ],
  [
    'AP portal only for direct suppliers, pay via Upwork',
    'Our AP portal is only for suppliers we contract directly; your payments come through Upwork.',
  ],
  [
    "now that the contract has started, here's my email for the Drive",
    'Now that the contract has started and you asked for my email for the Drive access, here it is: ana.k@mail.example.',
  ],
  [
    'pidgin rule: fit suspend your account',
    'Upwork fit suspend your account if you collect payment outside, na why I no dey do am.',
  ],
  [
    'M-Pesa statement parser',
    'The M-Pesa statement parser matches transaction IDs against the invoices table now.',
  ],
  [
    'fr: Make scenario on the Gmail inbox',
    'Le scénario Make lit votre boîte Gmail et envoie chaque facture dans Pennylane ; testez avec facture@votreboite.example.',
  ],
  [
    'fewer questions means better completion',
    'Should the bot ask for the email or look it up by phone number? Fewer questions usually means better completion.',
  ],
  [
    'voice agent call log with Stripe link column',
    "Logged the voice agent's test calls: call SID, duration, and whether the Stripe link was sent.",
  ],
  [
    'invite to the address posted in this contract room',
    'Send the ManyChat invite to the address I posted in this contract room: leo@cloudops.example.',
  ],
  // Session 23, round 74: the contract-tie sentence clears a detail, never an ask.
  // Session 23, round 74 (bench/fresh-340 to fresh-343).
  [
    "I know you'd prefer…, but billing stays on the contract",
    "I know you'd prefer Payoneer, but I'll keep billing through the hourly contract here.",
  ],
  [
    'fr: survey question on payment methods',
    "J'ai reformulé la question sur le moyen de paiement : carte, virement ou PayPal, au choix du répondant.",
  ],
  [
    'participant sent bank details, not forwarded',
    'One participant replied with her bank details by mistake; I deleted it and the panel will pay her as usual.',
  ],
  [
    "vanity invite link to the client's Discord",
    'The invite link in the launcher kept expiring, so I replaced it with a vanity link to your Discord.',
  ],
  // Session 23, round 73 (bench/fresh-336 to fresh-339).
  [
    'the rule counts even if nobody pays',
    'Good to know: asking to be paid outside the platform counts even if nobody ends up paying.',
  ],
  [
    'recall then refusal in the next sentence',
    "I know you mentioned sending a tip through Venmo. Thank you, but please don't: everything between us has to go through Upwork.",
  ],
  [
    'es: no hace falta, añade un hito',
    'No hace falta que me pagues la licencia por fuera: añade un hito de 30 € y listo.',
  ],
  [
    'Wise transfer quote in an expense app',
    "The Wise transfer quote now shows the fee separately in the reimbursement app, so finance sees every payout's cost.",
  ],
  [
    'it: Satispay error in checkout',
    'Il pagamento con Satispay va in errore da stamattina, ho aperto un ticket con il loro supporto.',
  ],
  [
    "ru: warning that it's a scam",
    'Если кто-то просит оплатить «проверку» в USDT — это развод, сразу жмите Report.',
  ],
  [
    "hi: client's words reported, conversion answered",
    'Client bol raha tha contract band karke direct kaam karo. Maine bola conversion ka official process hai, woh karo.',
  ],
  [
    'email for the drive during this contract',
    "Could you share the assets folder with my work address instead? It's lena@ridge.example, the one I'm using for this contract.",
  ],
  // Session 23, round 72 (bench/fresh-332 to fresh-335).
  [
    'WhatsApp Business number approved by Meta',
    'The Cloud API bot works in the sandbox. Once your WhatsApp Business number is approved by Meta we can go live.',
  ],
  [
    'it: rule quoted before the contract',
    'Su Upwork non si possono condividere email o telefono prima del contratto, quindi restiamo qui.',
  ],
  [
    'it: transactional mail sender',
    'Le email di conferma ora partono da Postmark, il mittente è supporto@negozio-lina.example.',
  ],
  [
    'SMS test recipients',
    'The test recipients for the SMS flow are 555-0120 to 555-0129, nobody real gets a text.',
  ],
  [
    'id: e-wallet app design with rails',
    'Ini desain aplikasi e-wallet untuk klien, ada alur top up via DANA dan OVO.',
  ],
  [
    'took down the old link showing my number',
    'I took down the old link on my profile because that page showed my phone number.',
  ],
  [
    'a page asking for my phone number',
    'Your demo link opens a page asking for my phone number, could you attach the video here instead?',
  ],
  // Session 22, round 71 (bench/fresh-328 to fresh-331).
  [
    'nothing to send separately',
    "The milestone is the invoice, so there's nothing to send separately.",
  ],
  [
    'German: no number and no handle before the contract',
    'Vor Vertragsbeginn gebe ich hier keine Telefonnummer und keinen Insta-Handle weiter.',
  ],
  [
    'if a brand ever asks you, tell us',
    "If a client ever asks you to switch to direct payment, tell us. That's the platform's rule.",
  ],
  [
    'small jobs need to go through a contract',
    'Happy to help, but even small jobs between us need to go through a contract here.',
  ],
  [
    'Easypaisa callback URL',
    "Easypaisa ka callback URL update ho gaya, ab order status 'Paid' ho jata hai.",
  ],
  [
    'Urdu: payment stays here',
    'JazzCash aap ke liye asaan hai, lekin payment bhi yahin rahe gi, milestones bana lete hain.',
  ],
  [
    'paying outside is off the table',
    'After the contract starts we can share email for work. Paying outside Upwork is still off the table.',
  ],
  // Session 22, round 70 (bench/fresh-324 to fresh-327).
  [
    'check your email for the Upwork notification',
    'please check your email, the Upwork notification for the offer should be there',
  ],
  [
    "Hinglish: you said Paytm, but I can't, Upwork rule",
    'Aapne Paytm se direct payment karne ka bola tha, lekin main wo nahi kar sakta, Upwork ka rule hai.',
  ],
  [
    'German: transfer outside not possible for me',
    'Danke, aber eine Zahlung per Überweisung außerhalb der Plattform ist für mich nicht möglich.',
  ],
  [
    'properly, not off the books',
    "I've refunded it from the contract page; I'd rather do it properly than anything off the books.",
  ],
  [
    'your email says the 14th',
    "Your email says the 14th but the milestone says the 21st, let's go by what's on Upwork.",
  ],
  [
    'a new milestone, not a side deal',
    "Fine, I'll add the pages, but as a new milestone, not a side deal.",
  ],
  [
    'Russian: connect directly to your database',
    'Могу напрямую подключиться к вашей базе, если дадите доступ на чтение.',
  ],
  // Session 22, round 69: guards beside the spelled-address and recalled-wish readings.
  [
    'mocked phone verification',
    'Phone verification is mocked on staging, any number in 555-0100..555-0199 gets the code 000000.',
  ],
  [
    'you asked for my number; Upwork messages until the contract',
    "You asked for my number. I'll share it once the contract starts; until then Upwork Messages is the best way to reach me.",
  ],
  [
    'GitHub invite to a plain email before the offer',
    'Send the GitHub invite to dev.ana@mail.example before the offer so I can scope the repo.',
  ],
  // Session 22, round 69 (bench/fresh-320 to fresh-323).
  [
    "understood you'd like to work outside; the conversion",
    "Understood that you'd like to hire me outside Upwork. Since we met here, the proper route is the contract conversion from All Contracts.",
  ],
  [
    "'direct' for direct-to-consumer, not outside Upwork",
    "I say 'direct' a lot because the store is direct-to-consumer, not because I want to work outside Upwork.",
  ],
  [
    'German: IBAN check digit passes',
    'Die Prüfziffer wird jetzt geprüft: DE89 3704 0044 0532 0130 00 geht durch, eine vertippte Stelle nicht.',
  ],
  [
    'Urdu: no need for a separate bank transfer',
    'Upwork invoice khud banata hai, aap ko alag se bank transfer karne ki zaroorat nahi.',
  ],
  [
    'I check Upwork messages on my phone',
    "Let's keep it in Upwork Messages until the offer, I check it on my phone all day.",
  ],
  [
    'Spanish: fee included in the milestone price',
    'No te preocupes por el fee, lo incluí en el precio del milestone.',
  ],
  [
    'Italian: refused the transfer, we stay on Upwork',
    'Ho rifiutato il bonifico fuori piattaforma che mi aveva proposto: qui restiamo su Upwork.',
  ],
  [
    'NDA email, nothing else moves outside',
    'Legal needs your email only for the DocuSign NDA. Nothing else moves outside Upwork, payments included.',
  ],
  // Session 22, round 68 (bench/fresh-316 to fresh-319).
  [
    'rather than moving the payment',
    'If money is tight I can cut the scope rather than moving the payment somewhere else.',
  ],
  [
    'Spanish: what you asked about Mercado Pago, no, Upwork',
    'Sobre lo que me preguntaste de Mercado Pago: no, prefiero que todo el pago quede en Upwork.',
  ],
  [
    'Spanish: you said after closing we can work outside; the rule',
    'Dijiste que al cerrar el contrato podemos trabajar por fuera. Ojo, la regla de Upwork dura 24 meses.',
  ],
  [
    'Portuguese: you said a client asked for WhatsApp; against the rules',
    'Você comentou que um cliente pediu seu WhatsApp antes do contrato. Isso é contra as regras.',
  ],
  [
    "Spanish: re your question, so I can't",
    'Re: tu pregunta de si te paso mi número: aún no hay contrato, así que no puedo.',
  ],
  [
    'Russian: you proposed closing the contract; the rule',
    'Вы предлагали закрыть контракт и работать напрямую. Так нельзя, правило Upwork действует 24 месяца.',
  ],
  [
    'flagged a message asking for my Skype',
    'FYI I flagged a message from someone asking for my Telegram before the interview.',
  ],
  [
    'noticed you pasted your number',
    "I noticed you pasted your personal email above. No worries, let's keep it to Upwork messages until the contract starts.",
  ],
  [
    "saw your email, I'll ignore it",
    "I saw your phone number in the attachment by accident. I'll ignore it and we keep talking here.",
  ],
  [
    'conversion steps, after that our own agreement',
    "Go to Jobs > All Contracts and choose 'Request Contract Conversion'. Upwork shows you the fee. After that we'd sign our own agreement and I'd invoice you directly.",
  ],
  [
    'supplier spoof warning',
    "The supplier's new bank details came by email and not through their portal, so call them before paying. Could be a spoof.",
  ],
  [
    'German: unpaid prepayment orders',
    'Fünf Bestellungen hängen auf Zahlung ausstehend, Vorkasse per Überweisung. Soll ich die Kunden erinnern?',
  ],
  [
    'welcome series sent from',
    'The welcome series goes out tomorrow, sent from hello@shop.example, three emails over a week.',
  ],
  // Session 22, round 67 (bench/fresh-312 to fresh-315).
  [
    'open rate looks normal',
    'The campaign went out to 8,000 subscribers and the open rate looks normal for a Tuesday.',
  ],
  [
    'client wants PayPal, how do I report',
    'A client on another job wants me to take payment through Wise. How can I report that?',
  ],
  [
    'Hinglish: payout from Upwork to Payoneer',
    'Mera payment Upwork se Payoneer mein aata hai, yeh normal withdrawal process hai, aapko kuch alag se nahi karna.',
  ],
  [
    'Urdu: other methods not used, platform only',
    'Payment ka koi aur tareeqa (Easypaisa, bank) main use nahi karta, platform pe hi theek hai.',
  ],
  [
    'Spanish: conversion steps, then invoice directly',
    'Si quieres contratarme fijo, hagámoslo bien:\n1. Solicitas la conversión del contrato en Upwork\n2. La acepto\n3. Upwork cobra la tarifa\nDespués ya podemos facturar directo.',
  ],
  [
    'school emails me the report',
    'The tutoring centre emails me the weekly report; can I upload it to the contract files before our session?',
  ],
  [
    'got your message asking for my cell',
    "Got your message asking for my number. Let's use the Upwork call button instead, any time after 5.",
  ],
  [
    'Spanish: mum asked about Bizum, explained Upwork',
    'Tu papá preguntó si podía pagar por Bizum; le expliqué que todo se paga por Upwork.',
  ],
  [
    'refund shows on your card',
    'I refunded the unused lesson through the contract; it should show up on your card within a week.',
  ],
  [
    'no need to Venmo me',
    "You don't need to Venmo me for the extra ten minutes, really, it's fine.",
  ],
  // Session 22, round 66 (bench/fresh-308 to fresh-311).
  [
    'German: a direct transfer, not possible',
    'Nett gemeint, aber eine Zahlung direkt auf mein Konto geht leider nicht. Lass uns den Meilenstein hier nutzen.',
  ],
  [
    "Indonesian: WA number can't be shared before the contract",
    'Nomor WA saya tidak bisa dibagikan sebelum kontrak jalan ya, kita pakai chat Upwork dulu.',
  ],
  [
    'Upwork invoices, no direct billing',
    'Upwork makes an invoice for each payment, so your accountant has everything without any direct invoicing from me.',
  ],
  [
    'Hinglish: refund will show in your account',
    'Refund Upwork se ho gaya hai, 2-3 din mein aapke account mein dikh jayega.',
  ],
  [
    'fee explained, minus my service fee',
    "You fund the milestone plus the marketplace fee, and I receive it minus my service fee. That's how it works here.",
  ],
  [
    'a freelancer who works without a platform',
    'My quote is higher than the freelancer you found who works without a platform, because the fee is priced in.',
  ],
  [
    'wiring a template to an event',
    "The SMS template is approved. I'll wire it to the checkout event and send a test to the sandbox number.",
  ],
  [
    "clinic's number, not anyone's personal phone",
    "The reminder line is +1 555-0177, bought on the practice's account, not anyone's personal phone.",
  ],
  [
    'agency bills its end client separately',
    'We bill the end client separately under our own agreement with them; your work stays on this Upwork contract.',
  ],
  [
    'German refusal then payment here',
    'Danke für den Vorschlag, per PayPal zu zahlen, aber das geht leider nicht. Solange wir uns über Upwork kennen, läuft die Zahlung hier.',
  ],
  [
    'tempting, but keep our accounts safe',
    "I know it's tempting to settle the rest outside, but I'd rather we keep both our accounts safe.",
  ],
  // Session 22, round 65 (bench/fresh-304 to fresh-307).
  [
    'Skype days are over, Upwork call',
    'my Skype days are long over lol, the Upwork call works fine for me',
  ],
  [
    'Upwork inbox as the way to reach',
    'before the call, is the upwork chat the best way to reach you if something comes up?',
  ],
  [
    'Russian: phone number not needed, Upwork call',
    'Давай созвонимся через Upwork, телефон не нужен.',
  ],
  [
    'the middleman step in a data pipeline',
    'we can drop the middleman step in the ETL and write straight to the warehouse table directly',
  ],
  [
    'invoice higher than the milestone',
    "The Upwork invoice is a little more than the milestone because the marketplace fee is added, that's expected.",
  ],
  [
    'bonus logged separately',
    'The tip you sent shows up logged separately on the invoice page, nothing is missing.',
  ],
  [
    'client wanted PayPal, pointed to Bonus',
    'The client wanted to tip me through PayPal; I pointed him to the Bonus button on the contract instead.',
  ],
  [
    'test SMS to your phone',
    'Booking confirmations by SMS are live. The test SMS went to your phone ending in 0131.',
  ],
  [
    'Portuguese: refusal, against the terms',
    'Obrigado, mas receber por fora vai contra os termos da Upwork. Se quiser, fazemos a conversão oficial depois.',
  ],
  // Session 22, round 65: forwarded messages, and the guards beside them.
  [
    'forwarded rule: keep it on Upwork',
    'Fwd from our finance lead:\n"All payments to freelancers go through Upwork milestones, no exceptions."\nSo please submit the milestone when you\'re done.',
  ],
  [
    'forwarding a phishing mail to support',
    "Forwarding the suspicious message to support: 'Pay the $40 verification fee on Telegram to unlock your payouts.' I didn't pay anything.",
  ],
  [
    'forwarded feedback on the PayPal button',
    "Forwarding my manager's feedback word for word: 'The PayPal button on the checkout page is too small on mobile, please make it full width.'",
  ],
  [
    'French: je vous transfère, rule',
    "Je vous transfère le message de notre juriste : « Aucun échange de coordonnées avant la signature du contrat sur Upwork. » On reste donc ici pour l'instant.",
  ],
  // Session 21, round 64 (bench/fresh-300 to fresh-303).
  [
    'smaller milestones instead of going off-site',
    'I know the fee stings. Instead of going off-site, how about two smaller milestones for the next phase?',
  ],
  [
    'the phone number verified on the Upwork profile',
    'My phone number is already verified on my Upwork profile, so the identity check should be fine.',
  ],
  [
    'a rule I follow: portfolio links yes, emails no',
    "Rule I follow: portfolio links are fine before a contract, phone numbers and emails are not. Here's my portfolio.",
  ],
  [
    'Spanish: a sender address for booking emails',
    'El formulario debe mandar un email de confirmación al paciente. El remitente puede ser citas@clinica.example.',
  ],
  [
    'SMS reminders failing for a +44 prefix',
    'Can you check why numbers with a +44 prefix, like +44 7700 900417, fail while US ones go through?',
  ],
  [
    'Portuguese: thanks for the MB Way suggestion, but Upwork',
    'Agradeço a sugestão do MB Way, mas prefiro manter os pagamentos pelo Upwork.',
  ],
  [
    "Zelle isn't supported, so Upwork milestones",
    "Zelle isn't supported for business accounts at our bank, which is why we're paying through Upwork milestones.",
  ],
  [
    'Brazilian Portuguese: my client asked, I explained the conversion',
    'Meu cliente perguntou se dá pra me contratar fora do Upwork. Expliquei que existe a conversão de contrato.',
  ],
  [
    "Russian: don't agree to card transfers",
    'Коллеги, клиенты с Upwork 24 месяца оплачиваются только через Upwork. На переводы на карту не соглашайтесь.',
  ],
  [
    'Urdu: the client was saying bank transfer, I explained',
    'Client keh raha tha bank transfer kar dega, maine samjhaya ke Upwork pe 24 mahine tak payment wahin hoti hai.',
  ],
  [
    'no real client will ask for a training fee',
    'Heads-up: no real client will ask you to pay a training fee or move the interview to WhatsApp.',
  ],
  [
    'French: receiving payments set up in the settings',
    "J'ai ajouté ma méthode de paiement dans Paramètres > Recevoir des paiements, virement vers mon compte bancaire.",
  ],
  [
    'Hinglish: no need to send bank details separately',
    'W-8BEN Upwork ke Tax Information section mein fill kar diya hai. Aapko alag se bank details bhejne ki zarurat nahi hai na?',
  ],
  [
    'equipment-wise, your own laptop',
    "Equipment-wise: you use your own laptop. We'll never ask you to buy anything from us.",
  ],
  [
    'German: I pay no fee for training material',
    'Nein danke, ich zahle keine Gebühr für Schulungsmaterial. Echte Aufträge laufen hier über Meilensteine.',
  ],
  [
    'a warning pop-up for phone numbers before the contract',
    'Heads up: Upwork shows a warning pop-up if you type a phone number or email here before the contract starts.',
  ],
  [
    'Hinglish: a bank account added under Get Paid',
    'Maine Settings > Get Paid mein bank account add kar diya hai, verification abhi pending hai.',
  ],
  // Session 21, round 63 (bench/fresh-296 to fresh-299).
  [
    "Portuguese: the platform's rule on contact",
    'Regra do Upwork: contato fora da plataforma só depois que o contrato começa. Por isso não passo telefone na entrevista.',
  ],
  [
    'Indonesian: no payment outside, including DANA or bank transfer',
    'Maaf kak, aku nggak bisa terima pembayaran di luar Upwork, termasuk lewat DANA atau transfer bank.',
  ],
  [
    'Indonesian: a warning about an account posing as Upwork',
    'Hati-hati ya, ada akun yang ngaku dari Upwork minta bayar biaya verifikasi lewat link luar. Itu penipuan.',
  ],
  [
    'paying outside means account risk',
    'Quick summary of what I told the client: paying outside means account risk for both of us and no dispute help.',
  ],
  [
    'an email parser ignoring phone-like strings',
    'The email parser now ignores phone-like strings such as 020 7946 0321 in signatures.',
  ],
  [
    'a shared mailbox auto-forwarding invoices',
    'The shared mailbox billing@client.example now auto-forwards invoices to the AP system.',
  ],
  [
    "French: the yoga studio's Stripe payment link",
    'Le lien de paiement Stripe du studio de yoga renvoie maintenant vers la page de confirmation.',
  ],
  [
    'got your request for my Skype, after the contract starts',
    "Got your request for my Skype. I'm happy to share it once the contract starts, that's Upwork's rule. Until then the Upwork call works fine.",
  ],
  [
    'not a handshake deal',
    "If you ever want me full-time, I'm open to it, but through the conversion request with the fee paid. Not a handshake deal.",
  ],
  [
    'a checkout that sends donors away from the site',
    'Why: PayPal Standard redirects donors away from the site and about 18% never come back.',
  ],
  [
    "no, I don't need anything outside Upwork",
    "Regarding your question about a deposit: no, I don't need anything outside Upwork, and honestly I'd rather not.",
  ],
  [
    "once a client hires us, contact details in the contract's chat",
    "Once a client hires us, we can exchange contact details in that contract's chat if it's for the work.",
  ],
  [
    'Portuguese: your suggestion of Pix outside the platform, declined',
    'Sobre a sua sugestão de pagar por Pix fora da plataforma: não posso aceitar.',
  ],
  [
    'the question was whether we can invoice directly',
    'You mentioned we worked together before either of us was on Upwork, so the question was whether we can invoice directly for the new site.',
  ],
  // Session 21, round 62 (bench/fresh-292 to fresh-295).
  [
    'someone on the forum said, corrected',
    "Someone on the forum said you can pay 'outside after 6 months'. That's not right: it's 24 months, or the conversion fee.",
  ],
  [
    'reporting a scam post that sends applicants to Telegram',
    "Reporting a possible scam: a job post tells applicants to message a Telegram recruiter and buy a 'starter kit'. Details are in ticket #5521907.",
  ],
  [
    "the client's customer asked for a bank-transfer refund",
    'Your customer asked for a refund by bank transfer on order #100482. Shopify only refunds to the original card, so I sent the approved policy text.',
  ],
  [
    "Indonesian: the clinic's number, not mine, on a WhatsApp bot",
    'Chatbot WhatsApp untuk klinik sudah jalan. Nomor bisnisnya tetap nomor klinik, bukan nomor saya.',
  ],
  [
    'live client ID pasted into the repo rather than here',
    'To finish checkout I need the live client ID from your PayPal developer dashboard; paste it in the repo rather than here.',
  ],
  [
    'Urdu: refusing a direct payment',
    'Upwork ki policy ke mutabiq payment Upwork se hi honi chahiye. Isi liye main direct payment se mana kar raha hoon.',
  ],
  [
    "Russian: the salon's email on the contacts page, not mine",
    'На странице контактов укажите почту салона, hello@salon.example, а не мою.',
  ],
  [
    "Quebec French: the clinic's email on the contact page",
    'Sur la page Contact, mets le courriel de la clinique (info@clinique.example), pas le mien.',
  ],
  [
    'Indonesian: the suspension if caught asking to pay outside',
    'Sekadar info kak, di Upwork kalau ketahuan minta bayar di luar platform, akunnya bisa di-suspend. Jadi tetap pakai milestone ya.',
  ],
  [
    'record somewhere quieter',
    'Can we record the voiceover somewhere quieter? Take 3 has an AC hum around 60 Hz.',
  ],
  [
    "French: bank details in the platform's withdrawal settings",
    "J'ai rempli mes coordonnées bancaires dans les paramètres de retrait de la plateforme, donc le paiement du jalon devrait arriver.",
  ],
  [
    'a wallet address used as a test vector',
    'The wallet address field now validates the EIP-55 checksum. Test vector 0x52908400098527886E0F7030069857D2E4169EE7 passes.',
  ],
  // Session 21, round 61 (bench/fresh-288 to fresh-291).
  [
    'an email notification about the offer',
    'got ur email notif abt the contract offer, accepting now',
  ],
  [
    "voice to text wrote 'paypal' for 'pay wall'",
    "sry voice to text, i meant 'pay wall' not 'paypal' lol. the paywall kicks in after 3 articles",
  ],
  [
    'try a test order from your phone',
    "Venmo isn't supported on your Shopify plan, so I set up Shop Pay and card checkout instead. Could you try a test order from your phone?",
  ],
  [
    "Wise Business and the client's own billing system",
    "For payouts from your US customers, Wise Business gives you local USD account details, and you'd keep invoicing them from your own billing system.",
  ],
  [
    "the client's debtor's AP phone on file",
    'Invoice #2210 is 45 days overdue. Should I send the reminder from your Xero or call them first? Their AP phone on file is (503) 555-0127.',
  ],
  [
    'no outside payroll involved',
    "The offer includes a $400 sign-on milestone through Upwork after week one; there's no outside payroll involved.",
  ],
  [
    'nothing goes to me outside Upwork',
    'You pay the estimated tax yourself on the IRS Direct Pay site; I only prepared the voucher amounts. Nothing goes to me outside Upwork.',
  ],
  [
    'a Revolut export imported into Xero',
    'The Revolut export used DD/MM dates, so I converted them before the Xero import, and 3 transfers between your Revolut and Barclays accounts are now marked as transfers.',
  ],
  [
    'German: no separate invoice with bank details from me',
    'Die Rechnungen kommen automatisch über Upwork. Eine separate Rechnung mit Bankverbindung gibt es von mir nicht.',
  ],
  [
    'IPN listener rejecting payloads without a signature',
    'Can you make the PayPal IPN listener reject payloads without a valid signature before we go live?',
  ],
  [
    "a colleague's Skype request, please disregard",
    "Our recruiter asked for your Skype ID before we sign. Please disregard, she forgot we're on Upwork.",
  ],
  [
    'German: the freelancer turned down PayPal, rightly',
    'Ich habe gesehen, dass die Freelancerin die Zahlung per PayPal abgelehnt hat, völlig richtig so. Wir bleiben bei den Meilensteinen.',
  ],
  [
    'Portuguese: paying outside violates the terms',
    'Júlia, melhor não: o contrato é pelo Upwork e pagar por fora viola os termos. A gente libera o marco aqui mesmo.',
  ],
  // Session 21, round 60 (bench/fresh-284 to fresh-287).
  [
    'Spanish: work email once the contract has started',
    'Con el contrato ya iniciado te paso mi correo de trabajo para el Drive: sofia@estudio.example. Los pagos siguen por Upwork.',
  ],
  [
    'paying outside is a separate rule that still applies',
    "We're on contract now, so WhatsApp is fine for the work. Paying outside Upwork is a separate rule and that one still applies.",
  ],
  [
    'Russian: thanks for offering the card, but a milestone instead',
    'Спасибо, что предложили оплатить правки на карту, но давайте через Upwork: я создам отдельный этап.',
  ],
  [
    'someone claiming to be a new PM, checked here first',
    "Someone says they're a new PM on your team, wants to talk on Telegram and asks for my ID. Can you confirm here first?",
  ],
  [
    'rather keep payments here than take a bank transfer',
    "It's a small job, but I'd rather keep the payments here than take a bank transfer.",
  ],
  [
    'you mentioned Easypaisa, but not outside Upwork',
    "You mentioned paying on Easypaisa, but I can't take payment outside Upwork. A milestone works fine.",
  ],
  [
    'Urdu: you talked of Easypaisa, but no payment outside Upwork',
    'Bhai aap ne Easypaisa pe payment ki baat ki thi, lekin main Upwork se bahar payment nahi le sakta.',
  ],
  [
    'a FAQ on messages held for review',
    'For the seller FAQ: Fiverr holds messages for review when they mention paying outside the site, even in a refusal.',
  ],
  ['Russian: an article code, not a phone', 'Артикул под заголовком, АР-7700-900, не телефон.'],
  [
    'a business line placed in the footer',
    "Our main line is 020 7946 0321. That's the number for the footer and for the Google listing.",
  ],
  [
    'a build id said not to be a phone number',
    "CI labels builds as YYMMDD.HHMM, so 240312.0555 is just March 12th at 05:55, not a phone number 😄 I'll move the build tags to semver.",
  ],
  // Session 21, round 59 (bench/fresh-280 to fresh-283).
  [
    'no PayPal, no crypto, then who we are not',
    "All payments go through Upwork milestones. No PayPal, no crypto. If someone writes to you on another app claiming to be us, it isn't us.",
  ],
  ['no PayPal please', 'No PayPal please, the milestone is already funded.'],
  [
    'Spanish: milestones yes, outside the platform no',
    'Te lo divido en más hitos si quieres, pero fuera de la plataforma no.',
  ],
  [
    'no need for anything outside Upwork',
    "Attach the NDA here and I'll sign it before the interview, no need for anything outside Upwork.",
  ],
  [
    'Portuguese: email after hiring, as the rules allow',
    'Li as regras: contato fora da plataforma só depois que o contrato começa. Depois da contratação te passo meu e-mail.',
  ],
  [
    'Urdu: nothing to share separately',
    'Payment Upwork milestone se hi hogi, alag se kuch share karne ki zaroorat nahi.',
  ],
  [
    'email verification flow job post',
    'I need someone to fix our email verification flow. Users sign up with test@shop.example and the link 404s.',
  ],
  [
    'podcast RSS feed owner email',
    "The podcast RSS feed needs an owner email or Apple won't verify it. I used the show's generic hello@show.example, not mine.",
  ],
  [
    'words a filter flags, in quotation marks',
    "Fiverr's inbox flags 'pay' and 'email' even in innocent sentences, so my replies there look stiff.",
  ],
  [
    'IBAN validator rejecting valid German IBANs',
    'I need the IBAN format rules for the form validator. Right now it accepts GB33BUKB20201555555555 but rejects valid German IBANs.',
  ],
  [
    'French: Stripe integrations priced on Upwork',
    "Je propose 45 € vu le volume d'intégrations Stripe. Vous pouvez modifier l'offre directement sur Upwork ?",
  ],
  // Session 20, round 58 (bench/fresh-276 to fresh-279).
  [
    'French: a number shared while the contract is still active',
    "Le contrat est encore actif jusqu'à vendredi, donc voici mon numéro pour la mise en ligne : 06 39 98 12 45.",
  ],
  [
    'no need to end the contract while tracking is paused',
    "I'm going to pause hourly tracking for two weeks. No need to end the contract, I'll restart the tracker later.",
  ],
  [
    'a work email while the contract is still open',
    "Contract is still open till Monday, so here's my work email for the DNS change window: ops@tenfold-it.example.",
  ],
  ['Payoneer turned down, paid via Upwork only', 'Payoneer? no, I get paid via Upwork only'],
  [
    'a Gmail filter for a support address',
    'Gmail filter for support@bakery.example is live, refund requests now go to Sam',
  ],
  [
    "a venue's deposit paid by the client directly",
    'The venue wants its deposit paid directly by you, not through me. My planning fee stays on the Upwork milestone.',
  ],
  [
    'a cousin paying the DJ directly',
    "Your cousin can pay the DJ directly. He isn't my subcontractor.",
  ],
  [
    'a contractor billing the client directly',
    "The contractor's estimate is $6,200. He bills you directly since you hired him yourself.",
  ],
  [
    'keeping a phone on after landing',
    "Keep your phone on after you land, I'll message you through the app.",
  ],
  [
    'parents asking about Zelle, the answer no',
    "Parents sometimes ask if they can pay me by Zelle. While we're on Upwork the answer is no.",
  ],
  [
    'no bank details needed, Upwork pays out',
    "You don't need to send me your bank account or routing number for anything; Upwork handles the payout side.",
  ],
  [
    'a tax checklist naming PayPal and Venmo',
    'If you received business payments through PayPal or Venmo, you may get a 1099-K; upload it even if the amount looks wrong.',
  ],
  [
    "Etsy payments going to the owner's bank",
    'Etsy Payments deposits go to my bank, and you never need to touch them.',
  ],
  [
    'a team guide that lists what not to share',
    'Before a contract starts: no emails, phone numbers, Skype IDs, WhatsApp or Telegram links in proposals.',
  ],
  // Session 20, round 57 (bench/fresh-272 to fresh-275).
  [
    'Spanish: PayPal as a joke about getting banned',
    'jajaja sí claro, te pago por PayPal y nos banean a los dos 🙄 va por el hito como siempre',
  ],
  [
    "Spanish: don't ask for the email before the contract",
    'no me pidas el correo antes del contrato 😂 manda la oferta y luego hablamos por aquí',
  ],
  [
    'French: asking to be paid outside is already circumvention',
    "demander à être payé hors de la plateforme, c'est déjà du contournement, même pour rire.",
  ],
  [
    "German: a Stripe integration's test payment",
    'die Stripe-Anbindung für den Hofladen läuft, Testzahlung über 1,00 € ging durch.',
  ],
  [
    'German: no phone number before the contract',
    'nein, ich geb dir meine Handynummer nicht vor dem Vertrag 😂 Angebot schicken!',
  ],
  [
    'Russian: PayPal as a joke about getting banned',
    'ага, конечно, через PayPal, и нас обоих забанят 🙄 оплата через этап',
  ],
  [
    'Indonesian: DANA as a joke about getting banned',
    'hahaha iya deh, bayar pakai DANA terus kita berdua dibanned 🙄 lewat milestone aja ya',
  ],
  [
    'no invoices outside the platform, even funny ones',
    'no invoices outside the platform, Kev. not even funny ones.',
  ],
  [
    'Hindi: JazzCash as a joke about both accounts closed',
    'haan bilkul JazzCash, aur phir dono ke account band 🙄 milestone fund karo bhai',
  ],
  [
    'an Enterprise NDA with nothing outside the contract',
    "Our vendor team will send an NDA through DocuSign as part of Upwork's onboarding — nothing happens outside the contract.",
  ],
  [
    "a vendor portal's bank details question answered",
    "Your AP team asked for my bank details for their vendor portal; I've told them all payments run through Upwork.",
  ],
  [
    'Connects back after a job closed without hiring',
    'The client closed the job without hiring anyone, so the 16 Connects should come back.',
  ],
  [
    'Spanish: a PayPal mention answered by staying on Upwork',
    'Sobre lo de PayPal que mencionaste: prefiero que todo siga por Upwork.',
  ],
  [
    'German: a phone number only once the contract has started',
    'Meine Handynummer gebe ich erst weiter, wenn der Vertrag begonnen hat.',
  ],
  [
    "email test sends to a client's QA address",
    'Test sends went to qa@client.example and rendered fine in Outlook.',
  ],
  [
    "Hindi: don't ask for PayPal, the Bonus button instead",
    'Sir, PayPal se payment ke liye mat boliye please. Upwork ka Bonus button hai.',
  ],
  [
    'German: a separate transfer not needed',
    'Die Rechnung für Meilenstein 3 kommt über Upwork, eine separate Überweisung ist nicht nötig.',
  ],
  [
    'Venmo not something the writer can take',
    "Venmo isn't something I can take for this, sorry. Everything goes through the Upwork contract.",
  ],
  [
    'ACH return codes in an export',
    'I checked the ACH return codes in the export; insufficient funds is the main reason for the failed payments.',
  ],
  // Session 20: others paid or paying, beside work talk.
  [
    'German: a customer paying by PayPal once Stripe is tested',
    'Die Zahlung in Stripe ist getestet, der Kunde zahlt per PayPal.',
  ],
  [
    'a webhook paying the business through its Connect account',
    'The Stripe webhook pays us via the Connect account now.',
  ],
  // Session 20, round 56 (bench/fresh-268 to fresh-271).
  [
    'Spanish: paying outside leaves both without protection',
    'Lo de pagarme por Bizum prefiero no; si lo hacemos por fuera nos quedamos las dos sin protección.',
  ],
  [
    'Portuguese: the account here is a livelihood',
    'Pix por fora não rola. Minha conta aqui é meu ganha-pão.',
  ],
  [
    'German: the platform does not allow it',
    'PayPal Freunde & Familie ist mir zu heikel, und die Plattform erlaubt es auch nicht.',
  ],
  [
    'no Venmo tips after quoting the rules',
    "Upwork's terms say all payments go through the platform. So no Venmo tips, even small ones.",
  ],
  [
    'French: no need for a PDF or an IBAN',
    'Pas besoin que je vous envoie un PDF à part, ni mon IBAN.',
  ],
  ['Spanish: cash on a visit is not happening', 'Lo de pagarte en efectivo cuando vengas no va.'],
  [
    'Hindi: the GPay idea left aside, the bonus given here',
    'GPay wali baat rehne do, bonus yahin de do.',
  ],
  [
    'Portuguese: Telegram before the contract is complicated',
    'Valeu pelo convite pro grupo do Telegram, mas antes do contrato fica complicado; bora conversando por aqui.',
  ],
  [
    'Portuguese: ending and continuing outside is what gets you banned',
    'Fechar o contrato e continuar por fora é justamente o que dá banimento.',
  ],
  [
    'German: a Stripe invoice tested in the shop',
    'Habe die Stripe-Rechnung im Shop getestet, die Umsatzsteuer stimmt.',
  ],
  [
    'Indonesian: asking to be paid outside counts as a violation',
    'Minta dibayar di luar platform aja udah dihitung pelanggaran, bisa kena suspend.',
  ],
  [
    'French: continuing between us is not possible',
    'Merci pour la proposition de continuer « entre nous », mais ça ne va pas être possible.',
  ],
  ['Russian: crypto payment, not possible', 'Предложение про оплату в крипте — нет, не получится.'],
  [
    'Spanish: not risking the account to save the fee',
    'Ya sé que así nos ahorramos la comisión, pero no me la juego con la cuenta.',
  ],
  [
    'thanks for wanting to tip outside, the bonus button instead',
    "Thanks for wanting to tip outside so I keep it all, but I'd rather you use the bonus button.",
  ],
  [
    'Spanish: whether Upwork issues the invoice directly',
    '¿Upwork la emite directamente o la tengo que hacer yo aparte?',
  ],
  [
    'a payment that has to stay on the contract',
    'Cancelling the offer is fine if $300 is too much, but any payment has to stay on the contract.',
  ],
  [
    'Spanish: not charging by Zelle to save the fee',
    'No te voy a cobrar por Zelle para ahorrarnos la comisión.',
  ],
  [
    "German: Upwork's payout to the writer's account",
    'Die Auszahlung von Upwork auf mein Konto hat fünf Tage gedauert.',
  ],
  [
    "Fiverr's rules quoted",
    "Fiverr's rules are stricter: nothing outside the platform until an order is placed.",
  ],
  [
    "a brother's Zelle suggested, kept clean",
    "My brother suggested you pay me through his Zelle, but I'd rather keep things clean.",
  ],
  [
    'a customer list with numbers too short',
    'The customer list your client sent has 4,212 rows; I removed duplicates and flagged numbers that are too short, like 07700 900.',
  ],
  [
    "a CFO's direct payment idea turned down",
    "So your CFO's idea of paying the studio directly isn't something we can do.",
  ],
  [
    "a colleague's offer to pay outside, taken back",
    "My colleague offered to pay you outside the site. Please ignore that; we'll fund milestone 3 on Upwork.",
  ],
  [
    "a Stripe payment link for the client's customers",
    'My assistant asked if you want a Stripe payment link for your customers on the booking page.',
  ],
  [
    'Portuguese: the Upwork call before hiring, no Skype',
    'Vamos usar a chamada do próprio Upwork antes da contratação, sem Skype.',
  ],
  [
    "Russian: a partner's crypto offer answered with the rules",
    'Ваш партнёр предложил оплату в криптовалюте. По правилам Upwork все платежи идут через платформу.',
  ],
  [
    'Indonesian: a colleague asking about bank transfer, answered',
    'Rekan klien saya tanya apakah bisa bayar lewat transfer bank. Semua pembayaran tetap lewat Upwork.',
  ],
  [
    "Spanish: a cousin's PayPal question answered with the milestones",
    'Mi primo me preguntó si podías cobrarle por PayPal; le expliqué que todo el pago va por los hitos de Upwork.',
  ],
  [
    'Portuguese: a colleague asked for WhatsApp, kept here',
    'Tu colega pediu meu WhatsApp antes de fechar. Prefiro manter tudo aqui até o contrato começar.',
  ],
  [
    'Russian: a colleague asked about USDT, answered no',
    'Коллега спросил, можно ли получить оплату в USDT. Я ответил, что нет: все выплаты только через Upwork.',
  ],
  // Session 20: the card the platform bills.
  [
    'a failed card on file and Billing & Payments',
    "Your card on file failed for this week's invoice. Can you update it under Billing & Payments?",
  ],
  // Session 20: 'direct' and 'without' in work talk.
  [
    'a frontend calling a service directly without the middleman layer',
    'Keep it simple without the middleman layer: the frontend calls the pricing service directly.',
  ],
  [
    'a direct logo version without the tagline',
    'Could you make a direct version of the logo without the tagline?',
  ],
  // Session 20, round 55 (bench/fresh-264 to fresh-267).
  [
    'Spanish: someone impersonating the company on Telegram',
    'Cuidado: alguien se hace pasar por nuestra empresa en Telegram. Solo entrevistamos por la videollamada de Upwork.',
  ],
  [
    "a brand with 'direct' in it, not a request to leave",
    "The 'Direct' in DirectWave is our brand, not a request to go off-platform.",
  ],
  [
    'a refund asked on the milestone rather than argued here',
    "I've opened a refund request on the milestone rather than arguing here.",
  ],
  [
    'German: Upwork charging the company card directly',
    'Die Rechnung zieht Upwork direkt von unserer Firmenkarte ein.',
  ],
  [
    'an AP team paying Upwork by ACH',
    "Our AP team pays Upwork's invoice by ACH to Upwork every month.",
  ],
  [
    'Indonesian: a bonus outside Upwork turned down',
    'Bonus di luar Upwork tidak bisa saya terima, semua lewat platform.',
  ],
  [
    'Spanish: Upwork says the email may not be asked before the contract',
    'Upwork dice que no se puede pedir el email antes del contrato, así que usemos el chat de aquí.',
  ],
  [
    'a team rule: no phone numbers, emails or Skype before a contract',
    'Before a contract starts: no phone numbers, emails or Skype IDs in chat.',
  ],
  [
    'German: Upwork allows no exchange of numbers before the contract',
    'Vor Vertragsbeginn erlaubt Upwork keinen Austausch von Telefonnummern oder E-Mail-Adressen.',
  ],
  [
    'Indonesian: contacts exchanged only once the contract runs',
    'Setelah kontrak jalan, baru boleh tukar kontak untuk urusan kerja.',
  ],
  [
    "the writer's own pay staying on the Upwork contract",
    "That's your company's internal process; my own pay stays on the Upwork contract.",
  ],
  [
    'Spanish: a tattoo style in black',
    'Tres variantes: línea fina, tradicional con color y puntillismo en negro.',
  ],
  [
    'a number in a pasted log',
    "Log:\n```\n[10:02:11] modem dial 5550199 FAIL (no carrier)\n```\nI'll remove the dial-out.",
  ],
  [
    'Hindi: a phone asked for, answered with the rule',
    'Aapne phone number maanga tha. Contract start hone se pehle number share karna allowed nahi hai.',
  ],
  [
    'Russian: a team reminder not to share phones before a contract',
    'До начала контракта не делимся телефоном, почтой, Телеграмом.',
  ],
  [
    'no bank details needed, paid through milestones',
    'Paid via Upwork milestones; no bank details needed from either side.',
  ],
  [
    'holding off on sharing a phone until a contract',
    "Since we haven't started a contract, I'll hold off on sharing my phone until then.",
  ],
  [
    "Hindi: payment QR codes on a salon's poster",
    'Paytm aur PhonePe ke QR codes aapke salon ke poster mein add kar diye hain.',
  ],
  // Session 20: a reply headed 're: your…'.
  [
    'a Telegram link answered by chatting only here',
    "re: your Telegram link — I didn't click it. Until an offer is accepted I can only chat here, sorry.",
  ],
  // Session 20: keeping to the platform said the native way.
  [
    'Portuguese: a Pix question answered by releasing the milestone on Upwork',
    'Você perguntou do Pix. Pode liberar o marco aqui mesmo no Upwork, assim ficamos os dois protegidos.',
  ],
  [
    'Indonesian: a GoPay question answered by taking payment only through Upwork',
    'Kamu tanya soal GoPay — maaf, aku cuma terima pembayaran lewat Upwork.',
  ],
  [
    'no need to keep files in Messages when a shared Drive will do',
    'No need to stay on Upwork Messages for the files, the shared Drive is fine.',
  ],
  // Session 20, round 54 (bench/fresh-260 to fresh-263).
  [
    "a salon's WhatsApp number limited by Meta",
    "Meta rate-limited the salon's WhatsApp number to 250 business-initiated conversations a day.",
  ],
  [
    "Indonesian: the client's support number in a help article",
    'Nomor CS klien 0800-1-555-0177 sudah saya masukkan ke artikel bantuan.',
  ],
  [
    "Russian: a support number from the client's brand book",
    'Номер поддержки 8 800 555-01-77 взяла из брендбука клиента.',
  ],
  [
    'a note asking for contact, answered by staying in Messages',
    "I saw the note asking for my WhatsApp. I'll keep everything in Upwork Messages until there's a contract.",
  ],
  [
    'a word setting off the warning, explained',
    'The word "direct" keeps setting off the warning here; it\'s in the client\'s brand name.',
  ],
  [
    'nobody invoicing outside before the conversion',
    'Until the conversion is approved, nobody sends invoices outside the platform.',
  ],
  [
    'French: an invoice without a receipt',
    'Les relevés sont rapprochés ; il reste une facture sans justificatif à déposer dans le drive.',
  ],
  [
    'German: a bot sending invoices once Stripe confirms',
    'Der Telegram-Bot verschickt die Rechnung automatisch, sobald die Zahlung in Stripe bestätigt ist.',
  ],
  [
    'affiliates paid by PayPal Payouts',
    'Affiliate payouts are done: 12 partners paid via PayPal Payouts.',
  ],
  [
    'Spanish: couriers paid by bank transfer',
    'Los pagos a los repartidores salen cada viernes por transferencia bancaria.',
  ],
  [
    'an invoice paid by ACH and marked paid',
    'Harbor Tiles paid invoice 0318 by ACH, so I marked it paid in the AR aging report.',
  ],
  // Session 20: warnings that quote the rules against a scam.
  [
    'the rules quoted to call a deposit ask a scam, with a report',
    "Upwork's rules say a client who asks for a security deposit by Western Union is a scammer, so report it.",
  ],
  [
    'a reminder that real clients never ask for a verification fee',
    "Heads up: Upwork says clients never ask you to pay a 'verification fee' or send gift cards.",
  ],
  [
    'Spanish: the platform never charges a verification fee',
    'Upwork nunca cobra una tarifa de verificación; si alguien te la pide, repórtalo.',
  ],
  // Session 20: work talk, then payment talk about other people.
  [
    'a payout report fixed, then paying freelancers as before',
    'Error fixed in the payout report; pay the freelancers by bank transfer on Friday as before.',
  ],
  [
    'a checkout fixed, then paying with PayPal for customers',
    'The checkout error is fixed; pay with PayPal works again for customers.',
  ],
  // Session 19: the other side's words passed on, then answered.
  [
    'what the other side said, answered with the official conversion',
    'You mentioned ending the contract and paying me directly. That would need to go through the official conversion.',
  ],
  [
    "Spanish: what the other side said, answered with the platform's rule",
    'Me comentaste que prefieres pagar por transferencia bancaria. Lo siento, el pago tiene que ir por la plataforma, a menos que uses la conversión oficial.',
  ],
  // Session 19, round 53 (bench/fresh-256 to fresh-259).
  [
    'a quoted PayPal ask answered with a refusal',
    "> can you pay me on PayPal instead? the fees here are killing me\n\nI get it, but I can't do that. Everything goes through Upwork.",
  ],
  [
    'Russian: a quoted Telegram ask answered with a refusal',
    '> давай перейдём в Телеграм\nСпасибо, но до начала контракта я общаюсь только здесь, в Upwork.',
  ],
  [
    'a quoted ask for bank details answered with the milestone',
    "> just send me your bank details and I'll sort it\nThanks, but I'll wait for the milestone to be funded on Upwork.",
  ],
  ['started here, finishing here', "We started here, so let's finish here."],
  [
    'Italian: the contact rule quoted',
    'Per le regole di Upwork non possiamo scambiarci numeri di telefono prima che il contratto sia attivo.',
  ],
  [
    'Spanish: both accounts at risk for charging outside',
    'Si nos pillan cobrando fuera de Upwork nos pueden cerrar la cuenta a los dos.',
  ],
  [
    'French: asking counts as circumvention',
    'Même le fait de demander à être payé hors plateforme compte comme du contournement.',
  ],
  [
    'Portuguese: a Pix payment flow in a prototype',
    'Dá uma olhada no fluxo de pagamento com Pix e me diz se faltou alguma tela.',
  ],
  [
    'a work email once the contract is active',
    "My work email for that is dana.ortiz@design.example, the contract's already active.",
  ],
  [
    'PayPal understood, payments kept on Upwork',
    "I understand why paying me through PayPal looks simpler, but I'm going to keep our payments on Upwork.",
  ],
  // Session 19, round 52 (bench/fresh-252 to fresh-255).
  [
    'a busy WhatsApp, replies here slower',
    'My WhatsApp is blowing up with family stuff today, so replies here might be a little slow.',
  ],
  [
    'Hinglish: payment comes on Upwork, no worries',
    'bhai milestone approve kar do jab time mile, payment upwork pe hi aayega toh koi tension nahi',
  ],
  [
    'German: the invoice right in the Upwork report',
    'Die Rechnung für den zweiten Meilenstein finden Sie direkt im Upwork-Bericht.',
  ],
  [
    'Zelle turned down after it is named',
    'zelle isnt something i can use for this job upwork handles the payment',
  ],
  [
    'a work address once the contract is live',
    "Now that we're live, could you send the Shopify staff invite? My work address is kenji.w@example.com.",
  ],
  [
    'a suggestion of PayPal turned into a bonus here',
    "I know you suggested PayPal for the bonus, but I'll need it added as a bonus payment here.",
  ],
  [
    'no need for USDC where the platform pays',
    "Upwork pays freelancers in well over a hundred countries, so there's no need for USDC.",
  ],
  // Session 19, round 51 (bench/fresh-248 to fresh-251).
  [
    'a work address two weeks into the contract',
    "We've been on contract for two weeks now, so here's my work address for the vendor calls: nadia.f@clientco.example.",
  ],
  [
    'netting less after the service fee',
    "I know I net less after the service fee, so it's already priced in.",
  ],
  ['GST shown separately', 'My quote shows the GST amount separately.'],
  [
    "a refused list running into 'payments outside'",
    'Upwork tells us to refuse PayPal, Stripe, Cash App or crypto wallet payments outside the platform.',
  ],
  [
    'hourly billing instead of one big milestone',
    'Could we switch to weekly billing on an hourly contract instead of one big fixed milestone?',
  ],
  ['wiring a template to a billing cron', "I'll wire it to the billing cron next."],
  [
    'German: an agency refusing payments outside',
    'Als Agentur nehmen wir keine Zahlungen außerhalb von Upwork an.',
  ],
  [
    'no separate charge outside',
    "The agency margin is in the rate. There's no separate charge outside Upwork.",
  ],
  [
    'French: a team reminder of the contact rule',
    "Sur Upwork, on ne partage ni e-mail ni numéro avant le début d'un contrat.",
  ],
  [
    'Hinglish: nothing to send separately, the platform invoices',
    'Is hafte ka invoice Upwork khud generate karega, aapko alag se kuch bhejne ki zarurat nahi.',
  ],
  [
    'Indonesian: a fake HR reported to support',
    'Ada yang ngaku HR minta aku transfer biaya pelatihan ke GoPay. Sudah aku laporkan ke support Upwork.',
  ],
  [
    'Russian: a phone mask in a form',
    'Маска телефона в форме теперь +7 (999) 000-00-00, валидация проверяет 11 цифр.',
  ],
  // Session 19, round 50 (bench/fresh-244 to fresh-247).
  [
    '2FA backup codes and a phone',
    'Saved my 2FA backup codes offline, so if my phone dies mid-project I can still log into Upwork.',
  ],
  [
    'the platform re-verifying a phone',
    'Switched my 2FA from SMS to an authenticator app. Upwork had me re-verify my phone first.',
  ],
  [
    'a Payoneer payout from the platform',
    "The Payoneer payout reached me on the 3rd; that's my normal Upwork withdrawal.",
  ],
  [
    'rates shown separately',
    'Moved the shipping rates into a table so Canada and Mexico show separately.',
  ],
  [
    'Russian: working directly declined, staying on Upwork',
    'Спасибо за предложение продолжить работу напрямую, но я предпочитаю оставаться на Upwork.',
  ],
  [
    'no off-platform payment, by policy',
    "Our policy and Upwork's both say no off-platform payment with talent we found here.",
  ],
  [
    'a scam reported to Trust & Safety',
    "The 'client' wanted everyone to pay a $60 onboarding fee by Cash App first. Reported to Trust & Safety with screenshots.",
  ],
  [
    'a warning about training fees and crypto',
    "A real client will never ask you to buy equipment, pay a 'training fee', or send crypto to start a job.",
  ],
  [
    'phishing outside the platform',
    'Anything outside upwork.com asking for your login is phishing.',
  ],
  [
    'the platform emailing invoices to the client',
    'Upwork emails the invoice to billing@cedarline.example automatically every week.',
  ],
  [
    'a recruiter reported, talk kept in Messages',
    "This recruiter keeps pushing me to continue the interview on Telegram. I'm staying in Upwork Messages and I've used Report to flag the account.",
  ],
  [
    "Portuguese: fake 'support' on WhatsApp is a scam",
    "Cuidado: mensagens de 'suporte Upwork' no WhatsApp pedindo taxa de liberação são golpe.",
  ],
  ["another marketplace's rule", 'On Fiverr, paying outside Fiverr gets you warnings or a ban.'],
  [
    "a client's own support line in a click-to-chat button",
    'It links to their own support line wa.me/15550199, exactly as the spec asked.',
  ],
  [
    'German: working directly through the official conversion',
    'Wenn Sie langfristig direkt zusammenarbeiten möchten, gibt es dafür den offiziellen Umwandlungsprozess.',
  ],
  // Session 19, round 49 (bench/fresh-240 to fresh-243).
  [
    'the final payment released, the contract closed',
    "Thanks, the final payment was released and I'll close the contract now.",
  ],
  [
    'German: the last payment through the milestone, the contract closed',
    'Die letzte Zahlung ist über den Meilenstein erfolgt und ich schließe den Vertrag wie besprochen.',
  ],
  [
    'closing the contract, rehire me later',
    'Closing the contract now; feel free to rehire me when the sequel is ready.',
  ],
  [
    'the Upwork app on a phone',
    'the upwork app keeps logging me out on my phone, replying from the laptop now',
  ],
  [
    "the platform's service fee explained",
    "Upwork releases the payment into my balance, minus the platform's service fee.",
  ],
  [
    'Spanish: a PayPal payment link in confirmation emails',
    'Revisé los correos de confirmación: el enlace de pago de PayPal ahora abre bien en el móvil.',
  ],
  ['Russian: a phone field checked', 'Сделал проверку номера телефона: формат +7 (999) 000-00-00.'],
  [
    'French: a bank transfer asked about, turned down',
    "Vous me demandiez si l'on pouvait passer au virement bancaire pour éviter les frais d'Upwork : je préfère ne pas le faire.",
  ],
  [
    "a client's toll-free number as SMS sender",
    'The SMS sender is your toll-free number, 555-0190.',
  ],
  [
    "Portuguese: the platform's fee on the card",
    'O valor cobrado no seu cartão inclui a taxa de marketplace do Upwork.',
  ],
  // Session 19, round 48 (bench/fresh-236 to fresh-239).
  ['the platform set against a payment app', 'I sent it through Upwork, not PayPal.'],
  ['Russian: paying outside Upwork refused', 'Мы не будем платить вне Upwork.'],
  ['payments outside turned down', 'No payments outside Upwork, sorry.'],
  [
    'no need for bank details, the platform has them',
    'No need to send my bank details anywhere, the platform has them.',
  ],
  [
    'a card statement in another currency',
    'The INR amount on your card statement will move a little with the exchange rate.',
  ],
  [
    "the platform's invoice used directly",
    "Your accountant can use that one directly, it's the Upwork invoice.",
  ],
  [
    'advice: an email in a proposal can get it flagged',
    'Putting your email in a proposal can get it flagged, so link your portfolio instead.',
  ],
  [
    'a Zapier zap routing leads',
    'The Zap sends new leads to sales@roof.example and texts the tech at (720) 555-0103.',
  ],
  [
    'Russian: a fictitious number for a test',
    'Для теста используйте 555-0101, это фиктивный номер.',
  ],
  [
    'Russian: earnings withdrawn to Payoneer',
    'Выведу деньги на свой Payoneer на следующей неделе.',
  ],
  [
    'Hinglish: a refund through the contract',
    'Refund contract ke zariye bhej diya hai, aap ke account mein aa jayega.',
  ],
  [
    'German: a bonus directly through the contract',
    'Zahlungen bleiben auf der Plattform, einen Bonus kannst du direkt über den Vertrag schicken.',
  ],
  [
    'a smaller scope, all on the platform',
    'We keep it all on the platform at $900 instead of $1,200.',
  ],
  ['German refusal with an adverb', 'Ich kann leider keine Zahlung außerhalb von Upwork annehmen.'],
  [
    'Hindi refusal after the verb',
    'Main Upwork ke bahar payment nahi le sakta, milestone yahin banao.',
  ],
  [
    'Italian payment module',
    'Ho completato il modulo di pagamento con Stripe, funziona in modalità test.',
  ],
  ['Italian order number', "Il numero d'ordine 4471203398 risulta già spedito, grazie."],
  [
    'payment-API debugging',
    "The Stripe payment intent fails when the card needs 3DS, I'm fixing that now.",
  ],
  ["let's not + bypass", "Let's not go around the platform, I'd like us both to stay protected."],
  ['consequence of the rule', 'Paying outside Upwork could get both our accounts suspended.'],
  ['report column', 'The cash flow report now includes the wire fees column.'],
  [
    'rule of another platform',
    'Fiverr also forbids moving conversations to WhatsApp before an order.',
  ],
  ['quoted page copy', "The contact page now says 'Email us at hello@brand.example' as you asked."],
  ['a number of', 'A number of pages still need the new header before the launch.'],
  // Families found by bench/fresh-8.jsonl, in wordings of their own.
  [
    'a request told and refused (fr)',
    "Le client m'a demandé de le payer par virement, j'ai refusé.",
  ],
  ['a request told and refused (pt)', 'O cliente me pediu pra pagar por fora, eu recusei.'],
  [
    'a refusal with the verb last (ru)',
    'Деньги вне площадки принимать не буду, давайте через этап.',
  ],
  [
    'rules quoted in translation (es)',
    "El aviso dice: 'Se prohíben los pagos fuera de la plataforma'.",
  ],
  ['a date range', 'New review window: 09/02 - 09/09, same brief.'],
  ['amounts with slashes', 'Split the budget as 400 / 350 / 250 across the three phases.'],
  ["the platform's own withdrawal", 'I withdraw my earnings with the Direct to Local Bank method.'],
  ['signing off', 'Signing off now, talk tomorrow here.'],
  // Families found by bench/fresh-9.jsonl and bench/fresh-10.jsonl, in wordings of their own.
  [
    'refusal, negation last (en)',
    "Paying me outside Upwork isn't something I'm willing to do, sorry.",
  ],
  ['refusal, verb last (de)', 'Zahlungen außerhalb von Upwork nehme ich nicht an.'],
  ['refusal, verb last (ru)', 'Оплату на карту напрямую я не принимаю, только через этап.'],
  ['kick-off in the app', 'Kick-off call is in the Upwork app tomorrow.'],
  ["the client's customers", 'Our customers keep asking for Venmo at checkout, can you add it?'],
  ['a middleman in a diagram', 'The middleman in our logistics flowchart is the wholesaler.'],
  // Families found by bench/fresh-11.jsonl and bench/fresh-12.jsonl, in wordings of their own.
  [
    'shared after the contract started',
    'Our contract is live, so my number for urgent issues is 020 7946 0999. Billing stays on Upwork.',
  ],
  [
    'postponed until a contract',
    'I keep my email private until there is a contract, but I answer quickly here.',
  ],
  [
    'access needed for the work',
    'Please add me to your ads manager so I can set up the audiences.',
  ],
  [
    'a sample number in a design',
    'Use +44 7700 900 555 as the sample number in the email signature.',
  ],
  ['conversion in Portuguese', 'O caminho certo é pedir a conversão no menu do contrato.'],
  // Families found by bench/fresh-13.jsonl to bench/fresh-15.jsonl, in wordings of their own.
  [
    'test numbers after a test heading',
    'Phone validation test cases:\n+1 202 555 0188 -> ok\n+44 7700 900123 -> ok',
  ],
  ['a second id in the same sentence', 'Ticket #5521-0042 is the crash, not 5521-0024.'],
  ['a CSS at-rule', '@media (max-width: 600px) hides the menu on your phone; I will fix it.'],
  [
    'a refusal whose list runs on',
    "I won't be paying by bank transfer or any other way outside Upwork.",
  ],
  ['reported to support (ru)', 'Пожаловался в поддержку: заказчик просил перейти в телеграм.'],
  ['reported to support (id)', 'Sudah lapor ke support soal klien yang minta nomor WA.'],
  [
    'a refusal that answers an offer',
    'Paying cash at your office? Tempting, but no, we keep billing here.',
  ],
  ['rules quoted (hi)', 'Contract se pehle number share karna Upwork ke rules ke khilaf hai.'],
  [
    'shared once the contract is active',
    'Since the contract is active, write to ops@acme.example for access. Billing stays on Upwork.',
  ],
  ['flipping an image', 'Flip it horizontally so the logo faces the text.'],
  ['backwards compatible', 'The new API stays backwards compatible with the old app.'],
  [
    'amounts in yen and euros',
    'The budget is \u00a55000, or 40 \u20ac per page, through the milestone.',
  ],
  // Families found by bench/fresh-16.jsonl to bench/fresh-18.jsonl, in wordings of their own.
  ['refusal in chat Indonesian', 'Maaf kak, aku gk bisa terima bayaran di luar Upwork ya.'],
  ['refusal in chat Portuguese', 'Não rola pagamento fora da plataforma, bora de milestone.'],
  ['reported to support (it)', 'Ho segnalato al supporto un cliente che voleva il mio IBAN.'],
  [
    'sharing once the contract started (fr)',
    'Maintenant que le contrat est lancé, mon numéro pour les urgences : 06 39 98 12 34. On reste sur les jalons Upwork.',
  ],
  ['the conversion (it)', 'Per assumermi direttamente serve la conversione ufficiale su Upwork.'],
  ["a company's own policy", 'Our company policy is to keep all vendor payments on Upwork.'],
  ['a refund to a card (ru)', 'Заказ отменён покупателем, деньги вернули на карту.'],
  [
    'a legal e-signature',
    'You will sign an NDA via our e-signature tool; it needs your email, which is fine for legal documents.',
  ],
  // Families found by bench/fresh-19.jsonl to bench/fresh-21.jsonl, in wordings of their own.
  [
    "a service's logo as design work",
    'The Zelle logo looks soft on retina screens, exporting at 2x.',
  ],
  ['a hard no', 'Cash outside the contract is a hard no for me, a milestone works.'],
  ['reported "the guy"', 'Reported the guy asking for my WhatsApp, it looked like a scam.'],
  [
    'Enterprise onboarding',
    'We are on Upwork Enterprise; our vendor onboarding needs your email for the NDA.',
  ],
  ['a toggle for users', "The 'pay with crypto' toggle is hidden for US users now."],
  ['a floating chat button', "Can we add a floating 'chat on WhatsApp' btn to the site?"],
  // Families found by bench/fresh-22.jsonl to bench/fresh-24.jsonl, in wordings of their own.
  [
    'crypto-tax bookkeeping',
    'I matched the USDT transfers between your own wallets in Koinly; the cost basis is done.',
  ],
  ['thanks, then a refusal', 'Thanks for offering to pay through Zelle, but I will have to pass.'],
  [
    'a rule reminder to a team',
    'Reminder: no personal emails or WhatsApp numbers in proposals, Upwork blocks those.',
  ],
  ['the built-in call', "Let's use the built-in Zoom call here for the interview."],
  [
    'an idiom in a film scene',
    'In the scene he slides the envelope under the table; we need a closer shot.',
  ],
  // Families found by bench/fresh-25.jsonl to bench/fresh-27.jsonl, in wordings of their own.
  [
    'a contract started (pt)',
    'Contrato iniciado! Meu número para urgências: +44 7700 900123. Pagamento continua pelo Upwork.',
  ],
  ['a direct quote', 'Can we use her direct quote in the case study?'],
  ['refusing payment outside', "I'll lower the next milestone rather than take payment outside."],
  // Families found by bench/fresh-28.jsonl and bench/fresh-29.jsonl, in wordings of their own.
  ['a bank holiday', "I'm off Monday, bank holiday here."],
  ['a number on a flyer', 'Make the shop line (020 7946 0456) bigger on the flyer.'],
  ["the platform's own transfer (fr)", "Le virement d'Upwork arrive en trois jours."],
  // Families found by bench/fresh-30.jsonl to bench/fresh-33.jsonl, in wordings of their own.
  [
    'payouts work in the backend',
    'Affiliate payouts in USDT need a backend job next to the existing USDC one.',
  ],
  ['malformed bank fields', 'Half the SWIFT codes in these fields have trailing spaces.'],
  [
    'a story of a past request, then the rule',
    'Someone who wanted cash outside the platform burned us once, so it is Upwork milestones only.',
  ],
  ['a tutorial narration', "Narration for the banking tutorial: 'Enter the IBAN, then tap Send.'"],
  [
    'an email for a bookkeeping login',
    'Please add lena@books.example to QuickBooks, only for the login.',
  ],
  ['a translation note', "'Virement' should become 'bank transfer' in the English version."],
  ['a refusal in Hinglish', 'Upwork par hi kaam karenge, bahar payment account ke liye risky hai.'],
  ['a promo caption', "Caption for the promo: 'Send money home in a tap.'"],
  ['a brief quoted back', "You wrote 'call me' in the brief, did you mean a call here?"],
  ['refusing with "not taking"', "Fees hurt, I know, but I'm not taking payment outside Upwork."],
  [
    'a hacked account warning',
    'My WhatsApp was hacked; anyone pretending to be me there is not me.',
  ],
  [
    'a direct manager',
    'My direct manager signs off the invoice on Friday, paid via Upwork as usual.',
  ],
  [
    'a refusal with the verb last (de)',
    'Überweisung außerhalb von Upwork geht nicht, tut mir leid.',
  ],
  [
    'an accented brand name in technical talk is no disguise',
    'The Überweisung option in the checkout widget is misaligned on mobile.',
  ],
  [
    '"instead of" without the platform beside a payment',
    'In the Stripe export, fees were booked as revenue instead of an expense; I fixed the report.',
  ],
  [
    'a request told in the third person',
    'A client asked me something odd yesterday. He wanted to pay me through PayPal outside Upwork.',
  ],
  [
    'a report to support reaches the next sentence',
    "Reported this chat to Upwork support. The 'recruiter' kept pushing me to move to Telegram.",
  ],
  // Families found by bench/fresh-34.jsonl to bench/fresh-36.jsonl, in wordings of their own.
  [
    "buyers' requests told to the client",
    'Your shop inbox is full of buyers asking to pay by Venmo outside the store; I added a canned reply.',
  ],
  [
    'cash on delivery in a shop report',
    'Cash on delivery orders get returned twice as often as prepaid ones.',
  ],
  ['a game line quoted', "NPC line for the smuggler: 'Pay me in cash and I'll forget your face.'"],
  ['an end card', 'The end card should say hello@studio.example, not the old address.'],
  [
    'bookkeeping a payment app',
    'Venmo transfers land on the statement as one line; I made a bank rule that posts them to owner draws.',
  ],
  [
    'a contract clause about payment',
    'Clause 7 says invoices are payable by bank transfer within 14 days.',
  ],
  [
    'a bonus on the contract',
    'Instead of paying me separately for the extra hour, add it as a bonus on the contract.',
  ],
  ['a banner quoting a payment', "For the 'Pay by bank transfer' banner, bold or regular?"],
  [
    'a test handset after technical talk',
    'SMS codes fail for Irish numbers. The test phone is 07700 900 318 and it never receives them.',
  ],
  [
    'an address for tool access, then staying here',
    'Please invite my work address to the Google Ads account: ppc@brightads.example. We keep talking and billing here.',
  ],
  [
    'a phone for two-step verification',
    'Could you add me as a user instead? That way the verification stays on your phone.',
  ],
  ['the platform app on a phone', "Flying tomorrow, but I'll keep the Upwork app on my phone."],
  // Families found by bench/fresh-37.jsonl to bench/fresh-39.jsonl, in wordings of their own.
  ['refusing with "no to"', 'No to Venmo, sorry, I only get paid through Upwork.'],
  [
    "a refund on the platform's side",
    "The refund is processed on Upwork's side and lands on your card in a week.",
  ],
  [
    'a payment option on a booking site',
    'We are adding bank transfer as a payment option on the booking site.',
  ],
  ['staying here in Spanish', 'No puedo darte mi número antes del contrato. Seguimos por aquí.'],
  [
    'refusing in Portuguese',
    'Não vou passar meu WhatsApp antes do contrato, conversamos por aqui mesmo.',
  ],
  // Families found by bench/fresh-40.jsonl to bench/fresh-45.jsonl, in wordings of their own.
  [
    'staff paid in bookkeeping',
    'Payroll is done: all employees were paid by direct deposit this morning.',
  ],
  [
    "the client's tenants paying",
    'Our tenants pay rent through Zelle; can you match those payments in the ledger?',
  ],
  [
    'an ad line in quotation marks',
    'The radio ad ends with "just send the money by Zelle to our front desk", can you re-record it?',
  ],
  [
    'the rule stated',
    'The rule is simple: no email or phone before a contract starts, so we talk here.',
  ],
  [
    'the rule stated in German',
    'Laut Upwork dürfen wir vor dem Vertrag keine Kontaktdaten austauschen, also bleiben wir hier.',
  ],
  ['a casual French refusal', "non merci, j'accepte pas de virement en dehors d'Upwork"],
  [
    'a character paying in a novel',
    'In the novel the heroine pays her landlord with Zelle. Does that date the book?',
  ],
  [
    'a refusal after the offer',
    "Being paid in crypto outside the contract isn't something I'll do, sorry.",
  ],
  [
    'a proposal told back, then refused (ru)',
    'Вы предложили оплату на карту, но я не принимаю оплату вне Upwork.',
  ],
  // Families found by the second round of that session (bench/fresh-46..51), in own wordings.
  [
    "the platform's billing method",
    'I set Venmo as the billing method on my Upwork account, the milestone should fund today.',
  ],
  [
    'hiring directly through the conversion',
    "We'd like to hire you directly next year. I'll start the official conversion from the contract menu.",
  ],
  [
    'a withdrawal to the bank (es)',
    'Ya retiré el pago de Upwork a mi cuenta, gracias por liberar el hito.',
  ],
  [
    'a refusal with the verb last (es)',
    'Sobre lo de pagarte por transferencia fuera de Upwork: prefiero no hacerlo.',
  ],
  [
    'rules and refusal in chat Indonesian',
    'Di Upwork ga boleh bayar di luar platform, kita tetap pakai milestone ya.',
  ],
  // Families found by the third round (bench/fresh-52..57), in own wordings.
  [
    'a refusal with the verb last (id)',
    'Maaf, pembayaran di luar Upwork saya tidak bisa terima. Pakai milestone ya.',
  ],
  [
    '"isn\'t something I can accept"',
    "Cash App isn't something I can accept for this work, please fund the milestone.",
  ],
  [
    'ids that lose a leading zero',
    "Order IDs look like 0900123456 in the export, that's why the leading zero vanishes.",
  ],
  ['a phone switched off', 'My phone was switched off all day, sorry I missed your message here.'],
  ['a fictional number on a mockup (fr)', 'Le numéro 06 39 98 00 00 sur la maquette est fictif.'],
  [
    'no app before a contract',
    'Sorry, no WhatsApp before a contract, but the Upwork call works for me.',
  ],
  [
    '"around" as "about" before a price',
    "For a dozen icons I'd normally quote around $900, but I'm open to talk.",
  ],
  [
    'a rule told as "does not let" (es)',
    'Upwork no deja compartir el teléfono antes del contrato, sigamos por aquí.',
  ],
  ['"sin problema" is no "without"', 'Podemos seguir hablando por aquí sin problema.'],
  [
    'a refusal in chat words',
    'not comfy sharing my number before a contract, the upwork chat is fine',
  ],
  [
    'a refusal with the verb last (de)',
    'Eine Zahlung außerhalb von Upwork machen wir nicht, lieber ein neuer Meilenstein.',
  ],
  [
    "someone else's number, removed",
    "Heads up, the candidate's CV had a home number, 555-0199, which I removed before sharing.",
  ],
  // Session 9 (round 5): house rules and team advice, other people's numbers and payments,
  // product and schedule words, the platform's own bonus, a contract started in French.
  [
    'a vendor policy that refuses',
    'Our vendor policy: no PayPal or wire, every payment goes through the platform.',
  ],
  [
    'team advice on contact asks',
    "Onboarding tip: if someone asks for your WhatsApp before the contract starts, just don't share it.",
  ],
  [
    'contact details kept out of a cover letter',
    'Tip for applicants: leave your phone and email out of the cover letter.',
  ],
  [
    'a number for the contact page',
    'Our support line (212) 555-0175 should go on the contact page.',
  ],
  [
    "a customer's payment",
    'A customer says she paid via Zelle twice, can you check the orders table?',
  ],
  ['"off" as wrong', 'Shipping rates will be off for those 17 products.'],
  ['"without hesitation"', "I'd hire him again without hesitation, five stars."],
  ['keeping it all here', "No worries about the fee, I'd rather keep it all on here."],
  [
    'a bonus instead of a milestone',
    'Could you send the extra as a bonus instead of adding a milestone?',
  ],
  [
    'a contract active in chat words',
    "Contract's active now, so here's my work number for emergencies: (415) 555-0136.",
  ],
  [
    'a contract started (fr)',
    'Le contrat a démarré : voici mon e-mail pro pour le Drive, paul@atelier.example. La facturation reste sur Upwork.',
  ],
  ['a wallet app build', 'Build 3.1 of the wallet app is on TestFlight, please retest.'],
  ['crypto payouts for users', 'Payouts in USDT are hidden for EU users now; BTC stays available.'],
  ['beyond this project', "We'd love to keep working with you beyond this project."],
  ["a venue's number", "If the courier is lost, ring the venue's front desk on 020 7946 0321."],
  [
    'keys kept out of the chat',
    'The API keys go in the hosting panel, no need to paste them here.',
  ],
  // Guard: a dash joins spelled digits, never figures ("0900–1200" stays a time range).
  [
    'time ranges with en dashes',
    'Workshop slots: 0900–1200 and 1300–1600, room ref 4471-555-0190.',
  ],
  // Session 9, round 6: a booking widget, receipts sent separately, a work-system login,
  // a refusal after a mention, sample IBANs, phone formats in code, milestones instead of a
  // transfer, Russian refusals with the verb first, a German invoice addressee, staff payouts.
  [
    'a booking widget',
    'Added the Calendly embed to your booking page so clients can pick a slot without emailing you.',
  ],
  [
    'receipts sent separately',
    'Stripe receipts still go out separately, so customers get two emails.',
  ],
  [
    'a login for an analytics property',
    'For the audit, add me as an analyst on your Google Analytics property. My login is mo.audit@example.net.',
  ],
  [
    'a refusal after a mention',
    'Thanks for mentioning PayPal, but our company only pays freelancers through Upwork.',
  ],
  [
    'a sample IBAN',
    'Added IBAN validation to the form. The doc sample GB82 WEST 1234 5698 7654 32 passes.',
  ],
  ['phone formats in code', 'format_phone() now handles 07700 900123 and 06 39 98 00 00 formats'],
  [
    'milestones instead of a transfer',
    'If the full amount upfront is hard, we can split it into milestones here instead of a bank transfer.',
  ],
  [
    'refusals with the verb first (ru)',
    'Я не буду переходить в Телеграм до контракта, давайте в Upwork. Телеграм до начала контракта переходить не буду.',
  ],
  ['an invoice addressee (de)', 'Soll die Rechnung auf die GmbH laufen oder auf dich persönlich?'],
  ['staff payouts', "We're moving our warehouse payouts from Payoneer to Revolut."],
  // Guard: a channel ID named in a report to support stays a report.
  [
    'a report naming a Skype ID (de)',
    'Hab den Auftraggeber gemeldet, er wollte meine Skype-ID vor dem Interview.',
  ],
  // Session 9, round 7: numbers not swapped, wiring, a drive invite, a dropdown, a former
  // bookkeeper's payments, an agency's own rule, German terms, a side arrangement turned down,
  // no bank details needed, a channel banner, a sentence ending before "you", Italian "niente",
  // a contract started, files kept here, an export id, a Telegram bot, staying in escrow.
  ['numbers not swapped', 'No need to swap numbers, the app notifies me quickly.'],
  ['wiring', 'Updated the wire harness drawing, the ground wire now goes to pin 4.'],
  [
    'a drive invite',
    'Share the logs through your cloud drive; the access invite can go to ana@workmail.example.',
  ],
  [
    'a dropdown of payment methods',
    "Added a 'Paid via' dropdown to the expense tracker: Card, PayPal, Cash.",
  ],
  [
    "a former bookkeeper's payments",
    'Your old bookkeeper paid vendors with Zelle and never recorded the fees.',
  ],
  [
    "an agency's own rule",
    'Our agency follows the same line as Upwork: no WhatsApp or personal emails before an offer.',
  ],
  [
    'payment terms in German',
    'Zahlungsbedingungen im AGB-Entwurf: Zahlung per Überweisung innerhalb von 14 Tagen.',
  ],
  [
    'a side arrangement turned down',
    "Let's add a milestone instead of doing it as a side arrangement.",
  ],
  [
    'no bank details needed (de)',
    'Die Rechnung läuft über Upwork, also brauche ich keine Bankdaten von dir.',
  ],
  ['a channel banner', 'The banner for your Telegram channel should be 1280 x 720.'],
  [
    'a phrase ends with its sentence',
    "I'd keep the bonus on Upwork rather than Venmo. You can use the bonus option.",
  ],
  [
    '"niente" as no (it)',
    'Possiamo fare il colloquio su Upwork, niente WhatsApp prima del contratto.',
  ],
  [
    'a contract that has now started',
    'The contract has now started, so you may contact our PM at pm@crestvale.example.',
  ],
  ['files kept here', 'The files are in the message room, no need to send them to my email.'],
  ['an export id (de)', 'Die Export-ID ist 0151-2288-30, falls du nachsehen willst.'],
  ['a Telegram bot (ru)', 'Для Telegram-бота нужен вебхук? Уточняю до оффера.'],
  [
    'staying in escrow',
    'Weekly milestones instead of one big payment, your money stays in escrow without leaving Upwork.',
  ],
  // Session 9, round 8: a rule and a later offer, a past payment, a bonus milestone instead of
  // a separate payment, a slash command, MX records, a warning told, a team reminder, a
  // channel ask declined with thanks, subject lines.
  [
    'a rule, then details after the offer',
    "Swapping phone numbers isn't allowed until a contract starts. Once the offer is sent we can exchange details.",
  ],
  [
    'a payment years ago',
    'An old client used to pay me by PayPal years ago, before I joined here.',
  ],
  [
    'a bonus milestone instead',
    "I'll add a bonus milestone here instead of you sending it separately.",
  ],
  ['a slash command', 'Built the /invoice slash command for your Discord server.'],
  [
    'MX records',
    'Your MX records still point to the old host, so mail to info@bakery.example bounces.',
  ],
  ['a warning told', "On Fiverr I once got a warning just for typing 'PayPal' in a refund note."],
  [
    'a team reminder',
    'Reminder: every payment goes through Upwork for 24 months. And no phone numbers or emails before the contract starts.',
  ],
  [
    'an ask declined with thanks',
    "Thanks for asking for my WhatsApp, but I'll keep everything in Upwork messages until a contract is in place.",
  ],
  ['subject lines', 'Your email subject lines are too long for mobile.'],
  // Guards for the last pass: a broken checkout link, "from here on" in this thread, printed
  // gift cards.
  [
    'a broken checkout link',
    'The checkout link on the product page 404s on mobile, fixing it now.',
  ],
  ['"from here on" in this thread', "From here on I'll post daily updates in this thread."],
  [
    'gift cards as a product',
    'The gift cards for your bakery are printed, 200 of them with the QR code.',
  ],
  // Session 10, round 9; the two marked guard pass on the engine before too.
  ['a negation inside a pair (de)', 'Ich zahle nicht außerhalb von Upwork, nur über Meilensteine.'],
  [
    'a documentation sample IBAN',
    'Try DE89 3704 0044 0532 0130 00, the usual documentation sample.',
  ],
  [
    "wording for a bill's customers (fr)",
    "La facture doit mentionner « paiement par virement » pour les clients de l'hôtel.",
  ],
  ['a refusal closing its sentence (ru)', 'Спасибо, но оплату вне платформы я не делаю.'],
  [
    'a number read out in a recording (fr)',
    'Le numéro 06 39 98 00 42 est lu lentement dans la deuxième prise.',
  ],
  [
    "a contract clause for a client's customers (pt)",
    'Incluí a cláusula de pagamento por Pix entre a empresa e os clientes dela.',
  ],
  ['nichts direkt (de)', 'Bitte überweisen Sie nichts direkt an mich, alles läuft über Upwork.'],
  [
    'IVR prompts for a phone system',
    "I'll record the IVR prompts at 8 kHz to suit your phone system.",
  ],
  ['rules that forbid (fr)', 'Je rappelle que les règles interdisent le paiement hors Upwork.'],
  [
    'a past warning told (de)',
    'Ich habe früher mal einem Kunden meine Handynummer gegeben und eine Verwarnung kassiert.',
  ],
  ["a former employer's payments", 'My old employer paid me by bank transfer, always late.'],
  [
    'a client who vanished without paying',
    'A client once vanished without paying, so I only work with milestones now.',
  ],
  [
    "a Telegram bot's handle",
    'The Telegram auto-poster is live. If the link preview is stale, ping @WebpageBot.',
  ],
  [
    'a login for account access',
    'Access login for the Ads audit: kim.r@agency.example, only for the account access.',
  ],
  [
    'reporting the chat, then what was asked',
    "I'm reporting this chat. Paying in gift cards before any contract is not how it works here.",
  ],
  [
    'an invoice made out privately (de)',
    'Soll die Rechnung auf dich privat oder auf die Firma laufen?',
  ],
  ['a phone field (fr)', 'Le champ téléphone accepte +33 6 39 98 12 34 maintenant.'],
  [
    'guard: a direct offer from a profile',
    'I hired you directly from your profile, the offer is in your inbox.',
  ],
  [
    'contact form work (no misspelt contract)',
    'We can end the contact form work early and skip the rest.',
  ],
  ['no need for a contact section', "No need for the contact section, we'll keep it simple."],
  ['guard: acting as a go-between', 'I act as a go-between for the client and the printer.'],
  // Session 10, round 10.
  ['a refusal closing its clause (es)', 'Cobrar por fuera de la plataforma no puedo, lo siento.'],
  ['a refusal closing its clause (pt)', 'Receber por fora eu não aceito.'],
  ['não pode, a rule (pt)', 'Aqui no Upwork não pode passar telefone antes do contrato.'],
  [
    'belum bisa dikasih after what it refuses (id)',
    'Maaf, nomor WA saya belum bisa dikasih sebelum kontrak.',
  ],
  [
    'je ne le donne pas (fr)',
    'Merci, mais mon numéro, je ne le donne pas avant le début de la mission.',
  ],
  ['gebe ich nicht raus (de)', 'Meine Nummer gebe ich leider nicht raus, bevor der Vertrag steht.'],
  [
    'ich bleibe lieber bei Upwork (de)',
    'Danke für das Angebot mit Venmo, aber ich bleibe lieber bei Upwork.',
  ],
  ['a past client told (pt)', 'Já tive cliente que pediu pagamento por fora no Pix, recusei.'],
  [
    'a past ask told (it)',
    "Un cliente mi aveva chiesto il mio WhatsApp prima dell'offerta, ho detto di no.",
  ],
  [
    'your question told back (hi)',
    'Aapne pucha tha ki UPI se payment kar dein. Main Upwork ke bahar payment nahi le sakta.',
  ],
  ['a sample IBAN in test mode (de)', 'Beispiel-IBAN im Testmodus: DE89 3704 0044 0532 0130 00.'],
  ['artwork for Instagram (pt)', 'Finalizei as artes pro Instagram, me manda o texto da legenda.'],
  [
    "a press kit's media line",
    "Use the media line 020 7946 0123 in the press kit, not the founder's phone.",
  ],
  ['a trial task we pay for', 'We pay for the trial task whether or not we hire you.'],
  [
    'a payment provider to integrate',
    'We need a dev to add Google Pay and card payments via Adyen.',
  ],
  [
    'reminders and a sender name',
    'Webinar reminders go out by SMS and email; the sender name is the brand, not my personal name.',
  ],
  [
    'a bank account verification',
    'The payout is on hold because the bank account verification failed.',
  ],
  [
    'a handbook passed on',
    'Our handbook says: no emails, phone numbers or Skype IDs before a contract starts.',
  ],
  ['your numbers as figures', 'Fixed, the totals now match your numbers.'],
  [
    'a filler number',
    "We keep getting 0000000 as the phone number on orders, the courier can't deliver.",
  ],
  [
    'a number for the site header',
    "The client's WhatsApp number goes in the site header: +1 212 555 0142.",
  ],
  ['copy laid out as a form', 'Footer copy:\nPhone: +1 415 555 0188\nEmail: hi@bakery.example'],
  // Session 11, round 11 (bench/fresh-94 to fresh-97).
  [
    'a padded list of grades (guard)',
    'Grades went A - B - C - D over the year, so the chart needs four bars.',
  ],
  [
    "a refusal with can't (guard)",
    "We can't use Zelle for this, it has to go through the milestone.",
  ],
  ['a test number (fr)', 'Le numéro de test 06 39 98 11 22 reçoit bien le code par SMS.'],
  [
    'seed data numbers',
    'OTP codes only go to the seed data numbers, like 555-0142, never to real phones.',
  ],
  [
    'a domain talked about',
    'Only @example.org addresses get the beta invite, the rest stay on the waitlist.',
  ],
  ['reported that (guard)', 'I reported that fake client who pushed for Telegram interviews.'],
  ['an ask taken back', 'Could we talk on Skype? Never mind, the Upwork call works fine.'],
  [
    'no conversion fee (guard)',
    "There's no conversion fee after two years, so let's convert through Upwork when you're ready.",
  ],
  [
    'a look-alike site reported (guard)',
    'The phishing link was upw0rk-help.example, I reported it to support.',
  ],
  [
    'a discount off a milestone',
    'Happy to take 15% off the next milestone since the delay was on my side.',
  ],
  ['dollars off a milestone', 'I can do 40 dollars off the Upwork milestone as a thank-you.'],
  ['wire frames (guard)', 'The wire frames for the checkout are in the Figma file.'],
  [
    'a refusal closing its clause before a dash (es)',
    'Cobrar por fuera de Upwork no puedo — lo siento, todo va por el contrato.',
  ],
  [
    'a refusal closing its clause before a bracket (pt)',
    'Pagamento por fora eu não aceito (regra da plataforma).',
  ],
  [
    'fixing the contact form on my site (guard)',
    'I fixed the contact form on my site last night, it was posting to the wrong inbox.',
  ],
  // Session 11, round 12 (bench/fresh-98 to fresh-101).
  ['a refusal with a tag word after it (pt)', 'Pagamento por fora eu não faço não, ok?'],
  [
    'a refusal after a comma (fr)',
    "Le virement en dehors de la plateforme, c'est non pour moi, désolé.",
  ],
  ['a refusal with ya (id)', 'Bayar di luar Upwork saya tidak bisa ya, maaf.'],
  [
    'a rule heard of (guard)',
    "From what I've heard, sharing a phone number before the contract gets you suspended.",
  ],
  [
    "a friend's warning passed on",
    'A friend told me clients sometimes ask for WhatsApp before hiring, so I keep it all in here.',
  ],
  [
    'a past client (guard)',
    'Had a client once who kept asking for my Telegram; I said no and we finished the job here.',
  ],
  ['mujhe personally (hi)', 'Mujhe personally teesra wala pasand hai, file bhej di hai.'],
  [
    'funding the Upwork account',
    'Can we fund our Upwork account by wire transfer instead of card this month?',
  ],
  ['quoting separately (guard)', 'Please quote each platform separately, iOS first.'],
  [
    'fuzzing a phone input (guard)',
    'The QA script should fuzz the phone input with 555-0100 to 555-0199 and reject letters.',
  ],
  [
    'bookkeeping codes (guard)',
    'In the reconciliation, the Zelle transfers to your landlord are coded to Rent.',
  ],
  ['translated buttons (it, guard)', "Ho tradotto i pulsanti: 'Paga con PayPal' e 'Bonifico'."],
  [
    'left untranslated (ru)',
    'Оставил «PayPal» без перевода, а «bank transfer» перевёл как «банковский перевод».',
  ],
  [
    "I don't need to be involved",
    "You can order the workbook directly from the publisher, I don't need to be involved.",
  ],
  [
    'a vendor portal after the contract',
    'After the contract is signed our vendor portal will ask for your tax form; billing stays on Upwork.',
  ],
  [
    "don't worry about sending your email",
    "Don't worry about sending your email, the files upload fine in this thread.",
  ],
  [
    'conversion by the book (guard)',
    "We'd like to bring you on full-time outside the marketplace, so I've clicked 'Request Contract Conversion' under All Contracts.",
  ],
  [
    'a dummy card (guard)',
    'Tested with the dummy card 4242 4242 4242 4242 on the payment link generator.',
  ],
  [
    'hourly through Upwork instead of milestones',
    'Could I invoice weekly through the Upwork contract rather than per milestone?',
  ],
  [
    'a bonus through the contract, no new milestone',
    'I will send the tip through the contract. No need to set up another milestone for it.',
  ],
  ['a book number (ISBN-13)', 'Please print 978-3-16-148410-0 on the spine label.'],
  // Session 11, round 13 (bench/fresh-102 to fresh-105).
  [
    'a refusal with the verb last (de)',
    'Ich würde meine Nummer vor dem Vertrag nur ungern teilen, lass uns hier schreiben.',
  ],
  [
    'applying for a data entry job',
    "Hi! I'm applying for the data entry job you posted, how many rows a day do you expect?",
  ],
  [
    "the contract's active now",
    "The contract's active now, so here's my mobile for the site visit: (503) 555-0177. Invoices stay on Upwork.",
  ],
  [
    'the contract has started (es)',
    'El contrato ya empezó, te paso mi número para la visita: +1 (305) 555-0166. Los pagos siguen por Upwork.',
  ],
  [
    "but I'll pass (guard)",
    "Thanks for the PayPal idea, but I'll pass. Let's keep the milestone on here.",
  ],
  ['a fee taken off a milestone', 'Is the 10% fee taken off each milestone or only at the end?'],
  [
    'order ids (guard)',
    "The order ids look like 5550187-221 in the export, that's store plus sequence.",
  ],
  ['a day off over here', "Friday's off over here, national holiday."],
  [
    'only after the contract starts (de)',
    'Meine Nummer gebe ich erst nach Vertragsbeginn raus, bis dahin gern hier.',
  ],
  [
    'a refusal before a typed dash (guard)',
    "Let's not swap numbers yet - once the offer is accepted you'll get mine in the contract chat.",
  ],
  // Session 11, round 14 (bench/fresh-106 and fresh-107).
  [
    'working off the website colours',
    "Let's work off the website colours until the brand book arrives.",
  ],
  [
    'rather than do anything outside',
    "I'd rather wait for the milestone than do anything outside Upwork.",
  ],
  [
    'the email used for a review tool',
    "Can you send me the email you use for Frame.io? I'll add you as a reviewer.",
  ],
  [
    'no worries about an app',
    'No worries about Telegram, the Upwork call is fine for the interview.',
  ],
  [
    'the phone on a flyer',
    'The flyer is ready. The phone on it is (617) 555-0144, copied from your sheet.',
  ],
  [
    'payment links set up for the client',
    'Set up Stripe payment links for the workshop tickets on your Squarespace page.',
  ],
  [
    "a shop's own office phone on its old site",
    "The shop's old site lists their office phone as 020 7946 0433. Should it stay on the new one?",
  ],
  // Session 12, round 15 (bench/fresh-108 to fresh-111).
  [
    "a business's details laid out in an imprint draft",
    'Impressum-Entwurf: Bäckerei Lind GmbH, Telefon 030 5550 1234, E-Mail info@baeckerei-lind.example.',
  ],
  [
    'a media contact in a press release',
    'Media contact at the end: Tomás Rivera, Northwind Labs, press@northwind.example, +1 (415) 555-0122.',
  ],
  [
    "a studio's phone on a receipt",
    'Questions line on the receipt points to the studio phone, (03) 5550 9876.',
  ],
  [
    'no need for a phone number',
    'No need for my WhatsApp, the Upwork call works fine for the interview.',
  ],
  [
    'no need to pay separately',
    'No need to send it separately, the bonus button on the contract page works.',
  ],
  [
    'asking support about an exception (guard)',
    'Hi support, a client needs my email for an NDA before the contract. Is that one of the allowed exceptions?',
  ],
  [
    'a story about a past offer (guard)',
    'Last spring someone offered me extra to move to Telegram and take crypto. I turned it down.',
  ],
  [
    'a quotation running over two sentences',
    'Shop description: «Handmade soap. Orders via our Telegram channel @soap_shop». Want a shorter one?',
  ],
  [
    "another platform's rules (guard)",
    'On Fiverr, outside contact is only allowed after an order is placed.',
  ],
  [
    'payment partners in a case study',
    'For the case study, may I name PayPal as your payment partner?',
  ],
  [
    'buyers asking for bank details',
    "Two wholesale buyers asked for bank details, so I sent them your company's pro-forma invoice.",
  ],
  [
    'a report, then a proposal to stay (guard)',
    "A client asked me to move to WhatsApp, but let's keep it here.",
  ],
  // Session 12, round 16 (bench/fresh-112 to fresh-115).
  [
    "a document header with a supplier's IBAN in spaced guillemets",
    'Traduction de la lettre du fournisseur : « Merci de payer par virement sur notre compte, IBAN FR76 3000 6000 0112 3456 7890 189, avant le 10. »',
  ],
  [
    "reconciliation notes naming a vendor's address",
    'Reconciliation notes for May:\n- Paid Harbor Print by ACH on 5/2, $410.\n- Their remittance address is ap@harborprint.example',
  ],
  [
    'past the offer stage',
    "We're past the offer stage now, so my cell for launch night is 555-0148.",
  ],
  [
    'a test e-mail for a template',
    'The welcome email template is fixed. Can you send a test to qa@lumen.example?',
  ],
  [
    'the platform paying out',
    'Upwork pays out to my bank every Wednesday directly, no issues so far.',
  ],
  [
    'no need for a separate invoice',
    'No need to send a separate invoice, Upwork makes one for each payment.',
  ],
  ['a build number in Russian', 'Номер сборки 5550174 уже на стейджинге.'],
  [
    'the amount looks off',
    'Invoice for milestone 2 is submitted through Upwork; tell me if the amount looks off.',
  ],
  [
    "the platform's rule quoted (guard)",
    "Upwork's rule: no phone numbers or emails before the contract starts.",
  ],
  // Session 12, round 17 (bench/fresh-116 to fresh-119).
  [
    'a contract active for days, a number for the work',
    "The contract has been active since Tuesday, so here's my mobile for the shoot: 07700 900418.",
  ],
  [
    'the engagement has started',
    'Now that the engagement has started, my work email for the Slack invite is k.ode@ode-legal.example.',
  ],
  [
    'a web address with digits in its path (guard)',
    'The citation link https://doi.example/10.5555/abc.2020.0917 works again.',
  ],
  [
    "someone else's number in a medical note (guard)",
    "The patient's number is 555-0162, as written in the intake summary.",
  ],
  [
    "an author's address in a journal check (guard)",
    "The corresponding author's address is m.rossi@uni-example.example, which the journal accepts.",
  ],
  [
    'direct questions in a research plan (guard)',
    "Then I'll ask a few direct questions about what they expected.",
  ],
  ['a refusal said the Russian way', 'Спасибо, но платить напрямую не буду, всё через Upwork.'],
  ['an informal French refusal', "désolé je donne pas mon numéro avant le contrat, c'est la règle"],
  [
    'a refusal in Spanish with "no poder"',
    'Lamento no poder aceptar pagos por PayPal fuera de la plataforma.',
  ],
  [
    'a story of a past client (guard)',
    'The last client tried to get me to take payment on the side, so I keep everything on Upwork now.',
  ],
  [
    'a blog post comparing payment apps (guard)',
    'Could you write a blog post comparing Wise and Payoneer for small agencies?',
  ],
  [
    'integrating card payments in French',
    'Pouvez-vous intégrer le paiement par carte avec Stripe sur le site ?',
  ],
  [
    'the signal strength icon (guard)',
    'The signal strength icon is blurry on retina screens, re-exporting @2x.',
  ],
  ['checking a site on a phone (guard)', 'the new menu page is live, pls check it on ur phone'],
  // Session 12, round 18 (bench/fresh-120 to fresh-122).
  [
    'a payment tool in a test environment (pt) (guard)',
    'O checkout com Pix já funciona no ambiente de testes do seu app.',
  ],
  [
    'an automation posting payments to a sheet',
    'The Zapier flow now copies each new Stripe payment into your Google Sheet.',
  ],
  [
    "a third party's team reached at their address",
    'Please email their billing team at ar@northfreight.example about the disputed invoice.',
  ],
  ['an email list', "Your email list has 8,200 contacts; I'd split it by region first."],
  [
    'a Telegram channel embedded on a homepage',
    'The homepage embeds a preview of your Telegram channel now.',
  ],
  [
    'a Spanish refusal with the account at stake',
    'Prefiero que no. Pagar por fuera me puede costar la cuenta, seguimos con los hitos.',
  ],
  [
    'the contract running, said in German (guard)',
    'Der Vertrag läuft ja jetzt, hier meine Nummer für Notfälle: 07700 900319.',
  ],
  // Session 13, from the untuned round 19 (bench/fresh-123 to fresh-125).
  [
    'paying attention, then a direct method',
    "I'll pay more attention to the intros; the direct approach works better.",
  ],
  [
    'a personal finance workbook',
    'Cash App and Zelle are a chapter in my personal finance workbook; can you draw the icons?',
  ],
  ['a certification number', 'My CPR certification number is 5530-2291-18 if the gym asks.'],
  [
    'the rule said in German',
    'Nach Vertragsbeginn dürfen wir Kontaktdaten austauschen, bis dahin bleibt alles hier.',
  ],
  [
    'bookkeeping in Spanish (guard)',
    'Concilié los pagos de Wise con el extracto del banco; me falta una factura.',
  ],
  [
    'a retraction that names the platform next (guard)',
    "Could we talk on Zoom? Never mind, let's use the Upwork call.",
  ],
  // Session 13, round 20 (bench/fresh-126 to fresh-129).
  [
    'Russian: no need for a card transfer',
    'Нет, на карту переводить не надо, оплата через вехи на Upwork.',
  ],
  [
    'withdrawing earnings to a rail',
    'I withdraw my Upwork earnings to Wise, so weekly payments work fine for me.',
  ],
  [
    'a brand named as a style (guard)',
    'The icon should feel Venmo style but in our brand colours.',
  ],
  [
    'payment icons in a footer (guard)',
    'I added the payment icons to the footer: Visa, PayPal and Apple Pay.',
  ],
  [
    'owner contributions in bookkeeping',
    'The PayPal transfers from your personal account are owner contributions, not sales.',
  ],
  [
    'checkout options enabled (guard)',
    'Shop Pay and Google Pay are both enabled on the store now.',
  ],
  [
    'added as an editor on a work account (guard)',
    'Please add me as an editor on the Meta Business account so I can check the pixel.',
  ],
  [
    'an invitation to the next job here',
    "I'd like to hire you directly again: I'll invite you to the next job here.",
  ],
  [
    'a refusal, then staying on Upwork in plain words (guard)',
    'Thanks for offer of bank transfer but I will keep on Upwork, it is safer.',
  ],
  // Session 13, round 21 (bench/fresh-130 to fresh-133).
  [
    'a list of channels refused before a contract',
    "Before a contract please don't share your number, personal email or Telegram handle.",
  ],
  [
    'a call through the Upwork app',
    'can u call me thru the upwork app before the interview? my headset works there',
  ],
  [
    'an address to invite to a work tool',
    'Please add me as a viewer on the analytics account. The email to invite is dana.k@studio.example.',
  ],
  [
    'a warning about changed supplier bank details',
    'The new invoice from your printer shows a different bank account than before, so check by phone first.',
  ],
  [
    "paying one's own staff with a rail",
    'For paying your own staff abroad, Wise usually beats a bank wire on fees. Our contract stays on Upwork.',
  ],
  [
    'bookkeeping in Spanish: entries without an invoice',
    'Quedan 4 gastos sin factura en la conciliación de mayo.',
  ],
  [
    'Hindi: number shared once the contract starts',
    'Contract shuru hone ke baad main apna number de dunga, abhi Upwork chat pe hi baat karte hain.',
  ],
  [
    'Portuguese: the rule and keeping everything here (guard)',
    'Pela regra do Upwork, pagar fora pode suspender a conta, vamos manter tudo aqui.',
  ],
  [
    'hiring a subcontractor through an agency account here (guard)',
    "I'd bring in a second editor through my agency account here.",
  ],
  [
    'building a crypto deposit-address generator (guard)',
    "Their exchange uses USDT on TRC20; I'm only building the address generator.",
  ],
  [
    'renaming a payment tab in an admin',
    "Rename the 'Venmo' tab in the admin to 'Wallets', please.",
  ],
  [
    'cash sales at the counter in bookkeeping',
    'Two invoices were paid in cash at the counter and never marked as paid.',
  ],
  [
    "a client's suggestion to be declined, in a team note",
    'If a client suggests paying outside, politely decline and tell me.',
  ],
  [
    'paid separately through a new milestone',
    "We can add a new milestone for the bonus round, so you're paid for that separately.",
  ],
  // Session 13, round 22 (bench/fresh-134 to fresh-137).
  [
    'not closing the contract to go outside',
    "I know the fee hurts, but I'm not closing the contract to continue outside. Let's add a milestone.",
  ],
  [
    'Russian: not working outside the platform',
    'Извини, вне платформы не работаю, давай новый этап здесь.',
  ],
  [
    'not off-site yet, an interview invite instead',
    'Happy to talk, but not off-site yet. Send an interview invite through the job post.',
  ],
  [
    'the Upwork app on a phone',
    "I'm away tomorrow, but messages here reach me through the app on my phone.",
  ],
  [
    'Indonesian: logos on a payment page',
    'Tolong tambahkan logo DANA dan OVO di halaman pembayaran.',
  ],
  [
    'a clickable phone number on a contact page (guard)',
    "Make the phone number in the footer clickable, please. It's 020 7946 0188.",
  ],
  // Session 13, round 23 (bench/fresh-138 to fresh-141).
  [
    'growing a Telegram channel as the work',
    "Does growing the podcast's Telegram channel count as part of this scope? We want 5k subscribers there.",
  ],
  [
    "paid by the writer's own client",
    "I'll fund milestone 2 once I get paid by my own client next week.",
  ],
  [
    'a historical record of direct pay',
    'The 1911 ledger shows he was paid directly by the mill, not through the union.',
  ],
  ['no crypto, only paid through Upwork', 'No crypto, thanks, I only get paid through Upwork.'],
  [
    'contract started, said as being hired',
    "Since you've hired me, here's my work email for the Slack invite: ana@studio.example. Invoicing stays on Upwork.",
  ],
  [
    'Russian: the contract signed (guard)',
    'Контракт подписан, добавил вас в рабочий чат в Телеграме. Оплата остаётся на Upwork.',
  ],
  [
    'German: since the contract start',
    'Seit dem Vertragsstart läuft alles, schick die Dateien an lena@atelier.example, die Freigabe bleibt hier.',
  ],
  [
    'an order number named a few words before (guard)',
    'The order number on your screenshot is 5550-1923-4478, is that the failed one?',
  ],
  [
    'a messaging API flow as a milestone (guard)',
    'Milestone 2 is the WhatsApp Cloud API flow; I need the phone number ID and a test recipient.',
  ],
  [
    'the same thread, reporting to an editor',
    "I'll report directly to your editor from now on, in this same thread.",
  ],
  [
    'swapping numbers after the offer',
    "Let's keep the questions in this thread until you send the offer, after that I'm happy to swap numbers.",
  ],
  [
    'quicker for screenshots; timesheets continue here',
    "Thanks for accepting the offer. My Slack is @ana_qa if that's quicker for screenshots; timesheets continue here.",
  ],
  [
    "German: the shop's payment methods in a handover (guard)",
    'Die Zahlungsarten sind PayPal und Kreditkarte über Stripe; bitte nichts ändern ohne Rücksprache.',
  ],
  [
    'Stripe live keys and a payout schedule',
    'Before we switch to live keys, someone with admin access to your Stripe account must confirm the payout schedule.',
  ],
  [
    "designing a crypto wallet's send flow (guard)",
    "I'd love to design the interface for your crypto wallet; users often pick TRC20 when the exchange expects ERC20.",
  ],
  [
    'a brief for money-transfer screens (guard)',
    'Users should be able to add a recipient by IBAN or sort code and account number and see the fee before confirming.',
  ],
  // Session 13, round 24 (bench/fresh-142 to fresh-145).
  [
    'the contract kicked off, a WhatsApp number for the crew (guard)',
    "We're officially kicked off. Could you share a WhatsApp number for the crew on shoot days? Payment stays on the milestones.",
  ],
  [
    'since the engagement kicked off, a direct line',
    "Since the engagement kicked off, here's a direct line to our CTO, cto@veldt.example. Billing stays on Upwork.",
  ],
  [
    'Russian: refusing a card payment after',
    'Контракт запущен. От оплаты на карту вне платформы я отказываюсь, добавим этап в Upwork.',
  ],
  [
    'Portuguese: the contract already started',
    'Como o contrato já começou, pode me chamar no WhatsApp do trabalho (+44 7700 900222).',
  ],
  [
    "now that we've started, a phone for outages",
    "Now that we've started, feel free to call me on 020 7946 0111 if the build breaks.",
  ],
  [
    'the warning that paying directly voids protection',
    "Reminder: paying directly outside the platform voids Upwork's payment protection for both of us.",
  ],
  [
    'direct debit in a test mode (guard)',
    "Direct Debit mandates work in GoCardless test mode; next I'll wire up the failure emails.",
  ],
  [
    'no direct payments, a funded milestone instead',
    'No direct payments please. Fund the milestone before I start.',
  ],
  [
    "outside a milestone's scope, quoted separately",
    "A Zelle option is outside this milestone's scope. I can quote it separately here.",
  ],
  [
    'a contract number said active',
    'Contract #3 is live, so text me on 555-0186 if the scanner fails overnight.',
  ],
  [
    'stop asking for a channel',
    "Please stop asking for my Telegram. I only talk here until there's an offer.",
  ],
  [
    'keeping the retainer on Upwork',
    "I know you'd prefer Payoneer, but I'm keeping our monthly retainer on Upwork.",
  ],
  // The contract said to have started in words no phrase list holds (scanner.ts, STARTED).
  [
    'a contract underway',
    'Our contract is underway now; add me on Slack at mira@studio.example for daily standups.',
  ],
  [
    'an engagement that is live',
    'The engagement is live, so feel free to email me at dev@ken.example about the API keys.',
  ],
  [
    'signed yesterday',
    "We signed yesterday, so here's my work number for the crew: 020 7946 0555.",
  ],
  [
    'a contract still to be signed (guard)',
    "Until the contract is signed, please don't send me your number.",
  ],
  // Session 13, round 25 (bench/fresh-146 to fresh-149).
  [
    'no thanks to an off-site deal',
    'No thanks to the off-site deal. I can lower the fixed price here instead.',
  ],
  [
    'a filter flags words in a refusal',
    "Fiverr flags words like 'email' even inside a refusal, so I keep replies short there.",
  ],
  [
    'French: the built-in video call rather than Skype (guard)',
    "Pour l'appel, utilisons plutôt la visio intégrée d'Upwork que Skype.",
  ],
  [
    'rather wait than take it off the site',
    "I'd rather wait a few days than take it off the site.",
  ],
  [
    'a cheque pattern one was warned about',
    "I'd prefer not to. A cheque and a refund of the difference is a pattern I've been warned about.",
  ],
  [
    'the contract in progress, a meeting link',
    "The contract's in progress, so here's the meeting link for the standup: https://meet.example/abc-defg.",
  ],
  [
    'Indonesian: the contract started, a work WhatsApp',
    'Karena kontrak sudah mulai, ini nomor WhatsApp saya untuk koordinasi: +62 812 5555 0109.',
  ],
  [
    'direct costs in a quote',
    'What goes into the direct costs line of your quote versus overhead?',
  ],
  [
    'only paying contractors through Upwork',
    'Thanks for the lower rate for a bank transfer, but our company only pays contractors through Upwork.',
  ],
  [
    'M-Pesa STK push debugging',
    'The Daraja STK push failed on the phone formatter; M-Pesa test payments go through now.',
  ],
  // Session 13, round 26 (bench/fresh-150 to fresh-153).
  [
    'a chapter of fiction with cash rent',
    'In chapter 6 she pays the landlord in cash, which clashes with chapter 2.',
  ],
  ['wire as in wireframe', 'Wireframes are up. (Wire as in wireframe, not wire transfer.)'],
  [
    'a spreadsheet macro for bank rows (guard)',
    'The Excel macro flags any bank statement row that is off from the invoice by over $1.',
  ],
  [
    'a refund policy page (guard)',
    'The refund policy page says refunds go back to the original card or PayPal within 10 days.',
  ],
  [
    'not closing the contract early',
    "Let's not close the contract early to dodge fees; keeping it here please.",
  ],
  [
    'Spanish: working under contract, a work email',
    'Ya estamos trabajando con contrato, mi correo de trabajo es ana@estudio.example para los archivos.',
  ],
  [
    'contract active with a check mark',
    'Contract active ✅ Best way to reach me on shoot days is Signal, 555-0177. Payment stays here.',
  ],
  [
    'days into the contract, a meeting link',
    "We're four days into the contract; the Zoom for Thursday is https://zoom.example/j/5550188.",
  ],
  [
    'Indonesian: not wanting to pay off the site',
    'Maaf, saya nggak mau bayar di luar situs, kirim offer baru saja.',
  ],
  [
    'French: no thanks to a direct transfer',
    'Non merci pour le virement direct, je préfère que tout passe par le site.',
  ],
  [
    'mid-contract, ring the office (guard)',
    "Since we're mid-contract, ring the office on 020 7946 0388 about the markups. Invoices stay on Upwork.",
  ],
  // Session 14, round 27 (bench/fresh-154 to fresh-157).
  [
    'the engagement went live, a number for emergencies',
    'The engagement went live this morning. For emergencies my cell is 555-0134.',
  ],
  [
    'halfway through the project, photos on WhatsApp',
    'Halfway through the project now. Could you WhatsApp me photos of the site at +1 555 0177?',
  ],
  [
    'week three, the Zoom link',
    "We're in week 3 now, so the Friday reviews move to Zoom: https://zoom.example/j/5550123.",
  ],
  [
    'a milestone in review, an invite to an address',
    'With milestone 2 of 4 in review, send the Meet invite to dev.lena@mailbox.example.',
  ],
  [
    'since the retainer started, a reports address',
    'Since the retainer started, the weekly numbers go to data@harbor.example. Billing stays on Upwork.',
  ],
  [
    'hourly clock started, text me',
    'Hourly clock started at 8. Text me on 555-0162 if the deploy fails.',
  ],
  [
    'Spanish: the project is under way, a work email',
    'Como el proyecto ya está en marcha, te dejo mi correo: pablo@taller.example.',
  ],
  [
    'French: the mission started, a number',
    'Maintenant que la mission a démarré, mon numéro pour les urgences : 06 39 98 55 01.',
  ],
  [
    'Indonesian: the contract is running, an email for big files',
    'Karena kontraknya sudah berjalan, ini email saya untuk file besar: rina@kantor.example.',
  ],
  [
    'Russian: the contract is running, a Telegram handle (guard)',
    'Контракт уже идёт, вот мой телеграм @oleg_dev для срочных вопросов.',
  ],
  [
    'post-hire checklist with a phone',
    'Post-hire checklist: NDA signed, vault shared, my phone (+44 20 7946 0999) on the escalation list.',
  ],
  [
    'an article on a payment app (guard)',
    'For the article on Mercado Pago, should I quote the 3.49% fee or round it?',
  ],
  [
    "translating a payment app's help page",
    'Halaman bantuan OVO sudah saya terjemahkan, istilah top up saya biarkan.',
  ],
  [
    'a payment brand left untranslated (guard)',
    "Dejé 'Bizum' sin traducir porque es nombre de marca.",
  ],
  [
    'terms used interchangeably in a translation (guard)',
    "The bank's FAQ uses 'wire' and 'bank transfer' interchangeably; I kept one term.",
  ],
  [
    'a guide translation as a new milestone',
    'I can take the Payoneer onboarding guide translation too, as a new milestone on this contract.',
  ],
  [
    'two rails compared in a draft',
    'Sending $500 came out at $4 in fees via Wise vs roughly $21 via PayPal, per the draft table.',
  ],
  [
    'placeholders on a grant form (guard)',
    "The funder's form wants the PI's email and phone; I left placeholders (pi@uni.example, 555-0100).",
  ],
  [
    "moving money between one's own accounts",
    "Zelle transfers between your own accounts don't need reporting for the FBAR.",
  ],
  [
    'an ancestor who wired money',
    'Your great-grandfather wired money home by Western Union in 1923, per the receipt.',
  ],
  [
    'the rules penalise outside payment',
    'Both marketplaces penalise off-platform payment requests, which is why I never take PayPal from clients here.',
  ],
  [
    'a discount declined, payments stay on the platform (guard)',
    'Thanks for the discount you offered for paying outside Upwork, but our policy says every payment stays on the platform.',
  ],
  [
    'told to turn down other ways to pay',
    "I can't accept crypto. We're told to turn down PayPal and Cash App payments, and I do.",
  ],
  ['wiring up buttons', "I'll wire them up this week and log the hours here."],
  // Session 14, round 28 (bench/fresh-158 to fresh-161).
  [
    'a toll-free number read in a Portuguese script',
    'O número 0800 555 0177 no roteiro deve ser lido devagar, ok?',
  ],
  [
    'nothing needs to happen off the site',
    'You can add a tip when you review the order. Nothing needs to happen outside Fiverr.',
  ],
  [
    'cutting the part where a handle is said',
    'Please cut the bit at 2:40 where I say my Instagram handle.',
  ],
  [
    'Spanish slang for a colour, not for cash',
    '¿El logo va en blanco o en negro sobre el fondo? Subí las dos versiones.',
  ],
  [
    'German: quoting the terms before a contract',
    'Laut Upwork-AGB dürfen wir vor Vertragsbeginn keine Kontaktdaten austauschen, also machen wir den Videocall über Upwork.',
  ],
  [
    'not risking the account',
    "I know some people take payment off the platform, but I'm not risking my account. Milestones it is.",
  ],
  [
    'a milestone paid, then a Discord invite',
    'Art pass #2 approved and paid through the milestone, thanks! Join the studio Discord (discord.example/inv/pixel) for feedback.',
  ],
  [
    'French: the mission started Monday, a number',
    'Puisque la mission est lancée depuis lundi, voici mon numéro pour les urgences : 06 39 98 41 00.',
  ],
  [
    'two weeks in, a Zoom invite',
    'Two weeks in and the audit is half done. The recurring Zoom invite went to priya@studio.example.',
  ],
  [
    'milestones down, a Zoom routine',
    "Three milestones down, two to go. I post the report here and we jump on a Zoom only if something's blocked.",
  ],
  [
    'German: onboarding done, a Teams address',
    'Das Onboarding ist abgeschlossen. Für Rückfragen erreichst du mich in Teams unter j.berg@werk.example.',
  ],
  [
    'Spanish: three weeks into the contract, a WhatsApp',
    'Ya llevamos tres semanas con el contrato. Te dejo mi WhatsApp para dudas rápidas: +1 555 0149.',
  ],
  [
    'a retainer running since spring, the same Skype',
    'Our retainer has been running since April, same Skype ID as before (live:cid.orchard), same time Friday?',
  ],
  [
    'a welcome note with a phone far below',
    'Welcome aboard, thanks for accepting the offer! Slack invite sent. GitHub access is set up. Standup is on Meet. Jira: move tickets yourself. Billing stays on Upwork through the hourly contract. My direct phone for outages is +44 7700 900511.',
  ],
  [
    'the platform fee priced in',
    'Upwork takes 10% on my side, so I priced the milestone with that already included.',
  ],
  [
    'a report written to support',
    "Hi Upwork Support, I want to report a client. After I replied, they said interviews are only on Telegram and asked for a $75 deposit in USDT. Another freelancer told me it's a scam. I haven't contacted them outside Upwork, sent money or shared my email or phone number. Please look into it.",
  ],
  [
    'a bank account field in an invoice template (Hinglish)',
    'Client ke kehne pe invoice template mein bank account ka field add kar diya hai.',
  ],
  [
    'a customer paying by bank transfer',
    "Admins can 'mark as paid' when a customer pays by bank transfer rather than card.",
  ],
  // Session 14, round 29 (bench/fresh-162 to fresh-165).
  [
    'a webhook firing twice',
    "Stripe fires invoice.paid twice for some plans, so I'm adding an idempotency check on the event id.",
  ],
  [
    "a reminder for the client's customers",
    'I drafted a reminder that tells your customers to pay by ACH or wire to the company account.',
  ],
  [
    "French: the company's RIB in an invoice template",
    "Le RIB dans le modèle de facture est celui de votre entreprise, j'ai mis le champ en gras.",
  ],
  [
    "a law firm's payment page",
    'It lists Zelle, ACH and card exactly as your office manager sent them.',
  ],
  [
    'the offer went through, a cell for outages',
    'The offer went through an hour ago, so here is my cell: 555-0188. Payment stays on the milestones.',
  ],
  [
    'someone else asked, not us',
    'You mentioned someone else asked you to go off-platform. Not us, we keep paying through the contract.',
  ],
  [
    'an NFT mint page in USDC (guard)',
    'The NFT mint page needs to accept USDC on Polygon; use our test wallet on the testnet.',
  ],
  [
    'tips paid in cash in a payroll export',
    'The payroll export needs to handle tips paid out in cash at the end of each shift.',
  ],
  [
    'a fake recruiter reported',
    'A so-called recruiter asked one of our freelancers to move to Telegram and pay a training fee. That was not us.',
  ],
  [
    'a scheduling link for the length of a retainer',
    "You're on the team for the length of this retainer, so here's the standup link: calendly.example/acme/standup.",
  ],
  [
    'French: the contract signed, a mobile number',
    'Puisque le contrat est signé, voici mon portable pour les urgences : 06 39 98 45 77.',
  ],
  [
    'Hinglish: the work started, an office number',
    'Ab kaam shuru ho gaya hai to mera office number 555-0127 rakh lo, sirf urgent ho tab.',
  ],
  [
    'a warning to newcomers',
    "PSA for newbies: if a 'client' wants to interview you on Signal before hiring, it's almost always a scam. Report and move on.",
  ],
  [
    'German: not an option outside the platform',
    'Eine Zahlung per Überweisung außerhalb von Upwork kommt für mich nicht infrage.',
  ],
  [
    'a story of a lost account',
    'My cousin lost his account after taking a Western Union payment from an Upwork client. Not worth it.',
  ],
  [
    'a new offer through the platform',
    "I'd like to hire you directly for the next project too, I'll send a new offer through Upwork.",
  ],
  [
    'why the system hid an email',
    "Contact details can't be exchanged before a contract, that's why the system hid your email.",
  ],
  [
    'base64 in a test fixture (guard)',
    'Test fixture for the email validator, decode it in the spec: dGVzdEBleGFtcGxlLmNvbQ== should pass.',
  ],
  // Session 14, round 30 (bench/fresh-166 to fresh-169).
  [
    'the project up and running, a Telegram for weekends',
    'With the project up and running, my Telegram is @bo_silva for urgent weekend things. Hours stay in the Upwork tracker.',
  ],
  [
    'the contract accepted, a WhatsApp for the build',
    'Contract accepted on my end. My WhatsApp for quick questions during the build is +44 7700 900419.',
  ],
  [
    'officially on board, a colleague texting a code',
    "You're officially on board as of today. Our ops manager will text you from 555-0118 with the door code.",
  ],
  [
    'the hourly contract running, a Discord for the dev server',
    'With the hourly contract running, could you share your Discord so I can join the dev server?',
  ],
  [
    'German: no number without a signed contract',
    'Ohne unterschriebenen Vertrag gebe ich meine Nummer nicht raus, lass uns über Upwork telefonieren.',
  ],
  [
    "a bookkeeper's old email on vendor records (guard)",
    "Your bookkeeper's old email (ap@bakery.example) is still listed on 16 vendor records; update them?",
  ],
  ['a phone that autocorrects', 'haha my phone autocorrected upwork to upward again'],
  [
    'the inbox, not phone notifications',
    'sent u a msg on here, check ur upwork inbox not ur phone notifs',
  ],
  [
    'the built-in video call',
    'pls use the upwork video call for the kickoff, zoom is built in there',
  ],
  [
    'declining a request told',
    "gonna decline, he wanted a wise transfer + a 'bonus' outside the platform, not worth my acct",
  ],
  [
    'German: not possible outside the platform',
    'sorry, Zahlung außerhalb von Upwork geht bei mir nicht. Lass uns einen Meilenstein machen.',
  ],
  [
    'a refusal with the verb last',
    "Crypto payments aren't something I accept. The milestone works fine for me.",
  ],
  [
    "a candidate's offer recorded in a hiring note",
    'Internal note: during the call the candidate offered a 15% discount if we paid through Venmo instead of Upwork. We declined.',
  ],
  [
    'wallets set up in a store (guard)',
    'Apple Pay and Google Pay can be enabled in the payments settings; PayPal Express would be added separately through your PayPal Business account.',
  ],
  // Session 14, round 31 (bench/fresh-170 to fresh-173).
  [
    'buying fonts oneself',
    'I license the fonts from the foundry and pay for them myself; nothing extra for you to buy.',
  ],
  [
    'German: a payroll export',
    'Die Lohnabrechnung läuft über DATEV; bitte nur den Export anpassen, keine Bankdaten ändern.',
  ],
  [
    'a webhook firing twice for an order',
    'Stripe is firing payment_intent.succeeded twice for the same order. Can you add an idempotency check?',
  ],
  [
    "customers' bank transfers and a reference",
    'Customers paying by bank transfer get a reference like ORD-2024-55810 on the thank-you page.',
  ],
  [
    'continuing, just not outside the platform',
    "I'd love to continue, just not outside the platform. Happy to start a new contract on Upwork.",
  ],
  [
    'accepted the offer, an address for a tool (guard)',
    'Accepted your offer this morning! Could you add lena.ortiz@agency.example to the Analytics property?',
  ],
  [
    'the retainer renewed, a new phone',
    'The retainer renewed this month. My phone changed, the new one is +1 (415) 555-0165.',
  ],
  [
    'hours in the time log, a number for tonight',
    'I have 11.5 hours in the time log this week. If the migration breaks tonight, text me at (312) 555-0149.',
  ],
  [
    'after a great kickoff, a Slack handle',
    'Great kickoff yesterday! My Slack handle for your workspace is @ines.r; invoices keep coming through the contract.',
  ],
  [
    'Portuguese: the first invoice out, a WhatsApp for urgent notices',
    'Como a primeira fatura já saiu, posso te passar meu WhatsApp para avisos urgentes? +55 11 5555-0143.',
  ],
  [
    'Spanish: two months into this contract, nothing outside',
    'Llevamos dos meses con este contrato: nada de transferencias por fuera, seguimos con los hitos aquí.',
  ],
  [
    'Portuguese: no way, only through the platform (guard)',
    'Não rola, viu? Pagamento só pelo Upwork, senão a gente perde a proteção.',
  ],
  ['no WhatsApp for now', 'No WhatsApp for now, sorry. Happy to hop on an Upwork call today.'],
  // Session 15, round 32 (bench/fresh-174 to fresh-177).
  [
    'a rail named, then a request after a semicolon',
    'The checkout module supports Mollie and PayPal; please put the sandbox keys in the Upwork file share.',
  ],
  [
    'the platform withdrawing to the bank',
    "I'd rather not share bank details here; Upwork withdraws straight to my bank every Friday.",
  ],
  [
    "Italian: a court file's number in its year",
    'Ho allegato la trascrizione; il numero di ruolo 1187/2023 è in alto a destra.',
  ],
  [
    "French: the reader's proposal, refused",
    'Concernant ta proposition de me payer par virement pour éviter les frais de la plateforme : je préfère refuser.',
  ],
  [
    'nothing on a rail (guard)',
    'If something goes wrong you have a dispute process here and nothing on Venmo.',
  ],
  [
    'the payments themselves kept on the milestones',
    "Now that we're under contract, sharing numbers is fine, but the payments themselves keep going through the milestones.",
  ],
  [
    "week 3 of the monthly retainer, a colleague's email (guard)",
    "We're in week 3 of the monthly retainer. Please copy my colleague at omar.k@brightlabs.example on the reports.",
  ],
  [
    'a weekly check-in, then a work email',
    'Weekly check-in: the first five articles are done. My work email is ana@studio.example if the brand files are too big for the chat.',
  ],
  [
    "French: the week's hours logged, a Meet link",
    'Les 12 heures de la semaine sont bien enregistrées. Le lien Meet pour vendredi : https://meet.example/xyz-abcd',
  ],
  [
    'funds for a milestone in escrow, a Telegram for screenshots',
    'I can see the funds for milestone 2 in escrow, thanks! My Telegram is @dara_3d for quick screenshots.',
  ],
  [
    'French: rather staying on the platform',
    "Merci pour l'idée de payer la suite par virement, mais je préfère rester sur Upwork.",
  ],
  [
    'Spanish: a milestone approved, a WhatsApp for the shoot',
    'Ya aprobé el hito 2. Para el rodaje te paso mi WhatsApp: +1 555 0163.',
  ],
  [
    'a direct-response copywriter (guard)',
    'Looking for a direct-response copywriter for our email sequence, $600 fixed.',
  ],
  [
    'thanks for funding the milestone, a mobile for the site visit',
    'Thanks for funding the first milestone! My mobile for the site visit is 07700 900518.',
  ],
  [
    'German: a project phase approved, a phone for questions',
    'Die dritte Projektphase ist freigegeben. Bei Rückfragen erreichen Sie mich unter +1 555 0152.',
  ],
  [
    "the platform's own billing",
    "I sent the invoice for the add-on through the platform's own billing.",
  ],
  [
    'Russian: no contacts before the contract',
    'Контакты до начала контракта я не передаю, давайте пока общаться здесь.',
  ],
  [
    'the offer for the next phase came through, a booking link',
    "The offer for the next phase came through! Here's my booking page for the kickoff: calendly.example/jo-lee/kickoff",
  ],
  [
    'doing it without breaking any rules',
    "Here's how I'd like to do it without breaking any rules: add my GitHub username to the repo as read-only.",
  ],
  // Session 15, round 33 (bench/fresh-178 to fresh-181).
  [
    "French: the client's café number on the contact page",
    "Le numéro sur la page contact du café, 06 12 34 56 78, est celui du client ; je l'ai mis en lien tel: pour le mobile.",
  ],
  [
    'no crypto for me, milestones here',
    "No crypto for me, sorry. Milestones here are fine and you release funds when you're happy.",
  ],
  [
    "a UPI intent link's query in the config",
    'UPI intent links are built server-side now, like upi://pay?pa=<merchant VPA>&am=<amount>, from your config.',
  ],
  [
    "German: the rule quoted, 'nicht erlaubt'",
    'E-Mail-Adressen vor Vertragsbeginn zu teilen ist bei Upwork nicht erlaubt, auch nicht im Angebot.',
  ],
  [
    'users who paid with a rail, in a cohort',
    'Users who paid with Venmo in the first week retain better, see the cohort tab.',
  ],
  [
    'Hinglish: the first milestone approved, a number for the work',
    'Pehla milestone approve ho gaya, shukriya! Kaam ke liye mera number: 555-0131. Payment Upwork pe hi rahegi.',
  ],
  [
    'the contract extended, a Discord for questions',
    'Contract extended through August, thanks! My Discord is mila.dev, ping me there; invoices keep going through here.',
  ],
  [
    'the weekly limit raised, a WhatsApp for the weekend',
    'I raised your weekly limit to 30 hrs for launch. If the site breaks on Sunday, WhatsApp me at +44 7700 900345.',
  ],
  [
    'Indonesian: the contract extended, a WhatsApp for coordination',
    'Terima kasih sudah memperpanjang kontrak. Ini nomor WhatsApp saya untuk koordinasi: +1 555-0158, pembayaran tetap lewat Upwork.',
  ],
  [
    'Portuguese: a milestone funded, a phone for urgent things',
    'Com o terceiro marco já financiado, deixo meu telefone pra urgências: +1 555-0139.',
  ],
  [
    'Spanish: the first deliverable approved, an email for files',
    'Como ya aprobaste el primer entregable, te paso mi correo para los archivos: ana.ruiz@estudio.example.',
  ],
  [
    'German: the hours limit raised, a mobile number',
    'Seit Sie mein Stundenlimit erhöht haben, plane ich den Umzug für Samstag, meine Handynummer: +44 7700 900287.',
  ],
  [
    'test numbers a phone field should accept',
    'Could you validate phone numbers on the form? It should accept 555-0100 style numbers and ones like +44 20 7946 0958.',
  ],
  [
    'stop sending me a channel, reported',
    'Stop sending me your Telegram. I only talk on Upwork before a contract. Reported.',
  ],
  [
    'a rail linked to the Upwork billing',
    'I added a new card to my Upwork billing, and PayPal is linked there too, so the milestone should fund now.',
  ],
  [
    'another app turned down for the Upwork call',
    "I have Zoom, but let's use the Upwork call button for the interview so it all stays in one place.",
  ],
  [
    'a budget kept between us and a finance lead',
    "Please keep the budget between us and my finance lead, don't mention it to the other contractors.",
  ],
  [
    'Spanish: no paying outside the platform',
    'No, gracias. No pago fuera de la plataforma; la oferta está aquí con el hito financiado.',
  ],
  [
    'out of my own pocket',
    "I'm paying for this out of my own pocket, so let's keep the hours tight.",
  ],
  [
    'rather than paying on the side, a new milestone',
    "Rather than paying me on the side for the extra pages, just add a new milestone and I'll start.",
  ],
  [
    "a quoted 'pay outside' seen and skipped",
    "I saw 'pay outside' in a job post and skipped it. Not worth my account.",
  ],
  [
    'passing on being paid through a rail',
    "Thanks, but I'll pass on being paid through PayPal. Send the offer here and I can start today.",
  ],
  [
    'a registry office emailed at its address',
    'I emailed the registry office at records@county.example for the 1902 census page; they quote 4 weeks.',
  ],
  // Session 15, round 34 (bench/fresh-182 to fresh-185).
  [
    'working directly on the next part through a new proposal on the platform',
    "I'd love to keep working with you directly on the next part, I'll send a new proposal through Upwork for it.",
  ],
  [
    'Russian: payment through a new milestone, not to the card',
    'Дополнительный экран сделаю, но оплату, пожалуйста, через новый этап в текущем контракте, а не на карту.',
  ],
  [
    'Portuguese: thanks for releasing milestone 1, a WhatsApp for urgent things',
    'Obrigada por liberar o marco 1! Se precisar de algo urgente durante o contrato, meu WhatsApp é +44 7700 900228.',
  ],
  [
    'asked at kickoff, a WhatsApp for quick questions',
    'You asked at kickoff, so: my WhatsApp is +44 7700 900343, fine for quick questions. Payments stay on the contract.',
  ],
  [
    "German: the week's hours in the work diary, a number for the go-live",
    'Die Stunden für diese Woche stehen im Arbeitstagebuch. Für den Go-live erreichst du mich unter 07700 900872.',
  ],
  [
    "a client's ask to bill outside, told and refused",
    "My client wants me to bill the extra hours to his personal PayPal. I told him I'll only log them on the timesheet here.",
  ],
  [
    'a recurring weekly sync link',
    'Our recurring Friday sync: https://meet.example.com/abc-defg-hij. Same link every week.',
  ],
  [
    'a question about why clients ask for Skype',
    "Why do clients keep asking for my Skype during interviews? I thought that wasn't allowed until a contract starts.",
  ],
  [
    'a paused contract, a Slack handle',
    "The contract's paused while legal reviews things. My handle in your Slack is @nadia.r if anything comes up.",
  ],
  [
    'Indonesian: the second milestone submitted, a number, payment on the platform',
    'Milestone kedua sudah saya kirim untuk direview. Nomor saya +44 7700 900615, pembayaran tetap lewat Upwork ya.',
  ],
  [
    'Spanish: the second deliverable sent, an email for the calendar',
    'Ya envié el segundo entregable para revisión. Mi correo para el calendario es ana.pena@estudio.example.',
  ],
  [
    'the retainer renewing, a shared calendar link',
    "The retainer renews on the 1st. Here's the shared calendar for our review: https://cal.example.com/studio/review",
  ],
  [
    "the platform's payout to the freelancer's own account explained",
    'When you approved milestone 3, the funds went to my Upwork balance. After that I transfer to my own account; the money left your card the day you funded it.',
  ],
  [
    "a lead list's columns: office phone and public contact email",
    'Each row has the practice name, address, main office phone, and the public contact email where one is listed.',
  ],
  [
    "a bonus in USDT refused, crypto can't be disputed",
    "I can't take the bonus in USDT, sorry; crypto transfers can't be disputed or reversed.",
  ],
  [
    'the platform takes cards for milestones',
    'Upwork takes cards for milestones, so paying by card is all set on your side.',
  ],
  // Session 15, round 35 (bench/fresh-186 to fresh-189).
  [
    'French: the hourly contract started, a number for emergencies',
    'Le contrat horaire a démarré, voici mon numéro pour les urgences : 06 39 98 12 35.',
  ],
  [
    'the weekly cap on the hourly contract, a call link',
    'The weekly cap on the hourly contract is 20 hrs. Want to hop on a call? zoom.example/j/88201934513',
  ],
  [
    'the contract end date moved, a Discord handle',
    'The contract end date moved to July 2 with the change you approved. My Discord is tomasz#4822.',
  ],
  [
    "last week's hours shown as paid, a phone for the weekend",
    "Last week's hours show as paid on the billing page, thanks. If the site breaks on Sunday, call me at (206) 555-0177.",
  ],
  [
    'as agreed in the offer, a Drive shared with an email (guard)',
    "As agreed in the offer, the files go into the shared Drive; I've shared it with ana.costa@brightline.example.",
  ],
  [
    "the first week's payment received via the platform, a WhatsApp",
    'Got the payment for the first week via Upwork, thank you! My WhatsApp for urgent issues: +44 7700 900418.',
  ],
  [
    'a milestone submitted for review, a booking link',
    "I've submitted milestone 3 for your review. Grab a slot on my calendar: calendly.example/jonas-k/30min",
  ],
  [
    'Spanish: the offer accepted, an email for the Drive',
    'Ya acepté la oferta, ¡gracias! Te paso mi correo para el Drive: marta.ruiz@estudio.example.',
  ],
  [
    'officially hired, a Skype id',
    "Since I'm officially hired, here's my Skype: live:ivan.petrenko.design.",
  ],
  [
    'Portuguese: the first delivery approved, a WhatsApp',
    'Primeira entrega aprovada! Pode me chamar no WhatsApp +44 7700 900289.',
  ],
  [
    'Hinglish: the offer accepted, a WhatsApp',
    'Offer accept kar liya, thank you! Mera WhatsApp +44 7700 900353 hai.',
  ],
  [
    'a bonus sent through the contract, a LinkedIn link',
    'Bonus sent through the contract, thank you! Connect with me at linkedin.example/in/rachel-odu for a recommendation.',
  ],
  [
    'wrapping up this one, the next offer here',
    'Thanks for thinking of me for the next project while we wrap up this one! Just send a new offer here when ready.',
  ],
  [
    "the platforms' rule on contact info quoted (guard)",
    'Fiverr and Upwork both block contact info before an order, which is why my portfolio PDF has no phone number.',
  ],
  [
    'a Zoom link for a company offsite',
    'The Zoom link for the offsite is in the event pack on page 4; please check the agenda wording.',
  ],
  [
    'a rail offered, invoicing only through the platform',
    'Appreciate the offer of Zelle, but I only invoice through Upwork, even for small add-ons.',
  ],
  [
    "a security report about another customer's bank details",
    "Reproduced the IDOR: changing invoice_id=1042 to 1043 returns another customer's bank details.",
  ],
  [
    'an HR checklist asking new hires for bank details',
    'The onboarding checklist asks new hires for an emergency contact phone and a bank account for payroll.',
  ],
  ['typing on my phone', 'sorry for typos im on my phone 🙈 will reply properly l8r'],
  [
    'the rule in phone chat',
    'reminder: upwork msgs only b4 a contract, no emails no numbers, its in their rules',
  ],
  [
    "Indonesian: can't be paid outside the platform",
    'maaf kak aku gabisa dibayar di luar upwork ya, nanti akun ku kena suspend',
  ],
  [
    'a gentle no on the other app (guard)',
    'Gentle no on the other app. Everything for client work stays in this thread.',
  ],
  // Session 15, round 36 (bench/fresh-190 to fresh-193).
  [
    'Russian: a stage approved and paid, a Telegram',
    'Этап 2 одобрен и оплачен, спасибо. Мой Telegram для срочных вопросов: @ilya_dev_example.',
  ],
  [
    'a weekly sync for as long as the engagement runs',
    'Our Thursday sync link: https://meet.example/xqa-rtpk-mnp, same room every week for as long as the engagement runs.',
  ],
  [
    'German: milestone 3 approved, an email for questions',
    'Meilenstein 3 ist freigegeben, danke! Für Rückfragen erreichst du mich unter jana.weber@agentur.example.',
  ],
  [
    'Indonesian: the contract extended, a weekly Meet link',
    'Kontrak sudah diperpanjang sampai Juni. Meeting mingguan lewat Google Meet: meet.example/abc-defg-hik.',
  ],
  [
    'a standing Monday check-in, a WhatsApp call',
    "For our standing Monday check-in I'll ring you on WhatsApp at +44 7700 900515, unless the Upwork call is easier.",
  ],
  [
    'paid by wire before the platform, milestones here',
    'Before Upwork my clients paid me by bank wire; here everything goes through milestones, which I prefer.',
  ],
  [
    'no need to pay me outside',
    "No need to pay me outside. I'd lose payment protection, so let's keep it on Upwork.",
  ],
  [
    'a tool invite to an email, only for access',
    "Add me to the Google Ads account as a standard user. The invite can go to m.ferreira@studiomf.example, it's only for access.",
  ],
  [
    'German: the transfer to a private account declined, staying on the platform',
    'Das mit der Überweisung aufs Privatkonto lasse ich lieber, ich bleibe bei Upwork.',
  ],
  [
    'the contract running now, an email for a tool invite',
    "The contract's running now, so here's my email for the Analytics viewer invite: liu.wei@mail.example.",
  ],
  [
    "refund macros, one 'outside the 30-day window'",
    'The new Zendesk macros cover card refund, PayPal refund, and refund denied (outside the 30-day window).',
  ],
  [
    "an app store's billing rule, 'used outside the app'",
    'Play requires its billing for digital goods; physical goods and services used outside the app are exempt.',
  ],
  [
    'a crypto checkout where customers forget the network fee',
    'At checkout the customer picks BTC or USDC, and underpayments go to manual review because customers forget the network fee.',
  ],
  [
    "a product's no-reply sender and support address",
    'The welcome email goes out from no-reply@lumen.example. Should replies go to support@lumen.example instead?',
  ],
  [
    'a demo account for app review',
    'The App Review team asked for a demo account, so I added reviewer@orderly.example with the password in the review notes.',
  ],
  [
    'a bank transfer turned down, payments kept on the platform',
    'I understand why paying by bank transfer looks simpler, but since we met here I need to keep the payments on Upwork.',
  ],
  [
    'bookkeeping: how each payout service reports fees',
    'Wise shows the fee as a separate line, Payoneer nets it out of the amount, and the bank charges a flat fee.',
  ],
  [
    'an example row of a lead list (guard)',
    'Example row: Copper Kettle Bistro, Dana Reyes, info@copperkettle.example, (303) 555-0119, American, 80 seats.',
  ],
  [
    "Spanish: the end customer's IBAN on an invoice template",
    'La plantilla de factura ya muestra el IBAN del cliente final y la fecha de vencimiento.',
  ],
  // Session 15, round 37 (bench/fresh-194, fresh-195).
  [
    "a corresponding author's email on a manuscript's title page",
    "Per ICMJE, the corresponding author's email goes on the title page, so I put dr.okafor@hospital.example there as you asked.",
  ],
  [
    'emails stored without lowercasing',
    'Your signup page stores emails without lowercasing, so John@Example.com and john@example.com become two users.',
  ],
  [
    'German: the term extended, a work email',
    'Du hast die Laufzeit bis Ende Juli verlängert, super. Für Rückfragen meine Arbeits-E-Mail: k.brandt@werkstatt.example.',
  ],
  [
    'hours logged today, a standup link',
    "I logged 3.5 hours today on the migration. Tomorrow's standup link: https://meet.example/abc-defg-hij",
  ],
  [
    'a team member added to the contract, a Telegram',
    "Welcome aboard, Ravi, I've added you to the contract as a team member. My Telegram is @lena_pm_work for quick answers.",
  ],
  [
    "the contract's end date, a booking link",
    'The end date on the contract is May 15, so QA week is May 6-10. Book reviews on my Calendly: calendly.example/nour-qa/30min',
  ],
  [
    'Hinglish: milestone 2 funded, a daily standup link',
    'Milestone 2 fund ho gaya, thanks. Daily standup ka Google Meet link: meet.example/xyz-pqrs-tuv',
  ],
  [
    'approval on the wireframes, a Discord',
    'Got your approval on the wireframes. Sharing my Discord (kito.designs) so your devs can ping me about handoff.',
  ],
  [
    'Portuguese: Pix declined, everything kept in the contract',
    'Obrigado pelo bônus! Sobre pagar o próximo marco por Pix, prefiro manter tudo no contrato.',
  ],
  [
    "a warning that gift-card 'clients' are scammers",
    "Heads up: anyone asking you to buy gift cards to 'get hired' is a scammer. Real clients pay through milestones.",
  ],
  [
    'the online banking section of a help-centre translation',
    "I've translated the sections on opening an account, debit cards and online banking, about 9,000 words.",
  ],
  [
    'bank details printed on invoices, not captured',
    'Bank details printed on the invoices were not captured, per your instructions.',
  ],
  [
    'an ad read promising no monthly fees',
    'The ad read lists automatic round-ups, a 4.1 percent APY and no monthly fees.',
  ],
  // Session 16, round 38 (bench/fresh-197, fresh-198, fresh-200).
  [
    'payments outside turned down: a no from me',
    'Per the terms, for 24 months Upwork must be the only way to pay someone you met here. So outside payments are a no from me.',
  ],
  [
    'a request about paying by PayPal, declined after a dash',
    "You asked about paying the last part over PayPal — I'd rather not. Every payment for this job stays in the contract.",
  ],
  [
    'a job post asking for emailed CVs, which the platform may take down',
    'Your job post asks applicants to email a CV — Upwork may take it down for that. Attachments here work instead.',
  ],
  [
    'a drawing number on a sheet',
    'Drawing no. 0512-8836-0071 is in the contract files and the window schedule matches the spec now.',
  ],
  [
    'a bar of music, not cash',
    'The horn line in bar 42 comes straight from your sketch; I only re-voiced the strings.',
  ],
  [
    'an economics lesson on how payment companies earn money',
    "In Thursday's lesson we compare how PayPal and Mastercard earn money from transaction fees.",
  ],
  [
    'Hinglish: taking payment outside is against the rules',
    'Bahar payment lena Upwork rules ke against hai, account suspend ho sakta hai.',
  ],
  [
    'a maths lesson on direct variation and a bank paying interest',
    'Next we cover direct and inverse variation, then interest problems where the bank pays 3% a year.',
  ],
  [
    'others who move clients off the site, not the writer',
    "Some people move clients off the site to dodge fees, but I won't: my account matters more than a few percent.",
  ],
  [
    'a refusal that is its own sentence',
    "You mentioned closing the contract and paying me directly next month. I'd rather not. Let's keep it in the contract.",
  ],
  [
    'a login email added as a viewer in an analytics tool',
    "I'll add your Upwork login email as a viewer in Google Analytics so you can check the funnel.",
  ],
  [
    'a job for someone who has shipped mass payouts',
    'We need someone who has built PayPal Payouts and Payoneer mass payouts for a marketplace.',
  ],
  // Session 16, round 39 (bench/fresh-201 to fresh-203).
  [
    'character names that pun on payment apps',
    "Character names for the comic: 'Ven M0', 'Pay Pal-adin' and 'Zel'. Keep the puns, the client loves them.",
  ],
  [
    'a price split in round amounts with slashes',
    "The total is three thousand 200 dollars; I'll split it as 1000 / 1000 / twelve hundred across the milestones.",
  ],
  [
    'a writer wanted for a blog series on cross-border payments',
    'Looking for a writer for a blog series on cross-border payments: SWIFT, SEPA, and how Wise compares with banks.',
  ],
  [
    'Portuguese: everything through Upwork, no Pix on the side',
    'Obrigada pela proposta, mas prefiro receber tudo pelo Upwork, sem Pix por fora.',
  ],
  [
    'a card declined on the platform',
    'Sorry for the delay, my card was declined on Upwork; I updated the billing method and the milestone releases tomorrow.',
  ],
  [
    'a meeting link for the sprint demo',
    "Meeting link for Friday's sprint demo: meet.example/xyz-abcd-efg. Same time as last week.",
  ],
  // Session 16, round 40 (bench/fresh-204 to fresh-207).
  [
    'Payoneer directly declined, no thanks',
    'Payoneer directly? No thanks. Payoneer is only my withdrawal method from Upwork, which is how I get paid here.',
  ],
  [
    'an IBAN not sent to a stranger',
    "lol no, I'm not sending my IBAN to someone I met ten minutes ago. Escrow or nothing.",
  ],
  [
    'cash in person still counts as off-platform',
    "Appreciate the trust, but paying me cash when you're in town next month is still paying off-platform. Let's keep it on the contract.",
  ],
  [
    'a scam attempt reported',
    'Reporting a scam attempt. The message said I had to pay a $40 onboarding fee via Cash App before starting. I did not pay.',
  ],
  [
    'a joke about clients who wanted WhatsApp',
    "If I had a dollar for every client who wanted my WhatsApp before hiring me... The call button here works fine, let's use that.",
  ],
  [
    'what conversion costs both sides',
    "One thing before we convert: afterwards we both lose Upwork's payment protection and dispute help. We'd need our own agreement ready first.",
  ],
  [
    "a report for the record of a client's reply",
    'Reporting for the record: after I refused to take payment off-platform, the client replied "fine, I\'ll end the contract and hire you elsewhere without fees".',
  ],
  [
    'no Discord before the offer',
    "No Discord before the offer, sorry! Once the contract starts I'm glad to join your server, with payments still going through here.",
  ],
  [
    'Hinglish: a warning about an account-rental scam',
    'Bhaiyon, koi banda Upwork account kiraye pe maang raha hai aur payment JazzCash pe dene ki baat kar raha hai. Ye fraud hai.',
  ],
  [
    'a job post reported for asking for emailed CVs',
    "Hello, I'd like to report the account that posted a data entry job. They told every applicant to email cv@jobs-fast.example instead of applying here.",
  ],
  [
    'people who lost accounts over one payment',
    "Look, fees suck. But I've watched people lose old accounts over a single Venmo payment. Hourly contract here, please.",
  ],
  [
    'Russian: no moving to Telegram before the contract',
    'Спасибо, но я не перевожу общение в Telegram до начала контракта. Давайте продолжим здесь.',
  ],
  [
    'Hinglish: the contract is running, a Zoom link',
    'Ab contract chal raha hai, kal ki meeting ka Zoom link ye hai: https://zoom.example/j/55501234. Payment milestone se hi hogi.',
  ],
  [
    "a reader's own question about tipping by Venmo, answered",
    "You asked if you could send the tip by Venmo. I'd rather you use Upwork's bonus button, it keeps us both covered.",
  ],
  [
    'Spanish: thanks for offering, milestones kept',
    'Gracias por ofrecerme pagar el resto por transferencia, pero prefiero que sigamos con los hitos en la plataforma.',
  ],
  [
    'a Telegram handle, the contract said to have started after it',
    'My Telegram is @lena_qa for quick pings on deploy nights. We started the contract last week, and billing stays here.',
  ],
  [
    "a restaurant's handover: forms arrive at its address",
    'Aquí tienes el documento de entrega. 4) Correo: los formularios llegan a reservas@casamarisa.example.',
  ],
  [
    "an enterprise client's vendor team",
    "Our company is on Upwork Enterprise, so once the contract starts you'll get a welcome email from our vendor team.",
  ],
  // Session 17, round 41 (bench/fresh-208 to fresh-211).
  ['details kept off a proposal', 'Please leave your email off the proposal, Upwork flags it.'],
  [
    'a milestone rather than quietly billing more',
    "We'd raise a new milestone rather than quietly bill extra hours.",
  ],
  [
    'German: no phone number before the contract, please',
    'Bitte schicken Sie mir keine Telefonnummer vor dem Vertrag.',
  ],
  [
    "a messenger crashing, the platform's call instead",
    'My Skype keeps dropping, can we do the Upwork call instead?',
  ],
  [
    'an Enterprise client sending the NDA',
    'Your shop is on Upwork Enterprise, so their legal team will email the NDA from nda@acme.example.',
  ],
  [
    "a footer's Telegram link updated",
    "The 'Chat on Telegram' link in the footer was stale. I swapped it to t.me/acme_support_example as you asked.",
  ],
  // Session 17, round 42 (bench/fresh-212 to fresh-215).
  [
    'a phone given, then the hourly contract named',
    "Text me at (555) 012-7788 if the deploy fails. We're on the hourly contract, so that's fine.",
  ],
  [
    "'officially contracted now', then a call asked for if something breaks",
    "You're officially contracted now, so call me on 020 7946 0991 if the import fails.",
  ],
  [
    'a password vault shared with a work address',
    'Please share the 1Password vault with ops@acme.example rather than pasting keys in chat.',
  ],
  [
    "a patent application's number",
    'Patent application no. 17/555,014 is due for a response in June.',
  ],
  [
    'the service fee listed on an invoice',
    "Your Upwork invoice lists the service fee separately, that's normal.",
  ],
  [
    'Indonesian minutes: a question about a bank transfer, answered no',
    'Pak Budi bertanya apakah bisa bayar lewat transfer bank langsung; jawabannya tidak, semua tetap di Upwork.',
  ],
  [
    "an FAQ answer to a customer's question about their IBAN",
    "Draft FAQ answer. How do I find my IBAN? Tap Details and it's shown with a copy button.",
  ],
  // Session 17, round 43 (bench/fresh-216 to fresh-219).
  [
    'everything kept in the platform until the offer, a meeting tool after',
    "Let's keep it all in Upwork messages until the offer is signed, then I'll join your Google Meet standups.",
  ],
  ['Spanish: no way, all through Upwork', 'Ni de broma te pago por fuera. Todo por Upwork.'],
  [
    'German: out of the question to pay outside',
    'Kommt nicht in Frage, dass wir außerhalb von Upwork zahlen.',
  ],
  [
    'bank details not needed, the platform pays out',
    "Upwork handles the tax forms and payouts, so you don't need my bank details for anything.",
  ],
  [
    "a slow bank and the platform's withdrawal",
    'My bank is slow with international transfers, so my Upwork withdrawal may take 3-5 days.',
  ],
  [
    'Indonesian: the WhatsApp number later, after the contract',
    'Nomor WA aku kasih nanti aja ya setelah kontrak jalan, sekarang ngobrol di sini dulu.',
  ],
  [
    'Portuguese: a Pix request reported to support',
    'Acabei de denunciar pro suporte um cara que pediu pagamento via Pix pra liberar a vaga.',
  ],
  [
    'Indonesian: the official contract conversion',
    'Kalau mau kerja langsung, pakai fitur konversi kontrak resmi aja.',
  ],
  [
    "a contact page's number fixed per the brief",
    "The phone number on the contact page was wrong; per your brief it's (303) 555-0166 now.",
  ],
  [
    'details shared here about WhatsApp integrations',
    "Yes, I've built WhatsApp integrations before and can share details here.",
  ],
  [
    'Portuguese: Pix outside refused, the milestone here',
    'Não, obrigado. Pagamento por Pix fora do Upwork não dá; pode financiar o marco aqui mesmo.',
  ],
  [
    'a training fee called a textbook scam',
    "Asking me for a $50 'training fee' in USDT before an interview is a textbook scam. Reported.",
  ],
  [
    'Payoneer as how the platform pays out',
    'Payoneer is just how Upwork pays me out to my bank, nothing changes on your side.',
  ],
  // Session 18: copy a business's customers read, named as the message opens.
  [
    "a bakery's FAQ: cash at the counter, the shop's phone",
    "FAQ draft for the bakery's ordering page. Do you take cash? Yes, and cards and Apple Pay at the counter. Can I order by phone? Call the shop at (512) 555-0173 before noon.",
  ],
  [
    "Spanish: an academy's payments page, its billing address",
    'Te paso el borrador de la página de pagos de la academia: aceptamos tarjeta y PayPal; para facturas escríbenos a pagos@academiasol.example.',
  ],
  [
    "a returns policy: refunds minus the shop's restocking fee",
    "Draft returns policy for the shop's site. Refunds go back to the card or PayPal account you paid with, minus a $5 restocking fee.",
  ],
  [
    "a gym's FAQ: cancel by the front desk's email or phone",
    "FAQ draft for the gym's membership page. How do I cancel? Email frontdesk@ironhall.example or call 555-0139 before your renewal date.",
  ],
  [
    "a salon's booking page: book by phone, cash at the desk",
    "Copy for the salon's booking page: Prefer to book by phone? Call us at (303) 555-0124, we accept cash and cards at the desk.",
  ],
  [
    "a hostel's FAQ: pay on arrival, text the night desk",
    "FAQ draft for the hostel's website. Can I pay on arrival? Yes, in cash or by card. What if I'm late? Text the night desk on +44 7700 900417.",
  ],
  // Session 18, round 44 (bench/fresh-220 to fresh-223).
  [
    'an email put off until the offer is accepted',
    "So I'll share my email once you accept the offer.",
  ],
  [
    'a number put off until the contract starts',
    "I'll share my number when the contract starts, Upwork rules.",
  ],
  [
    'a Telegram handle received, turned down for now',
    "Thanks for sending your Telegram handle, but I'll pass for now. We can talk here until the offer.",
  ],
  [
    'a range of part numbers, both ends',
    'Part numbers for the new shelving kit go from 555-0160 to 555-0188, one per board, so the warehouse can scan them.',
  ],
  [
    'a pay-with-crypto option a shop wants',
    "The gallery shop wants a pay-with-crypto option. I'd skip it: refunds get messy.",
  ],
  // Session 18, round 44: copy pasted after a line introducing it.
  [
    "a hotel's payment copy pasted after 'current version:'",
    "owner asked for a warmer tone, so here's the current version:\n\nPaying for your stay\nYou can pay by card or PayPal when you book, or in cash at reception.\nGroups can pay by bank transfer; write to stay@harbourinn.example for our details.\n\nhappy to tweak",
  ],
  [
    "a bakery's WhatsApp auto-replies, its number and payment links",
    "These are the auto-replies for the bakery's WhatsApp account, can you check the tone?\n\nAway message:\nWe're closed right now. If there's a problem with today's order, call us on 555-0173.\n\nPayment reminder:\nWe only send payment links from pay.crumbandco.example.\n\nshould weekends be separate?",
  ],
  [
    "Spanish: a restaurant's booking page, paid directly by card or Bizum",
    'Versión final del texto para la página de reservas, ¿lo ves bien?\n\nReserva tu mesa\nPuedes pagar la señal directamente con tarjeta o Bizum al reservar.\nPara grupos, escríbenos a grupos@casapepa.example.\n\nSi quieres lo acorto.',
  ],
  // Session 18, round 45 (bench/fresh-224 to fresh-227).
  [
    'a payment rail wired up after an audit',
    "The co-op's app needs instant payouts; I'll stub the bank API now and wire up the real payment rail after their audit.",
  ],
  [
    'an invoice attached to a milestone, not sent separately',
    "Invoice #INV-3310 is attached to milestone 2 in Upwork, not sent separately, so accounting won't count it twice.",
  ],
  [
    'digits said to be the order id',
    'Support says 5550176 is the order id on the failed refund, not a phone number.',
  ],
  [
    'Russian: crypto declined, milestones kept on the platform',
    'Спасибо, но криптовалютой не получится, давайте оставим оплату через этапы на платформе.',
  ],
  [
    'Hinglish: the number kept until the contract, talk on Upwork',
    'Main apna number contract shuru hone se pehle share nahi kar sakta, yahin Upwork pe baat karte hain.',
  ],
  [
    "a client's wish to pay by Wise, reported and turned down",
    "You mentioned you'd prefer to pay through Wise to save on fees, thanks, but I have to keep this on Upwork.",
  ],
  [
    "Spanish: a members' page paid into the association's IBAN",
    'Texto para la página de socios, ya revisado:\n\nCon 10 € al mes apoyas un taller.\nPaga con tarjeta o transferencia a nuestra cuenta IBAN ES91 2100 0418 4502 0005 1332.\nDudas: socios@tallerluz.example.',
  ],
  // Session 18, round 46 (bench/fresh-228 to fresh-231).
  [
    'Spanish: no transfer needed, the milestone covers it',
    'La factura del material está adjunta; no hace falta transferencia, lo cubre el hito dos en Upwork.',
  ],
  [
    'French: everything through the milestone, nothing outside',
    "Le devis est dans les fichiers du contrat. Tout passe par le jalon 3, rien à faire en dehors d'Upwork.",
  ],
  [
    'Russian: the contract already open, Telegram for the work',
    'Контракт уже открыт, так что пишите мне в Telegram: @oleg_dev. Оплата только через Upwork.',
  ],
  [
    'thanks for hiring me, a number for the install day',
    'Thanks for hiring me! My number for the install day is +1 555 0164.',
  ],
  [
    'escrow funded, a cell number for the site visit',
    "Escrow's funded, so here's my cell for the site visit: 555-0187.",
  ],
  [
    'Spanish: the number once the offer is accepted',
    'Cuando aceptes la oferta te paso mi número; mientras, hablamos por aquí.',
  ],
  // Session 18, round 47 (bench/fresh-232 to fresh-235).
  [
    'Portuguese: a Pix question answered, everything through Upwork',
    'About what you asked regarding Pix: sobre o que você perguntou do Pix, não dá, todo pagamento precisa passar pelo Upwork.',
  ],
  [
    'Spanish: a Bizum question reported, a bonus in the contract instead',
    'Me preguntabas si podías pagarme por Bizum. Prefiero que lo añadas como bono en el contrato de Upwork.',
  ],
  [
    'thanks for asking first, a bonus from the contract page',
    'Appreciate you asking first instead of just sending money outside. A bonus from the contract page takes a minute.',
  ],
  [
    'tempting to skip the fee, not worth risking the accounts',
    "I know it's tempting to skip the fee on a job this small, but it's not worth risking either of our accounts.",
  ],
  [
    "a café's booking line and Instagram handle on the menu footer",
    "The café's booking line goes on the menu footer, per your brief. Want the Instagram handle there too?",
  ],
  [
    'Russian: no WhatsApp before the contract',
    'Нет, в ватсап до контракта не пойду. Все вопросы можно задать здесь.',
  ],
  [
    'Indonesian: DANA outside Upwork turned down',
    'Makasih tawarannya, tapi aku gak terima bayaran via DANA di luar Upwork ya. Pakai milestone aja.',
  ],
  [
    'French: contact details after the contract starts, as the rules allow',
    'Pour préciser : après le début du contrat, on peut échanger nos coordonnées pour le travail, mais les paiements restent sur Upwork.',
  ],
  [
    "'go direct' meant direct-to-print files",
    "When I said 'go direct' I meant direct-to-print files for the printer, not anything about payment.",
  ],
];

describe('generalisation: risky wordings', () => {
  it.each(RISKY)('%s', (_name, text) => {
    expect(scan(text).flagged).toBe(true);
  });
});

describe('generalisation: benign look-alikes', () => {
  it.each(BENIGN)('%s', (_name, text) => {
    expect(scan(text).findings).toEqual([]);
  });
});
