import { describe, expect, it } from 'vitest';
import { createScanner, scan } from '@/src/detector';

// Readings beyond the words as typed: a message written backwards, links on made-up domains,
// numbers that are test data, and refusals whose list of refused things runs on.
const covered = (text: string): string[] =>
  scan(text).findings.map((f) => text.slice(f.start, f.end));

describe('a message written backwards', () => {
  it('is read reversed and marked where it was typed', () => {
    const text = 'seef eht piks ew os ppastahw no em dda';
    const result = scan(text);
    expect(result.flagged).toBe(true);
    expect(covered(text)).toContain('ppastahw');
    expect(covered(text)).toContain('seef eht piks');
  });

  it('keeps offsets right around characters outside the basic plane', () => {
    const text = '😀 lapyap ym ot ti dnes 😀';
    expect(covered(text)).toContain('lapyap ym ot ti dnes');
    for (const f of scan(text).findings) {
      expect(f.start).toBeGreaterThanOrEqual(2);
      expect(f.end).toBeLessThanOrEqual(text.length - 2);
    }
  });

  it('finds an address written backwards once the message says so', () => {
    const text = 'moc.elpmaxe.oiduts@aras <- backwards';
    expect(covered(text)).toContain('moc.elpmaxe.oiduts@aras');
  });

  it('applies the allow-list to what the reversed reading finds', () => {
    const scanner = createScanner({ allowList: ['ppastahw'] });
    const result = scanner.scan('ppastahw no em dda');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('contact.channel');
  });
});

describe('links on made-up domains', () => {
  it('reads a chat service named in the host as a messenger link', () => {
    const text = 'Interviews happen on my server: discord.example/invite/xq-hire';
    expect(covered(text)).toContain('discord.example/invite/xq-hire');
  });

  it('reads a payment service named in the host as a payment link', () => {
    const text = 'Settle it here instead: pay.northwind.example/inv/77';
    const result = scan(text);
    expect(result.categories).toContain('payment');
    expect(covered(text)).toContain('pay.northwind.example/inv/77');
  });

  it('leaves other hosts alone', () => {
    expect(scan('The guide is at docs.northwind.example/setup, see step 3.').flagged).toBe(false);
  });
});

describe('numbers that are test data', () => {
  it('follows technical talk down a list of test values', () => {
    const text =
      'Phone field test cases:\n+1 202 555 0188 -> ok\n020 7946 0321 -> ok\n12 -> too short';
    expect(scan(text).findings).toEqual([]);
  });

  it('still flags a number offered for contact after technical talk', () => {
    const text = 'The webhook is fixed.\nCall me on +1 202 555 0188 before the offer.';
    expect(scan(text).categories).toContain('contact');
  });
});

describe('payment work', () => {
  it('follows payment or bookkeeping talk to a method named with nothing but paying', () => {
    const text =
      'Crypto checkout for your store is live in the sandbox.\nCustomers can now pay with BTC and USDC alongside cards.';
    expect(scan(text).findings).toEqual([]);
  });

  it('still flags a method named with where or why to pay after such talk', () => {
    const text =
      'Crypto checkout for your store is live in the sandbox.\nPay me the rest in BTC instead of the milestone.';
    expect(scan(text).categories).toContain('payment');
  });
});

describe('addresses', () => {
  it('end at the last known ending, not at the next sentence', () => {
    const text = 'Before the offer, mail carla ponto mendes arroba caixa ponto example. Thanks!';
    expect(covered(text)).toContain('carla ponto mendes arroba caixa ponto example');
  });

  it('end at ". " when the next sentence starts with a country ending ("No", "It")', () => {
    const text = 'Before the offer, write to hana.obi@wavecut.example. No need to use the chat.';
    expect(covered(text)).toContain('hana.obi@wavecut.example');
    expect(covered(text).some((c) => c.includes('. No'))).toBe(false);
  });

  it('still go on over spaced dots when the whole address is spaced', () => {
    expect(covered('before you hire: jane @ site . co . uk')).toContain('jane @ site . co . uk');
  });

  it('read "at the rate" as "@"', () => {
    const text = 'Before the interview, mail rahul dot verma at the rate inbox dot example';
    expect(covered(text)).toContain('rahul dot verma at the rate inbox dot example');
  });

  it("leave a service's own senders alone", () => {
    expect(scan('The confirmation goes out from noreply@shop.example.').findings).toEqual([]);
  });
});

describe('sentences', () => {
  it('end after "don\'t." so a refusal does not reach into the next one', () => {
    const text = "Some headlines are in caps and some don't. Text me at 555-0176 before I hire.";
    expect(scan(text).categories).toContain('contact');
  });
});

describe('a contract that has started', () => {
  it('speaks for the next sentences of its paragraph', () => {
    const text = 'Thanks for accepting the offer! Our PM will reach out on Teams for the standups.';
    expect(scan(text).findings).toEqual([]);
  });

  it('not for a sentence that says it is before the contract', () => {
    const text =
      'You get a seat once the contract starts. Send me your phone number before we set up the contract.';
    expect(scan(text).categories).toContain('contact');
  });
});

describe('names with dots', () => {
  it('are names, not copy-writing words', () => {
    const text =
      'All my contact info is at lumenstudio.example/contact, message me there before the offer.';
    expect(scan(text).categories).toContain('contact');
  });

  it('"Tel." labels a number and does not end the sentence', () => {
    const text = 'Für das Impressum bitte: Tel. 030 23125 417, E-Mail info@holzbau.example.';
    expect(scan(text).findings).toEqual([]);
  });

  it('"(...)" elides and does not end the sentence', () => {
    const text =
      'To hire me outside Upwork, the proper way is Jobs > All Contracts > (...) > Request Contract Conversion.';
    expect(scan(text).findings).toEqual([]);
  });
});

describe('refusals', () => {
  it('reach along a list of refused things', () => {
    expect(
      scan("I won't be paying by bank transfer or any other way outside Upwork.").flagged,
    ).toBe(false);
  });

  it('stop at "unless"', () => {
    expect(
      scan("I can't hire you here unless we move the payments elsewhere after milestone one.")
        .flagged,
    ).toBe(true);
  });
});

describe('look-alike letters', () => {
  it('read a brand written wholly in Cyrillic look-alikes', () => {
    expect(scan('Ping me on \u0405\u043a\u0443\u0440\u0435 before the offer.').flagged).toBe(true);
  });

  it('leave real Russian words alone', () => {
    expect(scan('Спасибо, макет готов, посмотрите файл в этапе.').flagged).toBe(false);
  });
});

describe('a brand dressed up in a sentence typed plainly', () => {
  it('is an ask whatever work is named beside it, and marked as typed', () => {
    const text = 'For the webhook fix, send the rest by V E N M O.';
    expect(scan(text).flagged).toBe(true);
    expect(covered(text).some((c) => c.includes('V E N M O'))).toBe(true);
  });

  it('is read with the article typed before it ("a Z e l l e request")', () => {
    const text = 'just send me a Z e l l e request for the rest';
    expect(scan(text).flagged).toBe(true);
  });

  it('is no disguise when the whole sentence is typed that way (a keyboard, a paste)', () => {
    const wide =
      'Ｔｈｅ Ｚｅｌｌｅ ｂｕｔｔｏｎ ｉｎ ｔｈｅ ｃｈｅｃｋｏｕｔ ｗｉｄｇｅｔ ｉｓ ｍｉｓａｌｉｇｎｅｄ.';
    expect(scan('The Zelle button in the checkout widget is misaligned.').flagged).toBe(false);
    expect(scan(wide).flagged).toBe(false);
  });

  it('turns a word only sometimes a channel into one', () => {
    expect(scan('First calls I do over Sіgnаl only, before anything is signed here.').flagged).toBe(
      true,
    );
  });
});

describe('words in quotation marks', () => {
  it('are copy being worked on, while what the writer says around them is read', () => {
    const quotedOnly = 'The jingle goes "pay us with Zelle today" — can you sing it higher?';
    expect(scan(quotedOnly).flagged).toBe(false);
    const text = 'The jingle goes "pay us with Zelle today", and you can pay me on Venmo for it.';
    expect(covered(text).join(' ')).toContain('Venmo');
    expect(covered(text).join(' ')).not.toContain('Zelle');
  });

  it('still say what they say about the rules, the conversion or code', () => {
    const text =
      'Если захотите работать со мной напрямую, нажмите «Request Contract Conversion» в меню контракта.';
    expect(scan(text).flagged).toBe(false);
  });
});

describe('marks that cover exactly what was typed', () => {
  it('end a messenger link where its path ends, not at the words after it', () => {
    const text =
      'They want the invite discord.gg/pixel-forge on the last frame, before you hire me.';
    expect(covered(text)).toContain('discord.gg/pixel-forge');
    expect(covered(text).join(' ')).not.toContain('last frame');
  });

  it('still take in a number spaced out after a link', () => {
    expect(covered('msg me: wa . me / 1 646 555 0134 today')).toContain('wa . me / 1 646 555 0134');
  });

  it('end a number before a count after a comma ("555-0176, 7 days a week")', () => {
    const text = 'Before the offer, text me at 555-0176, 7 days a week.';
    expect(covered(text)).toContain('555-0176');
    expect(covered(text).join(' ')).not.toContain('555-0176, 7');
  });

  it('read a word after a number as a word, not a unit ("555 0163 msg me")', () => {
    expect(covered('my number is 555 0163 msg me before the interview')).toContain('555 0163');
    expect(scan('The nightly export takes 5550163 ms on the big table.').flagged).toBe(false);
  });
});

describe("copy pasted for a business's customers", () => {
  const faq = (aside: string): string =>
    `current version of the pricing FAQ:\n\nHow do I pay?\nBy card or PayPal at checkout. Teams can pay by bank transfer; email billing@gridly.example for our details.\n\n${aside}\n\nLet me know if it reads ok.`;

  it('is the business speaking: its ways of paying and its address', () => {
    expect(scan(faq('Can I get a refund?\nYes, within 14 days, minus a $5 fee.')).findings).toEqual(
      [],
    );
  });

  it("still hears the writer's own ask inside it", () => {
    expect(scan(faq('For the next milestone, send the money to my PayPal directly.')).flagged).toBe(
      true,
    );
    expect(scan(faq('Also text me at +1 617 555 0199 before you hire anyone.')).flagged).toBe(true);
  });

  it("reads the closing paragraph as the writer's", () => {
    const text =
      'Welcome email draft:\n\nHi {{name}}, thanks for joining!\nQuestions? Write to hello@shop.example.\n\nPS for you: pay the rest via Zelle to avoid the fees.';
    expect(covered(text)).toContain('Zelle');
  });
});

describe('words that only look like contact details', () => {
  it('"What\'s" opening a question is not the "whats" of WhatsApp', () => {
    expect(
      scan("What's the daily volume? If it grows, we just move it to ClickHouse.").flagged,
    ).toBe(false);
    expect(scan('me chama no whats antes do contrato').flagged).toBe(true);
  });

  it('an address as a value in a log line is data', () => {
    const log = 'INFO mailer: suppressed recipient=ana.k@corp.example';
    expect(scan(log).flagged).toBe(false);
    expect(scan('Before the offer, write to ana.k@corp.example please.').flagged).toBe(true);
  });
});

describe('a refusal of what was just said', () => {
  it('clears the sentence before it and its own', () => {
    expect(
      scan('Sie haben nach meiner IBAN gefragt, damit Sie direkt überweisen. Das mache ich nicht.')
        .flagged,
    ).toBe(false);
    expect(
      scan("You want me to pay the rest by wire outside the contract. I checked: it isn't allowed.")
        .flagged,
    ).toBe(false);
  });

  it('reaches no further back than one sentence', () => {
    const text =
      "Pay me the rest by Zelle outside the contract. The logo files are attached. I won't do that again.";
    expect(scan(text).flagged).toBe(true);
  });
});

describe('text sent in base64', () => {
  const encode = (s: string): string => Buffer.from(s).toString('base64');

  it('is read decoded where the message says to decode it, and marked on the run', () => {
    const run = encode('whatsapp +1 212 555 0184');
    const text = `decode this before the interview: ${run}`;
    expect(scan(text).categories).toContain('contact');
    expect(covered(text)).toContain(run);
  });

  it('is left encoded when nothing says to decode it', () => {
    expect(scan(`ref ${encode('whatsapp +1 212 555 0184')}`).flagged).toBe(false);
  });

  it('is read with the words before it on its line: test data stays test data', () => {
    const text = `Test fixture for the email validator, decode it in the spec: ${encode('test@example.com')}`;
    expect(scan(text).flagged).toBe(false);
  });

  it('reads a bounded number of runs in one message', () => {
    const run = encode('pay me on paypal now');
    const text = `decode these: ${Array.from({ length: 200 }, () => run).join(' ')}`;
    const findings = scan(text).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.start)).size).toBeLessThanOrEqual(16);
  });
});

describe('a brand typed one letter per line', () => {
  it('is joined and marked across its lines', () => {
    const text = 'send the rest through\nV\nE\nN\nM\nO\n@kira-designs\nnot through here pls';
    expect(scan(text).categories).toContain('payment');
    expect(covered(text).some((c) => c.startsWith('V\nE\nN\nM\nO'))).toBe(true);
  });

  it('leaves a list of single-letter options alone', () => {
    expect(scan('Options:\na\nb\nc\nd\nPick one.').flagged).toBe(false);
  });
});

describe('a message opening on the contract having started', () => {
  it('is written after it throughout, however many sentences follow', () => {
    const filler = Array.from({ length: 12 }, (_, k) => `The project file ${k} is on the drive.`);
    const text = `The contract went active an hour ago. ${filler.join(' ')} My cell for outages is 555-0144.`;
    expect(scan(text).flagged).toBe(false);
  });

  it('still flags paying outside further on', () => {
    const filler = Array.from({ length: 12 }, (_, k) => `The project file ${k} is on the drive.`);
    const text = `The contract went active an hour ago. ${filler.join(' ')} Pay the rest via PayPal, not here.`;
    expect(scan(text).categories).toContain('payment');
  });
});
