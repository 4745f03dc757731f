import type { LexiconLine } from './types';

// Contact channels and the verbs that move a conversation onto them.
export const CONTACT_LEXICON: readonly LexiconLine[] = [
  [
    ['CHANNEL'],
    'messaging app|messenger app|chat app|social network|social media|networking site|professional network|professional networking site|search company|code you can scan|scan to add me|scan this code|scan my code|on signal|via signal|signal me|my signal|on line app|line id|kakao|kakaotalk|threema|whatsapp|whats app|whatsap|watsapp|watsap|whatapp|wasap|wassap|whatsapp number|telegram|telegramm|телеграм*|телеграмм*|телега|skype|skipe|скайп*|discord|wechat|weixin|viber|вайбер|signal app|kik|snapchat|instagram|insta|facebook|messenger|linkedin|twitter|tiktok|email|e mail|mail|gmail|outlook|hotmail|yahoo|protonmail|proton mail|icloud|correo|courriel|почт*|емейл|имейл|phone|phone number|cell|cellphone|cell phone|mobile number|mobile|telefon|telefone|telefono|telephone|handynummer|telefonnummer|rufnummer|mobilnummer|handy|nomor hp|nomor|no hp|no wa|телефон*|номер*|calendly|google meet|zoom|zoom call|facetime|imessage|sms|text message|green app|green chat app|green chat|green messaging app|green messenger|the green one|plane app|paper plane app|paper plane|blue plane|the plane one|zap|zapzap|wa|whats|vatsap|ватсап*|вотсап*|вацап*|(the) green/blue/purple/yellow (chat/messaging/photo/bird) app/one/messenger|blue bird|bird app|photo sharing app|the gram|paper plane logo|plane logo|bird logo|green logo|private channel|private chat|private line|personal line|personal address|personal contact|personal contacts|work address|private address|more private channel|a different channel|another channel|other channel|different app',
  ],
  [['CHANNEL'], 'ppastahw|margelet|epyks|liame'],
  [
    ['CHANNEL_WEAK'],
    'number|numero|numer|nummer|digits|line|signal|handle|username|user name|ig|dm|dms|chat|details|contact details|contact info|contact information|personal details|my details|site|website|page|profile photo|profile pic|portfolio image|calendar|pdf|address|contact|way to reach you',
  ],
  [
    ['CONTACT_ACT'],
    'add me|message me|msg me|ping me|hit me up|dm me|pm me|reach me|reach out|contact me|write me|write to me|write there|email me|mail me|whatsapp me|telegram me|skype me|find me|look me up|search my|scan the code|scan|drop me|send me your|give me your|give me a number|share your|what is your|whats your|my number is|here is my|heres my|you can reach|contact our|contact him|contact her|message him|message her|join my|tap this|chat with me|talk with me|talk to me|talk on|chat on|talk there|chat there|discuss there|continue there|go over|lets talk|lets chat|lets move|move this|move to|switch to|lets continue|talk by|talk about the job there|interview you on|do the interview|interview on|interview there|give me a number|number i can text|text you|call you|ring you|message you|reach you|same username|same name|same handle|rings straight|add you|take this|take it|take the conversation|take this conversation|take this chat|take our chat|move our chat|move the conversation|continue the conversation|keep talking|talk more|leave me|leave my|get in touch|me passa|passa seu|passa teu|manda seu|manda teu|schick mir|schicken sie mir|gib mir deine|can reach',
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
    'there|over there|in there|on there|por ahi|por alla|por la|alli|ahi|la bas|dort|da konnen wir|wahan|wahin|wahan par|disana|di sana|там|туда|lo vemos',
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
  [
    ['CONTACT_ACT'],
    'скинь*|кинь|киньте|дай|дайте|дай мне|kasih|kasih nomor|minta|share karo|bhej do|de do|dedo',
  ],
];
