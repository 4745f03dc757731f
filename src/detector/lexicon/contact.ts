import type { LexiconLine } from './types';

// Contact channels and the verbs that move a conversation onto them.
export const CONTACT_LEXICON: readonly LexiconLine[] = [
  [
    ['CHANNEL'],
    'messaging app|messenger app|chat app|social network|social media|networking site|professional network|professional networking site|search company|code you can scan|scan to add me|scan this code|scan my code|on signal|via signal|signal me|my signal|on line app|line id|kakao|kakaotalk|threema|whatsapp|whats app|whatsap|watsapp|watsap|whatapp|wasap|wassap|whatsapp number|telegram|telegramm|телеграм*|телеграмм*|телега|skype|skipe|скайп*|discord|wechat|weixin|viber|вайбер|signal app|kik|snapchat|instagram|insta|facebook|messenger|linkedin|twitter|tiktok|email|e mail|mail|gmail|outlook|hotmail|yahoo|protonmail|proton mail|icloud|correo|courriel|почт*|емейл|имейл|phone|phone number|cell|cellphone|cell phone|mobile number|mobile|telefon|telefone|telefono|telephone|handynummer|telefonnummer|rufnummer|mobilnummer|handy|nomor hp|nomor|no hp|no wa|телефон*|номер*|calendly|google meet|zoom|zoom call|facetime|imessage|sms|text message|green app|green chat app|green chat|green messaging app|green messenger|the green one|plane app|paper plane app|paper plane|blue plane|the plane one|zap|zapzap|wa|whats|vatsap|ватсап*|вотсап*|вацап*|(the) green/blue/purple/yellow (chat/messaging/photo/bird) app/one/messenger|blue bird|bird app|photo sharing app|the gram|paper plane logo|plane logo|bird logo|green logo|private channel|private chat|private line|personal line|personal address|personal contact|personal contacts|work address|private address|more private channel|a different channel|another channel|other channel|different app',
  ],
  [
    ['CHANNEL', 'BACKWARDS'],
    'ppastahw|margelet|epyks|liame|liamg|drocsid|tahcew|margatsni|nideknil|kcals|ppa langis',
  ],
  [
    ['CHANNEL_WEAK'],
    'number|numero|numer|nummer|digits|line|signal|handle|username|user name|ig|dm|dms|chat|details|contact details|contact info|contact information|personal details|my details|site|website|page|profile photo|profile pic|portfolio image|calendar|pdf|address|contact|way to reach you',
  ],
  [
    ['CONTACT_ACT'],
    'add me|message me|msg me|ping me|hit me up|dm me|pm me|reach me|reach out|contact me|write me|write to me|write there|email me|mail me|whatsapp me|telegram me|skype me|find me|look me up|search my|scan the code|scan|drop me|send me your|give me your|give me a number|share your|what is your|whats your|my number is|here is my|heres my|you can reach|contact our|contact him|contact her|message him|message her|join my|tap this|chat with me|talk with me|talk to me|talk on|chat on|talk there|chat there|discuss there|continue there|go over|lets talk|lets chat|lets move|move this|move to|switch to|lets continue|talk by|talk about the job there|interview you on|do the interview|interview on|interview there|number i can text|text you|call you|ring you|message you|reach you|same username|same name|same handle|rings straight|add you|take this|take it|take the conversation|take this conversation|take this chat|take our chat|move our chat|move the conversation|continue the conversation|keep talking|talk more|leave me|leave my|get in touch|me passa|passa seu|passa teu|manda seu|manda teu|schick mir|schicken sie mir|gib mir deine|can reach',
  ],
  [
    ['CONTACT_ACT', 'CHANNEL'],
    'whatsapp me|whatsap me|telegram me|skype me|signal me|discord me|insta me|viber me|wechat me|email me|mail me|e mail me|gmail me|whatsapp karo|whatsapp kar do|my handle|my insta|my instagram|my telegram|my whatsapp|my skype|my discord|my email|my e mail|my mail|my phone|my number|my cell|my mobile|my personal|personal email|your number|your whatsapp|your email|your phone|your telegram|your discord|your skype|your digits|number to text|mi numero|mi correo|tu numero|meu numero|meu email|meu e mail|seu numero|teu numero|mon numero|ton numero|votre numero|meine nummer|meine handynummer|deine nummer|ihre nummer|mera number|meri email|nomor kamu|nomor saya|мой номер|ваш номер|твой номер|мой ник|apna whatsapp|apna number|apni email',
  ],
  [
    ['CONTACT_ACT'],
    'escribeme|escribime|escribenos|pasame|mandame|llamame|hablamos|agregame|anademe|contactame|me chama|me manda|me liga|me adiciona|chama no|ajoute moi|ecris moi|ecrivez moi|appelle moi|appelez moi|schreib mir|schreiben sie mir|geben sie mir|gib mir|rufe ich sie|rufe dich|rufe sie|anrufen|ruf mich an|rufen sie mich an|melde dich|kontaktiere mich|mujhe call|call karo|call karein|rabta|baat karte|baat karo|message karo|number do|number de do|number bhejo|minta nomor|hubungi saya|chat saya|ngobrol|kontak saya|напиш*|пиши*|добавь меня|добавьте меня|добавляйся|позвон*|свяжи*|перейд*|ник',
  ],
  [
    ['CONTACT_ACT', 'CHANNEL_WEAK'],
    'buzz me|give me a buzz|give me a shout|connect with me|connect on|hit me|holla|text me|txt me|text you|call me|call you|ring me|ring you|sms me|give me a call|give me a ring|give you a call|phone me|rufen sie mich an|ruf mich an|llamame|me liga|appelle moi|appelez moi|позвони|позвоните|call karo|call karein',
  ],
  [
    ['CONTACT_ASK'],
    'give me a number|give me your number|number i can text|number i can call|send me your digits|give me your digits|your digits|drop me your whatsapp|number i can text you on|give you a ring|my personal details|my direct contact details|direct contact details|my personal email|personal number|my private number|private email|your personal contact|your contact details|your contact info|a way to reach you|number where|email where|where i can reach you|way to reach you|your personal address|my personal address|your private email',
  ],
  [
    ['RELOCATE'],
    'there|over there|in there|on there|por ahi|por alla|por la|alli|ahi|la bas|la-bas|dort|da konnen wir|wahan|wahin|wahan par|disana|di sana|там|туда|lo vemos',
  ],
  [
    ['WORKSYSTEM'],
    'github|gitlab|bitbucket|repo|repository|jira|trello|asana|figma|google drive|dropbox|google analytics|search console|notion|docusign|hosting|cpanel|wordpress admin|back office|backoffice|shopify admin|access to',
  ],
  [
    ['CHANNEL'],
    'personal inbox|private inbox|direct line|my socials|socials|guasap|wasa|correo electronico|celular|movil|zap zap|mon portable|ton portable|votre portable|adresse mail|adresse e mail|mailadresse|e mail adresse|тг|тележк*|личк*|tele|email id|mail id|contact number',
  ],
  [
    ['CHANNEL_WEAK'],
    'coordonnees|kontaktdaten|контакт*|kontak|contato|contacto|datos de contacto|dados de contato',
  ],
  [['CONTACT_ACT'], 'скинь*|кинь|киньте|дай|дайте|дай мне|kasih nomor|share karo|bhej do'],
  [
    ['CONTACT_ASK'],
    'way to get hold of you|better way to reach you|way to contact you|way to get in touch|other way to reach you|better way to contact you|how to reach you|how i can reach you|how can i reach you|how do i reach you|how to get hold of you',
  ],
  [
    ['CONTACT_ACT'],
    'get hold of|get hold of you|get hold of me|we can chat|can we chat|we could chat|we can talk|can we talk|we could talk',
  ],
  [['CONTACT_ACT', 'CHANNEL_WEAK'], 'shoot/drop/send me a (quick) text|shoot me a text message'],
  [['CHANNEL'], 'whatsappnya|wanya|nomornya|emailnya|telegramnya|ignya|instagramnya|kontaknya'],
  // Contact verbs per language: give me / send me / we talk / let's continue on (a channel).
  [
    ['CONTACT_ACT'],
    'donne moi|donnez moi|envoie moi|envoyez moi|passe moi|file moi|laisse moi|enviame|manda ai|sende mir|on discute|on parle|on en parle|conversamos|a gente conversa|falamos|wir reden|wir sprechen|baat karenge|общаться|пообщаемся|пообщаться|общаемся|созвонимся|созвониться|спишемся|переписываться|на связи|pindah ke|ngobrol di|chat di|kontak di|hubungi di|keep chatting|move it to|move over to|switch over to|hablamos por|pasamos a|falamos no|conversamos no|vamos pro|bora pro|on passe sur|wechseln zu|перейдем в|перейдём в|пишите в|давайте в',
  ],
  [
    ['CONTACT_ACT', 'CONTINUE'],
    'lanjut di|lanjut lewat|lanjut via|seguimos por|seguimos en|continuamos por|continua no|continuamos no|on continue sur|continuons sur|weiter auf|weiter uber|продолжим в',
  ],
  [
    ['OFFPLATFORM', 'CONTINUE'],
    'seguimos/continuamos/trabajamos/hablamos/seguir/continuar por fuera',
  ],
  // French imperatives are written hyphenated and read as one word: ajoute-moi, écris-moi.
  [
    ['CONTACT_ACT'],
    "ajoute-moi|ajoutez-moi|écris-moi|écrivez-moi|appelle-moi|appelez-moi|donne-moi|donnez-moi|envoie-moi|envoyez-moi|passe-moi|file-moi|contacte-moi|contactez-moi|texte-moi|follow me|add me as a friend|friend request|we'll chat|we'll talk|well chat|well talk|tambahkan saya|tambah saya|add saya|add aku|tambahin aku|tambahin saya|follow saya|dm saya",
  ],
  [['CHANNEL'], 'fb|face book'],
  [
    ['CONTACT_ASK'],
    'pass along your contact|send over your contact|share your contact|give me your contact|pass me your contact|send me your contact',
  ],
  [['CONTACT_ACT', 'CHANNEL_WEAK'], 'add me on|find me on|follow me on|add me at|look me up on'],
  [
    ['CONTACT_ACT'],
    "dar tu|darme tu|dame tu|pasarme tu|mandarme tu|enviarme tu|llamarte|te llamo|escribirte|te escribo|contactarte|te ligo|te ligar|ligar pra voce|te appeler|je t'appelle|dich anrufen|ruf ich dich an|позвоню тебе|позвоню вам|telepon kamu|nelpon",
  ],
  [
    ['CHANNEL'],
    'sk ype|sky pe|tele gram|teleg ram|what sapp|whats ap|insta gram|dis cord|g mail|gm ail',
  ],
  [
    ['CHANNEL'],
    'quicker/faster/easier/better/direct channel/app|my own video/meeting/call/zoom link|on my own video/meeting/call/zoom link|my video/meeting/call/zoom/booking link',
  ],
  [
    ['CONTACT_ACT', 'CHANNEL'],
    'reply to my email|reply to my mail|reply on my email|answer my email|respond to my email',
  ],
  [['CONTACT_ACT'], 'reply to me|respond to me'],
  // Pointing at a way to look the person up instead of naming a channel.
  [
    ['CONTACT_ASK'],
    'google my name|google me|search my name|search for my name|look up my name|look my name up|find my number|find my email',
  ],
  [
    ['CONTACT_ACT', 'CHANNEL_WEAK'],
    'call the number|call my number|text the number|ring the number|dial the number|whatsapp the number',
  ],
  [['CONTACT_ACT'], 'search for my|look up my'],
  [['CHANNEL'], 'photo app|the photo app|picture app|video app|short video app'],
  [
    ['CONTACT_ACT', 'CHANNEL'],
    'aapka number|aap ka number|apka number|tumhara number|number mil sakta|number milega|number de sakte|number share karo|ваш телефон|твой телефон|вашу почту|твою почту|ваш email|ваш имейл|ваш телеграм|твой телеграм|ваш ватсап|твой ватсап|minta nomor|minta nomor hp|minta nomornya|minta kontak|minta kontaknya|minta wa|minta email|minta no wa|minta no hp',
  ],
  // Swapping details, said as one act.
  [
    ['CONTACT_ASK'],
    'swap/exchange/trade/share numbers/emails/contacts/details/socials|exchange phone numbers|exchange contact info|exchange contact details|swap whatsapp|exchange whatsapp|intercambiar numeros/contactos/correos|trocar contatos/numeros/emails|echanger nos numeros/coordonnees|nummern austauschen|kontakte austauschen|обменяться контактами|обменяемся контактами|обменяемся номерами|tukar nomor|tukeran nomor|tukar kontak|number exchange karo|number exchange kar lete',
  ],
  [['ELSEWHERE', 'CHANNEL'], 'somewhere more private|somewhere private|a more private place'],
  // "Somewhere quieter" alone is a place to record or take a call; with talking, a way out.
  [
    ['ELSEWHERE', 'CHANNEL', 'CONTACT_ACT'],
    'talk/chat/continue/move somewhere quieter|somewhere quieter to talk/chat|somewhere quieter we could/can talk/chat|reach you somewhere quieter|we can chat/talk somewhere quieter',
  ],
  [['CONTACT_ACT'], 'continue the chat|continue our chat|continue chatting|continue talking'],
  [['CHANNEL'], 'linktr.ee|linktree|link in bio|link in my bio|my bio link|all my links'],
  [['CONTACT_ACT', 'CHANNEL'], 'install/download telegram/whatsapp/signal/viber/wechat/skype'],
  [
    ['CONTACT_ACT'],
    'move/take/shift our/this/the conversation/conversations/talks/discussion|move/take/shift (the) conversation',
  ],
  [['CHANNEL'], 'microsoft teams|ms teams|on teams|via teams|over teams|teams chat|teams call'],
  [['CONTACT_ACT'], 'stay in touch|keep in touch'],
  // An outside hiring system: "apply at our careers page".
  [
    ['CHANNEL'],
    'our own portal|our hiring portal|our careers page|our career page|our careers site|our own hiring system|our applicant portal',
  ],
  [['CONTACT_ACT'], 'apply at|apply on|apply through|apply via|register at|sign up at'],
  // Chat shorthand: "whats ur number", "add me on tg", "on wa".
  [
    ['CONTACT_ASK'],
    'whats ur number/email/whatsapp/telegram/skype/wa/tg|what is ur number/email|give me ur number/email|send me ur number/email|send ur number/email|drop ur number/email',
  ],
  [['CHANNEL'], 'tg|on wa|via wa'],
  // Found by the independent sets bench/fresh-8.jsonl to bench/fresh-12.jsonl: Russian slang for
  // Telegram, Turkish suffixed names, asking for another app, "write me" and "send it" in more
  // languages, German contact words.
  [
    ['CHANNEL'],
    'телег*|whatsapptan|whatsappdan|whatsappta|telegramdan|telegramda|telegrama|another app you use for messaging|another app for messaging|another messaging app|other messaging app|somewhere else we can connect|somewhere else to connect|connect elsewhere|connect somewhere else|sur signal|auf signal|no signal app|impressum',
  ],
  [
    ['CONTACT_ACT'],
    'пиши|напиши|пишите|напишите|yazabilir misiniz|bana yaz|yazin|ajoutez moi|pe aa jao|par aa jao|meld dich|bhej dein|bhejiye|bhejo|melden sie sich',
  ],
  [
    ['CONTACT_ASK'],
    'numarami|numaramı|numaram|meine kontaktdaten|kontaktdaten|apni skype id|apna phone number|apna number',
  ],
  // Found by the independent sets bench/fresh-13.jsonl to bench/fresh-29.jsonl (README, accuracy),
  // one entry per concept: the green, purple, blue-bird and paper-plane apps in many languages,
  // asks for a cell, an id or 'my contact' sent another way, where to find the other person,
  // booking or joining somewhere to talk.
  [
    ['CONTACT_ASK'],
    'somewhere i can ping you|somewhere i can reach you|somewhere i can message you|somewhere else i can reach you|somewhere to ping you|give me your cell|send me your cell|whats your cell|your cell number|your cell phone|email aku|emailku|email saya|nomor aku|nomorku|wa aku|wa saya|te mando meu contato|meu contato|number bhej dunga|number main bhej|filer ton num|filer ton numero|ton num|file moi ton|my contact info is|all my contact info|my contact details are|my contact info|my id is|my skype id|skype id|my handle is|email id milega|apka email|aapka email|apka number|aapka number|email id do|number milega|meine daten privat|mes coordonnees en prive|apna pata alag se|apni details alag se|my details separately|mera whatsapp number|mera number le lein|number le lein|number le lo|way to reach me|ways to reach me|in my portfolio bio|in my bio',
  ],
  [
    ['CONTACT_ACT'],
    'ping you|weiterreden|weiterschreiben|weiter reden|weiter schreiben|hop into my|hop on my|careers form|our own careers form|own careers form|submit your application at|vamos conversar|on pourrait continuer|seguimos hablando|baat karein|baat kar lein|продолжим|japri|me diz onde te acho|ou je peux vous joindre|dites moi ou|dime donde te puedo encontrar|kahan milte ho|kahan milte hain|bisa dihubungi di mana|скажите где|where to find me|tell you where to find me|where the rest of my clients|join our|hop into our|moving all candidates to|moving candidates to',
  ],
  // Booking a slot is also booking the work ("book" alone is CONTINUE).
  [['CONTACT_ACT', 'CONTINUE'], 'book a slot|grab a slot|grab any slot|pick a slot'],
  [['CHANNEL', 'CONTACT_ACT'], 'plane me|message me on plane|text me on plane'],
  [
    ['CHANNEL'],
    'app verdinho|aplicativo verdinho|verdinho|hara wala app|hare wala app|hara app|pesawat kertas|logonya pesawat|avion en papier|lavion en papier|бумажный самолет*|в plane|на plane|di plane|pe plane|auf plane|por plane|no plane|the bird site|bird site|the purple app|purple app|burung biru|aplikasi burung biru|pajarito azul|app del pajarito|pajaro azul|passarinho azul|oiseau bleu|blauer vogel|синяя птица|sabz wali app|sabz app|hari wali app|в зеленом приложении|в зелёном приложении|зеленое приложение|зелёное приложение|lnkdn|linkdn|wapp',
  ],
  [['CHANNEL_WEAK'], 'slack|teams|microsoft teams|google chat'],
  [['CONTACT_ACT', 'CONTINUE'], 'book a call|book a call there|book a call with me'],
  // Session 6: families found by bench/fresh-30..39 (see generalisation.test.ts).
  [
    ['CHANNEL'],
    'green bubble|green speech bubble|green chat bubble|little ghost|the ghost app|ghost app|app with the ghost',
  ],
  [
    ['CONTACT_ACT'],
    'write to her|write to him|write her|write him|reach her|reach him|text her|text him',
  ],
  // An address described in words: "my name, then the at sign, then ...", "at our shop's domain".
  [
    ['CHANNEL'],
    'the at sign|then the at|at the domain of|at our web domain|at my web domain|shops web domain',
  ],
  // Session 7: "I'll send u my digits", "my address is ...", Italian asks, "<app> only".
  [
    ['CONTACT_ACT'],
    'my address is|my email address is|mi lasci|lasciami|dammi il tuo|mandami il tuo|scrivimi|contattami|chiamami|send me a personal invite|send me an invite to your|invite me to your',
  ],
  [['CONTACT_ASK'], 'send you/u my digits/number/handle/contact/whatsapp/email'],
  // A form of one's own to carry on through: "apply through our form: https://...", "fill it
  // in there". Here a form is where to write, not work on one.
  [
    ['CONTACT_ACT'],
    'apply (properly/directly) through/via/on our form/website/site|apply (properly/directly) through our own|fill in the form|fill out the form|fill in my form|fill out my form|fill it in there|booking form|leave your number in the form',
  ],
  [
    ['OFFPLATFORM', 'CHANNEL'],
    'on telegram only|on whatsapp only|only on telegram|only on whatsapp|only via telegram|only via whatsapp|only through telegram|only through whatsapp',
  ],
  // Session 7, second round: apps described rather than named.
  [['CHANNEL'], 'с самолетиком|самолетик|app verde|aplicativo verde'],
  [['CONTACT_ACT'], 'my contact form|a direct contact form|direct contact form'],
  [['CONTACT_ACT', 'CHANNEL'], 'japri'],
  [['CHANNEL'], 'green icon app|greenicon app|(the) app with the camera icon|camera icon app'],
  [['CONTACT_ASK'], 'give one missed call|give a missed call|give me a missed call'],
  // Session 9 (bench/fresh-64 to fresh-69): misspelt asks, handles given as "my IG is",
  // apps described by their icon, an agency inbox.
  [['CONTACT_ACT'], 'sent me your|send me youre|sent me youre|sent me ur'],
  [['CONTACT_ACT', 'CHANNEL'], 'ur/your watsap/whatsap/watsapp/whatapp/wattsapp'],
  [['CONTACT_ASK'], 'my ig is'],
  [
    ['CHANNEL'],
    '(the) app with the green icon|the green app|paper-plane app|(the) blue bird app|(the) little ghost app',
  ],
  [['CONTACT_ACT', 'CHANNEL'], 'to my inbox|to my agency inbox|to my personal inbox'],
  [['CONTACT_ACT', 'CHANNEL'], 'use my signal|use my whatsapp|use my telegram'],
  [
    ['CONTACT_ACT'],
    'contact you by|contact you on|contact you via|reach you by|reach you on|call you on',
  ],
  [
    ['CONTACT_ACT'],
    'add our/my manager/recruiter/assistant on|add our hr on|add our team on|add us on|schicke mir|schickt mir|baat kar lete hain|baat karte hain',
  ],
  [['CHANNEL'], 'telegram-id|skype-id|discord-id|whatsapp-id|hare wale app|green wala app'],
  [
    ['CONTACT_ASK'],
    '(a) phone number in your proposal|(your) number in your/the proposal|contact details in your proposal|(your) email in your proposal',
  ],
  [['CONTACT_ACT'], 'give me a way to talk to you'],
  [['CHANNEL'], 'the one with the blue bird|the app with the blue bird'],
  [
    ['CONTACT_ACT'],
    'all further correspondence|further correspondence|correspondence will take place',
  ],
  [['ELSEWHERE', 'CONTACT_ACT'], 'where else can i find/reach you|where else can we talk'],
  [['CONTACT_ASK'], 'what digits|which digits|what number is best|which number is best'],
  [['CHANNEL'], 'threema-id|purple calling app'],
  [['CONTACT_ACT'], 'make we yarn|make we talk'],
  [['CONTACT_ASK'], 'drop your gamer tag|your gamer tag|gamer tag'],
  // Session 10, round 9 (bench/fresh-86 to fresh-89).
  [
    ['CONTACT_ASK', 'CHANNEL'],
    'apna/apni/apne email/mail/number/nambar/whatsapp/contact de/dein/dain/do/dijiye/dena/bhejo/bhejein',
  ],
  [['CHANNEL'], 'googles mail|google mail|googles email|googles mail service|skyp|skpe'],
  // Session 11, round 11 (bench/fresh-94 to fresh-97).
  // Only said of the two people: "the open-rate jump on email 3" is no move.
  [
    ['CONTACT_ACT'],
    'we hop/jump on/onto|lets hop/jump on/onto|to hop/jump on/onto|hop/jump over to',
  ],
  [['CHANNEL'], 'вконтакте|вконтакт*|во вконтакте|в вк|vkontakte'],
  // The writer's own site as the way to reach them: "the contact form on my site".
  [
    ['CONTACT_ACT', 'RELOCATE'],
    'contact form/page on my (own) site/website/portfolio|the form on my (own) site/website/portfolio|my sites/websites contact form/page|form at my (own) site/website',
  ],
  [['CONTACT_ACT'], 'найди меня|найдите меня|пиши мне туда'],
  [
    ['CONTACT_ASK'],
    'оставь/оставьте/скинь/скиньте/дай/дайте (свой/свою/ваш/вашу) номер/почту/телефон/контакты',
  ],
  [
    ['CONTACT_ACT', 'RELOCATE'],
    'en discute la-bas|discuter la-bas|en parle la-bas|en parler la-bas|parler la-bas|on parle la-bas',
  ],
  // Session 11, round 12 (bench/fresh-98 to fresh-101).
  [
    ['CONTACT_ACT'],
    'careers portal|careers page|our careers site|apply through/on/via our site/portal/page',
  ],
  [['CONTACT_ACT'], 'get back to you by/on/via|call you back|ring you back|ring you on'],
  [['CONTACT_ASK'], 'a number i can ring/call/text/reach you on/at'],
  // Session 11, round 13 (bench/fresh-102 to fresh-105).
  [['CONTACT_ASK'], 'want my digits/number/cell/whatsapp|need my digits/number/cell'],
  [['CHANNEL'], 't dot me|wa dot me|discord dot gg'],
  // Session 12, round 15 (bench/fresh-108 to fresh-111).
  [['CONTACT_ACT', 'CHANNEL_WEAK'], 'text/call/ring the/that/this number/digits'],
  // Session 12, round 17 (bench/fresh-116 to fresh-119).
  [['CONTACT_ACT'], 'gimme ur/your|give me ur|erreichen sie mich|erreichst du mich'],
  [['CHANNEL'], 'telefonisch|per telefon'],
  [['CHANNEL_WEAK'], 'personal digits'],
  // Phrases spelled exactly as in the lines above merge with them: these also say "there".
  [
    ['CONTACT_ACT', 'RELOCATE'],
    'write there|message there|text there|email there|talk there|chat there',
  ],
  // Session 12, round 18 (bench/fresh-120 to fresh-122).
  [['CHANNEL'], 'chat on signal|talk on signal|text on signal'],
  [['CHANNEL', 'CONTINUE'], 'continue on signal'],
  [['CHANNEL', 'RELOCATE'], 'move to signal'],
  // Session 13, from the untuned round 19 (bench/fresh-123 to fresh-125).
  [
    ['CONTACT_ACT'],
    "let's use|lets use|let us use|let's switch to|lets switch to|let's hop on|lets hop on",
  ],
  [
    ['NEUTRAL'],
    'my personal finance/finances/budget/project/projects/opinion/taste/experience/preference/favorite/favourite/style/life/reasons/view/views/goal/goals/notes/best/record/growth/development',
  ],
  [
    ['CONTACT_ASK'],
    'drop/leave/text/give (you/u) my digits/number/cell|drop/leave (you/u) my whatsapp/email/handle',
  ],
  [
    ['CONTACT_ASK'],
    'qual (e) (o) seu/teu email/e-mail/numero/whatsapp/zap/telefone/contato/insta|cual es tu/su email/correo/numero/whatsapp/telefono|quel est ton/votre email/numero/whatsapp',
  ],
  [['CONTACT_ACT'], 'quero conversar|podemos conversar'],
  [
    ['NEUTRAL'],
    'reply/replied/respond/responded to the/my/your/our/this proposal/offer/message/invite/invitation',
  ],
  [
    ['CONTACT_ASK'],
    'tell me your/ur handle/username/number/digits/email/whatsapp/telegram/discord/skype/insta/contact/contacts/socials',
  ],
  // Session 13, round 20 (bench/fresh-126 to fresh-129).
  [['CHANNEL'], 'w-app|w app|whats-app'],
  [['CONTACT_ACT', 'CHANNEL'], 'my w-app|my wapp|my w app|ruf mich|rufen sie mich|ruft mich'],
  [['CONTACT_ACT'], 'text/ping our coordinator/recruiter/assistant/agent|text/ping our manager'],
  [['CONTACT_ACT', 'CHANNEL'], 'switch to signal|go to signal'],
  // Session 13, round 22 (bench/fresh-134 to fresh-137).
  [
    ['CONTACT_ASK'],
    'leave me a/your number|leave me your digits|a number i can try|number i can try',
  ],
  [['CONTACT_ASK'], 'otra forma/manera de hablar/contactarte/comunicarnos|algun otro medio'],
  [['CONTACT_ASK'], 'koi aur rabta|apna rabta|rabta de dein|rabta dein|rabta de do'],
  // Session 13, round 23 (bench/fresh-138 to fresh-141).
  [['CONTACT_ASK'], 'drop your cell/number/digits/phone (here)|drop ur cell/phone'],
  [['NEUTRAL'], 'phone-screen|phone screen'],
  [['CONTACT_ACT', 'CHANNEL'], 'interviews/interview on signal'],
  [['CONTACT_ASK'], 'your signal number'],
  [['CHANNEL'], 'my signal number|signal number'],
  [['CONTACT_ASK'], 'swap/exchange/trade signal/whatsapp/telegram numbers/handles'],
  // Session 13, round 26 (bench/fresh-150 to fresh-153).
  [
    ['CONTACT_ASK'],
    'call me at the shop/office/store|call the shop/office/store|ring the shop/office/store',
  ],
  // Session 14, round 30 (bench/fresh-166 to fresh-169).
  [
    ['CONTACT_ASK'],
    'best number to reach you|the best number to reach you on|best number to call you|best way to reach you|ihre handynummer|deine handynummer|ihre telefonnummer|deine telefonnummer|ihre nummer|deine nummer',
  ],
  [['PRECONTRACT'], 'vor dem vertragsangebot|vor dem angebot|vor vertragsangebot'],
  [['CHANNEL'], 'tell a gram|what s app'],
  [['CHANNEL'], 'wechat id|my wechat id'],
  [['CONTACT_ACT', 'CHANNEL'], 'add my wechat|add my wechat id|add me on wechat'],
  // Session 15, round 33 (bench/fresh-178 to fresh-181).
  [
    ['CONTACT_ASK'],
    'send me your real contact details/info/number/email/details|your real contact details/info/number/email/details|your actual contact details/number|how we/i can reach you (directly)|how to reach you directly|how can we/i reach you (directly)|reach you directly',
  ],
  // Session 15, round 34 (bench/fresh-182 to fresh-185).
  [
    ['CONTACT_ASK'],
    'where else you hang out (online)|where you hang out online|where else can i find you|where else are you',
  ],
  [
    ['CONTACT_ASK'],
    'a/the good/best number to ring/call/text/reach you (on/at)|good/best number to ring/call/text/reach you (on/at)',
  ],
  // Session 15, round 35 (bench/fresh-186 to fresh-189).
  [['CONTACT_ACT', 'PAYVERB'], 'send it/them to me through/on/via/over'],
  [['RELOCATE', 'CHANNEL'], 'on/in the other app'],
  // Session 15, round 36 (bench/fresh-190 to fresh-193).
  [['CONTACT_ASK'], 'where else i can find you'],
  [['CHANNEL'], 'encrypted chat app/apps|encrypted messenger|encrypted messaging app'],
  // Session 16, round 38 (bench/fresh-197 to fresh-200).
  [['CHANNEL'], 'самолетик*|синим самолет*|синий самолет*'],
  [['CONTACT_ACT', 'CHANNEL'], 'personal inbox address|your personal inbox|your inbox address'],
  // Session 16, round 39 (bench/fresh-201 to fresh-204).
  [['CONTACT_ASK'], 'my gmail/email is the same as|same as my username here'],
  [['CONTACT_ASK'], 'te paso mis datos|te mando mis datos|te passo meus dados'],
  // Session 18, round 44 (bench/fresh-220 to fresh-223).
  [['CONTACT_ASK'], 'leave me some digits|drop me some digits|some digits to reach you'],
  [['CHANNEL'], 'aplikasi hijau|app hijau|apk hijau|aplikasi warna hijau'],
  // Session 18, round 46 (bench/fresh-228 to fresh-231).
  [['CHANNEL'], 'uber signal sprechen|uber signal schreiben|uber signal telefonieren'],
  [['CONTACT_ASK'], 'zaati number|zati number|apna number de dein|number de dein'],
  // Session 19, round 48 (bench/fresh-236 to fresh-239).
  [
    ['CONTACT_ASK'],
    'laissez-moi vos coordonnees|laisse-moi tes coordonnees|donnez-moi vos coordonnees|donne-moi tes coordonnees|vos coordonnees perso|tes coordonnees perso',
  ],
  // Session 19, round 49 (bench/fresh-240 to fresh-243).
  [['CONTACT_ACT'], 'пришлю в|скину в|пришлю тебе в|скину тебе в'],
  // Session 19, round 51 (bench/fresh-248 to fresh-251).
  [['CONTACT_ASK'], 'number so we/i can call|phone number so we/i can call'],
  // Session 19, round 52 (bench/fresh-252 to fresh-255).
  [['CHANNEL'], 'appli verte|lappli verte'],
  [['CONTACT_ASK'], 'envoie-moi ton identifiant|envoyez-moi votre identifiant|ton identifiant sur'],
  // Session 19, round 53 (bench/fresh-256 to fresh-259).
  [
    ['CONTACT_ACT'],
    'je te file mes coordonnees|je te file mon numero|ich geb dir meine daten|ich gebe dir meine daten',
  ],
  [['CHANNEL'], 'wtsp'],
  [['CONTACT_ACT'], 'donde podamos hablar|podamos hablar'],
  // Session 20, round 54: LINE, the app, in Indonesian chat.
  [['CHANNEL'], 'add line saya|line saya|id line saya|add line aku|line aku|id line aku'],
  // Session 20, round 55.
  [['CONTACT_ACT'], 'text your name/details/info/number|grab my contact'],
  // Session 20, round 56.
  [['CONTACT_ACT'], 'ping/message/add/text him/her on|give him/her a ring/call/buzz'],
  [['CHANNEL'], 'private nummer|privatnummer'],
  // Session 20, round 57.
  [['CHANNEL'], 'my own video room|video room|my zoom room|my own zoom'],
  [['CONTACT_ACT'], 'send your cv/resume/portfolio/samples to|send me your cv/resume'],
  // Session 21, round 59.
  [['CHANNEL'], 'adresse perso|adresse personnelle|mail perso|email perso|ton/votre 06/07'],
  [['CONTACT_ACT'], 'je vous/te recontacte sur'],
  [['CONTACT_ACT', 'CHANNEL'], 'drop a/your (personal) phone number'],
  // Session 21, round 60.
  [['CHANNEL'], 'that photo app|my own inbox'],
  [['CONTACT_ACT', 'CHANNEL'], 'slide into your dms|slide into your dm'],
  [['CONTACT_ACT'], 'ill reply from|i will reply from'],
  // Session 21, round 61.
  [['CONTACT_ASK'], 'whats ur/your ig|ur/your ig handle'],
  [['CHANNEL'], 'the usual apps|any of the usual apps|which/what app do you (actually) use'],
  // Session 21, round 64.
  [['CONTACT_ASK'], 'whats a good number for you|a good number for you'],
  [['CONTACT_ACT'], 'metase al grupo|unete al grupo|entra al grupo'],
  // Session 22, round 66 (bench/fresh-308 to fresh-311).
  [['CHANNEL'], 'nummere|handynummere'],
  [['CONTACT_ACT'], 'telefoniere'],
  [['CHANNEL'], 'our team workspace|into our workspace'],
  // Session 22, round 67 (bench/fresh-312 to fresh-315).
  [['CONTACT_ACT'], 'text anytime|text me anytime|call anytime|call me anytime'],
  [
    ['CHANNEL'],
    'green phone app|cuadrito verde|la app verde|a private group|private group|mon 06|mon 07|jte file mon|je te file mon|my own calendar|on my own calendar',
  ],
  // Session 22, round 68 (bench/fresh-316 to fresh-319).
  [['CONTACT_ASK'], 'whats the best number for you|best number for you'],
  // Session 22, round 69 (bench/fresh-320 to fresh-323).
  [
    ['CHANNEL'],
    'blue business network|the blue business network|contact form here|my contact form',
  ],
  [['CONTACT_ACT'], 'fill it in|fill it out'],
  // Session 22, round 71 (bench/fresh-328 to fresh-331).
  [['CONTACT_ASK'], 'personal site or contact form'],
  [['CONTACT_ASK'], 'скинь свой|скиньте свой'],
  [['CHANNEL'], 'the contact form goes straight to me|contact form goes straight to me'],
  [['CONTACT_ACT'], 'shoot me a msg/message/text/dm'],
  // Session 23, round 72 (bench/fresh-332 to fresh-335).
  [
    ['CONTACT_ASK', 'CHANNEL_WEAK'],
    'un numero ou vous/te joindre|un numero pour vous/te joindre|numero dove scriverti/chiamarti/sentirti|hai un numero|ha un numero|tens algum numero|tem algum numero|algum numero para onde te possa ligar',
  ],
  // Session 23, round 73 (bench/fresh-336 to fresh-339).
  [['CONTACT_ACT', 'CHANNEL_WEAK'], 'toss me a text/call/message/line'],
  [['CHANNEL'], 'linkdin|linkedn|linkdin msgs'],
  [['CONTACT_ACT'], 'take the interview/intervew/call/chat to'],
  [['CONTACT_ACT', 'RELOCATE'], 'my number is on/in my/the'],
  // Session 23, round 74 (bench/fresh-340 to fresh-343).
  [['CONTACT_ASK'], 'give me a handle|a handle i can find you under|handle i can find you'],
  [['CHANNEL'], 'contact page on my site|the contact page on my|handynr|deine handynr'],
  // Session 23, round 75 (bench/fresh-344 to fresh-347).
  [
    ['CHANNEL'],
    'do you have signal|are you on signal|you on signal|nomor pribadi saya|itu nomor pribadi|imo number|your imo',
  ],
  [
    ['CONTACT_ASK'],
    'can you share a number|share a number and a personal address|number exchange karke|number exchange kar|number exchange karte',
  ],
  [['CONTACT_ACT'], 'reach my assistant|message my assistant|text my assistant'],
  [['CHANNEL'], 'the channel i use for|on the channel i use'],
  // Session 23, round 76 (bench/fresh-348 to fresh-351).
  [['CHANNEL'], 'id line|id linenya|my community|the form asks for your whatsapp'],
  [['CONTACT_ACT'], 'video call on my own|a call on my own'],
];
