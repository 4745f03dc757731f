import type { LexiconLine } from './types';

// Context that turns a risky-looking sentence benign: refusals, the rules, technical work.
export const BLOCKER_LEXICON: readonly LexiconLine[] = [
  [
    ['NEG'],
    'cant|cannot|can not|wont|will not|dont|do not|does not|doesnt|didnt|never|not allowed|not permitted|shouldnt|should not|must not|mustnt|rather not|id rather not|refuse|declined|decline|not going to|no puedo|no podemos|nunca|no acepto|nao posso|nao podemos|nao aceito|ne peux pas|ne pouvons pas|je ne|ne pas|jamais|kann nicht|konnen nicht|kann keine|konnen keine|nehme keine|akzeptiere keine|darf keine|durfen keine|nicht|niemals|не могу|не можем|не принимаю|никогда|tidak bisa|tidak dapat|tidak mau|nggak bisa|gak bisa|jangan|mat karo|mat bhejo|kann (leider/wirklich/ich) keine/nicht|konnen (leider/wir) keine/nicht|darf (leider/ich) keine/nicht|can (really/honestly/unfortunately) not',
  ],
  [
    ['NEG_AFTER'],
    'nahi|nahin|nahi hai|nahi le sakta|nahi le sakti|nahi kar sakta|nahin kar sakta|nahi karunga|nahi karungi|nahi lunga|nahi dunga|nahi karenge|nahi chahiye',
  ],
  [
    ['RULES'],
    'terms of service|tos|user agreement|upworks terms|the terms require|the terms say|terms say|terms dont allow|terms do not allow|against the terms|against the rules|against upworks|against upwork|against the policy|against policy|break the terms|breaks the terms|breaking the terms|within the terms|violate*|violation|prohibited|forbidden|forbids|forbid|prohibits|doesnt allow|does not allow|isnt allowed|not allowed|help center|help centre|the rules|upworks rules|platform rules|the policy is|upwork policy|upworks policy|platform policy|policies|non circumvention|noncircumvention|circumvention|upwork asks|upwork requires|is clear that|nutzungsbedingungen|verstossen|verstosst|gegen die regeln|terminos de servicio|contra las reglas|contra as regras|termos de uso|conditions dutilisation|contre les regles|правила|правилам|нарушает|ketentuan|aturan|melanggar|niyam|policy ke khilaf|the 24 months|24 months|suspended|suspension|get banned|banned|lose our accounts|lose my account|not worth the risk|risk our accounts|risk my account',
  ],
  [
    ['CONVERSION'],
    'conversion fee|conversion process|official conversion|the conversion|request contract conversion|contract conversion|contract to hire|opt out fee|optout fee|opt out|conversion request|conversion flow|upwork payroll|conversion oficial|conversao oficial|conversion officielle',
  ],
  [
    ['TECH'],
    'feature|staging|staging server|qa|кнопк*|бот|боты|интеграц*|виджет*|boton|botao|bouton|schaltflache|tombol|plugin|hardcod*|phone mask|phone field|phone number field|number field|api|apis|sdk|webhook*|sandbox|endpoint*|integrat*|integrasi|integre|integrei|implementei|implemente|implemented|checkout|gateway|pasarela|plugins|widget|button|bot|bots|chatbot|token|client secret|secret|merchant|drop in|dropin|config*|regex|validat*|field|feld|mask|placeholder|e.164|libphonenumber|template|templates|email campaign|email campaigns|sms campaign|sms campaigns|ad campaign|ad campaigns|drip campaign|marketing campaign|campaign email|campaign emails|campaign flow|campaign settings|campaign report|automation|smtp|spf|dkim|dmarc|klaviyo|mailchimp|brevo|sendgrid|twilio|shopify|woocommerce|braintree|square|razorpay|midtrans|ykassa|юkassa|coinbase commerce|quota|manifest|android|ios|sync job|repo|secrets|env|.env|json|schema|database|module|payload|null pointer|bug|bugs|the flow|intent flow|test mode|modo de prueba|sandbox buyer|testnet|price widget|rate limit|screen|screens|layout*|mockup*|prototype|qr code|for customers|for us customers|customers who|customer replies|reply to this email|reply to this newsletter|reply to customers|reply to the customer|reply to reviews|reply to comments|reply to tickets|replyto|helpdesk|the store|the shop|online store|your store|na loja|da loja|en la tienda|интернет магазин*|тестовые|dashboard|deployment|nginx|domain verification|unofficial library|notifications|alerts|business api|mini program|split the bill screen|export the customer|customer phone numbers|the signup form|signup form|contact form|form|payment intent|3ds|3d secure|fails|failing|fixing|debug*|error|errors|exception|column|columns|spreadsheet|csv|modulo|modalita test|in modalita test|modalita di test',
  ],
  [
    ['COPYWORK'],
    'copy|i wrote|placeholder text|translate this|translate this line|for the contact page|contact page copy|now says|page says|it says|that says|which says|footer says|button says|footer|signature|e.g.|eg|z. b.|z.b.|for example|example|sample text|draft cold email|cold email|outreach|tracking link|titled',
  ],
  [
    ['REPORTED'],
    'asked me to|asked me if|asked me whether|asked whether|asked if|asked us to|wanted me to|offered to pay me|told me to|i reported|reported it|reported him|reported her|reported them|reported this|report it|report this|flagged it to support|flagged it to upwork|flagged it with support|was that the right thing|i explained|explained that|he agreed|she agreed|is it safe|is it true|scam warning|be careful',
  ],
  [
    ['POSTCONTRACT'],
    'once the contract has started|once the contract starts|after the contract starts|now that the contract|now that we have a contract|since the contract started|contract is active|once we have a contract|after we have a contract',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'only through upwork|only via upwork|only on upwork|only through the platform|only accept/take (the) (payment/payments/money/work/jobs/contracts/milestones/offers) here|only accept/take (the) (payment/payments/money/work/jobs/contracts/milestones/offers) through/via/on/inside/within/thru/over/using upwork/fiverr/the/this/milestones/milestone/escrow|only accept/take upwork/milestone/milestones/escrow|only work through|sirf upwork|solo a traves de upwork|solo por upwork|apenas pelo upwork|somente pelo upwork|uniquement via upwork|uniquement sur upwork|nur uber upwork|только через upwork|только через|hanya lewat upwork|hanya melalui upwork|stays on upwork|stay on upwork|stays here|stay here|keep talking here|keep everything on upwork|keep it on upwork|keep all files|keep everything here|stay protected|both stay protected|keep us both protected|payment protection',
  ],
  [
    ['PLATNOUN'],
    'through upwork|through the contract|via upwork|on upwork|pelo upwork|pela plataforma|por upwork|a traves de upwork|ici sur upwork|uber upwork|uber den meilenstein|через upwork|lewat upwork|upwork ke through|the upwork milestone|upwork inbox|my upwork inbox',
  ],
  [
    ['IDWORD'],
    'order|order id|order number|id|sku|invoice number|inv|ref|reference|tracking|tracking number|barcode|ean|upc|isbn|build|version|commit|ticket|pr|po|case|zip|postcode|serial|part|model|transaction|txn|receipt|code|coordinates|lat|lng|node|npm|apk|vat|tax id|ein|ssn|ordine|dordine|numero dordine|pedido|commande|bestellung|bestellnummer|заказ*|pesanan|ordem',
  ],
  [
    ['NEUTRAL'],
    'why dont we|why not|how about|what about|dont worry|dont you|do you not|direct message|direct messages|direct link|direct access|direct employment|direct mail|straight into|straight away|send the files|send the file|straight forward|no problem|no worries|not sure|no rush|phone numbers|number of|a number of|the number of|numbers|upwork message thread|upwork call|call button|video call|the call',
  ],
  [
    ['CONVERSION'],
    'contracttohire|conversion|convert the contract|converting the contract|convert our contract|convert this contract|convert the relationship',
  ],
  [
    ['TECH'],
    'aws|gcp|azure|heroku|vercel|netlify|digitalocean|cloudflare|hosting plan|annual plan|yearly plan',
  ],
  [
    ['TECH'],
    'подключил|подключила|подключили|подключить оплату|подключение оплаты|интегрировал*|настроил*|внедрил*|прикрутил*|configure|configurei|eingebaut|eingebunden|integriert|angebunden|konfiguriert|sudah saya pasang|integrate kar diya|setup kar diya',
  ],
  [
    ['TECH'],
    'formulir|formulario|formulaire|formular|base de datos|banco de dados|base de donnees|datenbank|база данных|базе данных|basis data|encrypted|cifrados|verschlusselt|valida*|validier*',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'directly in/inside upwork|directly in this chat/thread|directly through/via/on upwork|direct through/via/on upwork|directly here on upwork|goes/runs/billed/invoiced/comes/handled/processed through/via upwork',
  ],
  [
    ['TECH'],
    'crm|hubspot|salesforce|pipedrive|payouts report|payout report|payments report|sales report|financial report|revenue report|reconciliation|pricing page|pricing table|product page|landing page|payment page',
  ],
  [
    ['TECH'],
    "invoicing software|accounting software|settings|hr app|payroll app|invoicing app|accounting app|erp|we're building|we are building|i'm building|i am building|на сайте|для сайта",
  ],
  // Passing on what a third party wants is a work request, not an ask to leave.
  [
    ['REPORTED'],
    'the client wants|the customer wants|el cliente quiere|o cliente quer|le client veut|der kunde mochte|der kunde will|клиент хочет|klien minta|klien mau|client ko chahiye',
  ],
  [['TECH'], 'cron|cron job'],
  // A script is code, or the copy of an ad or a voice-over: blocks what copy blocks.
  [['COPYWORK'], 'script|scripts'],
  [['DELIVERABLE'], 'blog post|article|headline'],
  // Naming the project is not technical work: "the app project", "the feature list".
  [
    ['NEUTRAL'],
    'feature list|features list|list of features|app project|bot project|website project|landing page project|contract template|agreement template|i have a template',
  ],
  [['TECH'], "en la app|en la aplicacion|na aplicacao|dans l'app|in der app"],
  // In-platform or time words around "directly": "directly here", "directly after the call".
  [
    ['NEUTRAL'],
    'directly here|direct here|directly on here|directamente aqui|direto aqui|directement ici|direkt hier|langsung di sini|langsung disini|seedha yahin|directly after/before/following (the/our/this/that/your/my) (upwork/zoom) call/meeting/interview/review/demo/standup/launch/release/deploy/deployment/lunch|directly afterwards|directly after that',
  ],
  // Invoices issued by one's own company but still through the platform.
  [
    ['ONPLATFORM_ONLY'],
    'company/agency/business/studio/llc/ltd/account through/via/on upwork|come/comes/coming/sent/issued from my/our (own) company/agency/business through/via upwork',
  ],
  // A fee for a named extra, not the platform's: "no more fees for revisions", "the rush fee".
  [
    ['NEUTRAL'],
    'no more fees will|no more fees are|no extra fee|no extra fees|no additional fee|no additional fees|no hidden fees|(no) fee/fees for (the) rush/express/urgent/priority/extra/additional/revisions/revision/changes/edits/consultation/consult/call/calls/meeting/setup/onboarding/discovery/audit/estimate/quote/first/initial/sample/trial|rush fee|express fee|revision fee|revisions fee',
  ],
  // Private things that are not the deal: "keep the feedback between us", "the old site".
  [
    ['NEUTRAL'],
    'feedback/comments/notes/draft/drafts/critique/results/ideas/concept/mockups/surprise/news/announcement/review between us|old/previous/legacy/existing site/website/page/app|between us and|keep this/it/that between us and|keep this/it/that between you and the/your/my|between the two of us and',
  ],
  [['TECH'], 'retry|retries|retry queue|queue|queues|refactor*|microservice*'],
  // Third parties paying the product, or the freelancer buying a tool: not the contract.
  [
    ['NEUTRAL'],
    'customers/users/buyers/shoppers/members/subscribers/guests/donors/students/patients/visitors (can/could/will/should) pay|pay for (the/a/my/your) font/fonts/licence/license/licenses/licences/plugin/plugins/hosting/domain/stock/images/photos/tools/tool/subscription/software/ads/server/theme/template/assets|keep 100 (percent) of the/your (source) files/code/rights/ownership/assets/designs/ip',
  ],
  // Sent or paid through the platform itself, or third-party payers in other languages.
  [
    ['NEUTRAL'],
    'directly by/from upwork|langsung lewat/via/di (chat) upwork|langsung lewat/via chat|from my phone|from my laptop|pelanggan/pembeli/pengguna (bisa/dapat) bayar|los clientes/usuarios (pueden) pagan/pagar|os clientes/usuarios (podem) pagam/pagar|les clients (peuvent) paient/payer|die kunden zahlen|kunden zahlen|клиенты/покупатели (могут) платят/платить|grahak (bhi) pay',
  ],
  // Working directly with a third party on the client's side is ordinary work talk.
  [
    ['NEUTRAL'],
    "directly with the/your/their (client's/clients) developer/developers/dev/team/designer/founder/cto/ceo/manager/marketing/agency|напрямую с разработчик*/команд*/дизайнер*/менеджер*/основател*/маркетолог*|langsung dengan/sama (tim/developer/desainer/manajer/klien) developer/tim/desainer/manajer/klien|seedha client/team/developer/designer/manager ke",
  ],
  // A refusal after the thing refused: "mi número no lo comparto".
  [
    ['NEG_AFTER'],
    'no lo comparto|no la comparto|no lo doy|no lo paso|nao compartilho|nao passo|je ne le partage pas|je ne partage pas|gebe ich nicht|teile ich nicht|не даю|не сообщаю|tidak saya bagikan|share nahi karta|share nahi karti',
  ],
  // What others ask for, told as a habit: "some clients ask me to ..., I always say no".
  [
    ['REPORTED'],
    'clients ask|clients often ask|client asks me|people ask me|people often ask|i always say no|i always decline|i always refuse|i always turn it down|i always turn them down',
  ],
  [
    ['NEUTRAL'],
    'directly from/in/on (your/my/the) upwork|directly to the/their/your host/hosting/provider/vendor/registrar/printer/supplier/manufacturer/publisher/store/landlord|my phone died/broke/crashed/battery/screen/camera',
  ],
  [['TECH'], 'for testing|test address|test email|test account|test accounts'],
  // "At the end of the contract" is a date, not ending it; handing over ownership is not paying.
  [
    ['NEUTRAL'],
    'at/by/until/before/near/towards the end of the/this/our contract|transfer (the) ownership|ownership transfer',
  ],
  // "Directly through Upwork" and "no extra fee", per language.
  [
    ['ONPLATFORM_ONLY'],
    'directamente/directo/direto/directement/direkt/напрямую/прямо/langsung/seedha por/pelo/pela/via/par/uber/через/lewat/melalui/di (el/la/o/a) upwork|seedha/direct upwork se|upwork se hi',
  ],
  [
    ['NEUTRAL'],
    'sin comision/comisiones/costo/coste/cargo/cargos extra/extras/adicional/adicionales|sin costo/coste/cargo adicional|sem taxa/taxas/custo/custos extra/extras/adicional/adicionais|sans frais supplementaires/additionnels|pas de frais supplementaires/additionnels|keine zusatzlichen/extra gebuhren/kosten|ohne zusatzliche/extra gebuhren/kosten|tanpa biaya tambahan|без доплаты|без дополнительной платы|koi extra fee/fees/charge',
  ],
  // "Directly" aimed at the contract itself; terms agreed in it; a site that is down.
  [
    ['NEUTRAL'],
    'directly through/into/in/via/to/on (the/this/our) contract/escrow/milestone/milestones|directly through/on/via (the) contract page|directly on the/a next/new contract (here)|agreed between us|agreed on between us|terms between us|payment terms between us|my personal site/website is down/offline/broken|stripe payouts|stripe payout|stripe connect|stripe dashboard',
  ],
  // Work files sent, the platform's own tools, and "off" as time away.
  [
    ['NEUTRAL'],
    'send (me) (the/your) brand/files/file/logo/logos/assets/guidelines/guide/brief/docs/document/documents/designs/design/link/links/screenshot/screenshots/credentials/fonts/copy/text/content/images/photos/video/videos/draft/drafts/specs/mockups/wireframes/feedback/notes/comments/changes/revisions|logging off|log off|logged off|signing off|sign off|heading off|day off|days off|time off|off work|off sick',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'through/via/using/with upworks invoicing/invoice/invoices/billing/system/tools/payment/payments',
  ],
  [['NEG'], "not comfortable|i'm uncomfortable|i prefer not to|i'd prefer not to|prefer not to"],
  // Discussing something offline with one's own colleague, not with the other party.
  [
    ['NEUTRAL'],
    'take/taking this/it offline with my/our/the designer/team/dev/developer/developers/partner/boss/manager/colleague/colleagues/accountant/lawyer/cofounder',
  ],
  // Found by the independent sets bench/fresh-8.jsonl to bench/fresh-12.jsonl (README,
  // accuracy): requests told and refused in other languages, refusals whose negation comes
  // last, rules quoted in translation, sharing after a contract while billing stays here, the
  // platform's own withdrawal methods, app and dispute support, access needed for the work,
  // and work talk about the client's own checkout, books, customers, support and phone fields.
  [
    ['REPORTED'],
    'me pidio|me pidieron|le dije que no|lo reporte|lo denuncie|me pediu|me pediram|eu recusei|reportei|denunciei|ma demande|mont demande|jai refuse|jai signale|ein kunde wollte|kunde wollte mal|wollte von mir|hat mich gebeten|hab ich abgelehnt|habe ich abgelehnt|ich habe abgelehnt|naturlich abgelehnt|abgelehnt und gemeldet|попросил меня|попросила меня|просил меня|я отказал*|я отказалась|meminta saya|minta saya|saya tolak|saya menolak|saya laporkan|mujhse kaha|maine mana kar diya|maine mana kiya|i have to say no|i must say no|i have to decline|i must decline|ill have to decline|i need to decline|asking me to|asked me for|someone messaged me|someone offered|pretty sure its a scam|its a scam|is a scam|sounds like a scam|looks like a scam|im not going to do that|not going to do that|ne kaha|ne pucha|ne poocha|ne bola|aap ne jo kaha|jo kaha|mana kar diya|mana kiya|inkaar kiya|inkar kiya|inkaar kar diya|support ko bata diya|hab abgelehnt|es gemeldet|und es gemeldet|mir hat jemand angeboten|hat jemand angeboten|nem pensar|ni hablar|de ninguna manera|hors de question|auf keinen fall|ни за что|i understand youd like|i understand you want|i know you want|you asked for my|flagged my message|the filter flagged|das darf ich nicht annehmen|darf ich nicht annehmen|kann ich nicht annehmen',
  ],
  [
    ['NEG'],
    'bitte keine|nao trabalho|nao trabalhamos|nao recebo|nao faco|no trabajo|no trabajamos|no recibo|no hago|not able to|am not able to|unable to|im unable to|i am unable to|nao passo|nao te passo|no te puedo|no le puedo|no les puedo|no se lo puedo|no puedo pasar|neither of us can|neither of us|not moving|im not moving|prefiero no|prefiero no compartir|no compartir|darf ich leider keine|darf ich keine|darf ich leider nicht|belum bisa|saya belum bisa',
  ],
  [
    ['NEG_AFTER'],
    'принять не могу|принимать не могу|принять не можем|принимать не буду|принимать не стану|isnt something i do|is not something i do|isnt something im willing to do|is not something im willing to do|not something im willing to do|not something i am willing to do|not something i do|not something we do|not something i can do|isnt an option|is not an option|off limits|offlimits|nicht annehmen|werde ich nicht annehmen|nehme ich nicht an|nicht in frage|kommt nicht in frage|kommen nicht in frage|kommen fur mich nicht in frage|mach ich nicht|mache ich nicht|arbeite ich nicht|arbeite ich grundsatzlich nicht|grundsatzlich nicht|nicht geben|leider nicht geben|не принимаю|tidak boleh|nggak boleh|gak boleh|ga boleh',
  ],
  [
    ['RULES'],
    'нарушение|нарушение правил|правил|против правил|запрещено|запрещены|запрещен|se prohiben|se prohibe|prohibido|prohibida|prohibidos|proibido|proibida|proibidos|interdit|interdits|interdite|verboten|untersagt|dilarang|rule of thumb|konto nicht riskieren|nicht riskieren|arriscar minha conta|arriesgar mi cuenta|risquer mon compte|accounts at risk|account at risk|our accounts at risk|las reglas|son las reglas|reglas de upwork|regras do upwork|pelas regras|violacao|elusion|se considera elusion|circunvencion|regeln|nach den regeln',
  ],
  [
    ['TECH'],
    'payment element|payment elements|card element|express checkout|contact filter|contact info filter|content filter|spam filter|message filter|filter rules|test case|test cases|bookkeeping|reconcile|chart of accounts|bank statement|bank statements|from your customers|from customers|customer payments|supplier payments|vendor payments|to your suppliers|to suppliers|app ka flow|humare app|hamare app|supply chain|diagram|flowchart|customers keep asking|customers asking|our customers|the faq|faq|support inbox|our support inbox|help scout|zendesk|freshdesk|spam|telefonfeld|normalisiert|local dev|const|process env|fallback|phone input|tel link|the tel|mobile header|dials|run our instagram|our instagram|our feed|the grid|posts a month|by payment method|broken down by|sales broken down|customer billing|our customer billing|invoice links|wallet ui|copy button|on hover',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'direct to local bank|direct to us bank|withdrawal method|withdrawal methods|get paid settings|keeps us both protected|keeps us protected|keeps both of us protected|escalating to support|escalate to support|before escalating|open a dispute|opening a dispute|tudo passa pela plataforma|passa pela plataforma|invite you directly|direct offer|direct contract|direct contracts|payments continue through upwork|payments stay here|stay here on upwork|billing stay on upwork|billing stays on upwork|all billing stay|weiterhin uber upwork|abgerechnet wird|until theres a contract|until there is a contract|until we have a contract|until the contract starts|keep my email private|keep my number private|keep my contact details private|message me here|reply here|answer here|lets keep it here|keep it here|through my profile|click hire|the hire button|through the contract rather than|come through the contract|go through the contract',
  ],
  [
    ['NEUTRAL'],
    'hopping off|off for today|off for the day|kick off|kickoff|kick off call|upwork mobile app|the upwork app|upwork app|mobile app|mobile apps|on mobile|mobile safari|mobile chrome|mobile view|mobile layout|mobile version|mobile devices|nicht einfach|nicht lieber|bonus button|the bonus button|off if|off the total|off the price|percent off|groceries|paying for groceries|my bank flagged|flagged my card|new card|at the branch',
  ],
  [
    ['CONVERSION'],
    'конвертац*|официальной конвертации|conversion du contrat|conversao do contrato|conversion del contrato|vertragsumwandlung|conversao|a conversao|pedir a conversao|pedir la conversion|die umwandlung|once upwork confirms|once its processed|after the conversion|the conversion is',
  ],
  [
    ['POSTCONTRACT'],
    'contract is live|our contract is live|the contract is live|now that the offer is accepted|the offer is accepted|once the offer is accepted|officially working together|is funded|now that milestone|after it starts|once it starts|in the contract room|the contract room|der vertrag lauft|vertrag lauft jetzt',
  ],
  [
    ['WORKSYSTEM'],
    'business manager|ad account|ads account|ad accounts|linkedin ads|campaign manager|ads manager|facebook ad account|partner in business manager|tag manager|(add/invite) (me/you) to/on (your/the/our) figma/drive/notion/jira/trello/asana|figma/notion/jira/trello/asana/drive access/invite|access to (your/the/our) figma/drive/notion/jira/trello/asana|google drive access',
  ],
  [['COPYWORK'], 'as the sample|as a sample|the sample|whatsapp icon|icon linking|company line'],
  // Found by the independent sets bench/fresh-13.jsonl to bench/fresh-29.jsonl (README, accuracy),
  // one entry per concept: reports to support and requests told in more languages, refusals
  // that answer an offer, rules quoted and explained to a team, sharing once the contract is
  // active or has started, Enterprise onboarding and access for the work, and the client's own
  // payment, payout, bookkeeping, support, design, film and copy work, test data and ids.
  [
    ['REPORTED'],
    'пожаловался|пожаловалась|пожаловались|пожаловаться|написал в поддержку|написала в поддержку|заказчик просил|клиент просил|фрилансер просил|он просил|она просила|они просили|заказчик предлагал|клиент предлагал|freelancer asked for|client asked for|the freelancer asked|the client asked|filed a ticket|opened a ticket|flagged the account/message/user/profile/client/request|ive reported|reported the message/account/user/profile/client/freelancer/request/chat|reported to support|reported to upwork|report to support|report to upwork|reporte el mensaje|reporte la cuenta|reporte al cliente|reporte el perfil|denuncie el mensaje|me pedian|me pedia|report kar diya|report kar di|report kiya|maang raha tha|maang rahi thi|maang rahe the|sudah lapor|sudah saya laporkan|lapor ke support|saya lapor|yang minta|yang meminta|tempting but no|thanks but no|but no thanks|but no thank you|appreciate the offer but|pass on that|ill pass on|going to pass on|totally get wanting|get wanting to|understand wanting to|i get wanting|he reportado|lo he reportado|reportado al soporte|al soporte de upwork|insistia en|ho segnalato|segnalato al supporto|che voleva|your suggestion of|your suggestion to|you mentioned wanting|the offer to pay|your offer to pay|you offered to pay|aapne poocha|aapne kaha|aapne kal poocha|reported the guy|reported this guy|reported that guy|reported the person|like a scam|i appreciate the offer|appreciate the offer to|the offer to go|the offer to work|appreciate you wanting|i appreciate you|thanks for offering|offering to pay|have to pass|ill have to pass|told him no|told her no|told them no|he suggested|she suggested|they suggested|keeps hinting|hi support|got reported|aku laporin|laporin ke support|aku tolak|wanted to continue|мне тут написал|мне написал|звал перейти|написал рекрутер|transfer offer|the paypal offer|the offer but',
  ],
  [
    ['RULES'],
    'ke khilaf|rules ke khilaf|upwork ke rules|conditions dupwork|les conditions|infraction|une infraction|verstoss|als verstoss|ein verstoss|24 month|the 24 month|month clock|upwork treats|treats it as|counts as sharing|count as sharing|as sharing contact|non rischiare|rischiare laccount|las normas|normas de upwork|no permiten|no permite|as the rules require|arent allowed|are not allowed|werent allowed|were not allowed|on upworks rules|on upworks terms|on the platforms rules|linterdit|upwork blocks|the platform blocks|blocks those|upwork filters|gilt das als|gilt als kontaktdaten|als kontaktdaten|mana hai|maangna mana|count as contact info|counts as contact info|help article|forum question|policy mirrors|mirrors upworks|agency policy|our agency policy|their policy|their policy is|the policy says',
  ],
  [
    ['POSTCONTRACT'],
    'the contract is active|since the contract is active|the contract is running|the contract is open|the contract is underway|now that were under contract|now that we are under contract|were under contract|we are under contract|under contract now|now that youve hired me|now that you hired me|since you hired me|with the contract active|with the contract running|maintenant que le contrat|le contrat est lance|contrat est lance|le contrat est actif|ora che il contratto|il contratto e attivo|contratto e attivo|ahora que el contrato|el contrato esta activo|agora que o contrato|o contrato esta ativo|jetzt wo der vertrag|der vertrag ist aktiv|kontrak sudah jalan|kontrak sudah aktif|контракт уже идет|контракт активен|thanks for accepting the offer|for accepting the offer|after the contract started|after the contract began|after we started the contract|contrato iniciado|contrato em andamento|con el contrato en marcha|el contrato en marcha|contrato en marcha|контракт стартовал|контракт начался|контракт запущен|contract started|contract has started|the contract started',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'keep/keeps going through/via upwork|keep billing on upwork|keep billing here|well keep billing|stay on the platform|prefer we stay|prefer to stay on|rather stay on|no need for (any/an) outside payment/payments|on reste sur|reste sur upwork|jalons upwork|resta su upwork|fatturazione resta|instead of (you/me/us) paying/pay outside|instead of paying (you/me) outside|instead of going outside|remain/remains/stay/stays (fully/entirely/completely) on upwork|bonus option|the bonus option|give bonus|bonus feature|through new contracts here|through new contracts|through a new contract here|continuam pelo upwork|sigue por upwork|sigue en upwork|как и раньше через|rather than take payment outside|rather than taking payment outside|rather than pay outside|rather than paying outside|instead of taking payment outside|keep payment on the platform|keep payments on the platform|keep payment here',
  ],
  [
    ['NEG'],
    'prefiro nao|je prefere ne pas|gk bisa|ga bisa|g bisa|enggak bisa|ngga bisa|isnt a way|is not a way|its not a way|not doing|nope not|im not doing',
  ],
  [['NEG', 'NEG_AFTER'], 'я не буду|я не стану|я не принимаю|я не беру|nao rola|no rola'],
  [
    ['TECH'],
    'regression test|regression tests|test suite|test suites|test values|test value|test number|test numbers|magic number|magic numbers|unit test|unit tests|e2e|fixture|fixtures|digit by digit|overlay|stream overlay|viewer names|viewers|badge|sub badge|price list|media query|css|max width|display none|burger menu|menu|menus|navbar|navigation|breakpoint|breakpoints|viewport|tpv|redsys|entorno de pruebas|compra de prueba|qrкод|qr код|уведомлени*|покупател*|refund process|customer ke|customer ka|dictation|transcribe|transcription|transcript|as spoken|test file|fake numbers|dummy number|dummy numbers|tap to call|click to call|desktop|campo de telefone|campo do telefone|mascara|sellers|your sellers|payouts to sellers|connect express|express accounts|accepted methods|accepted payment methods|list of accepted|linked accounts|bank linking|plaid|payment questions|installments|sepa rules|sepa direct debit|direct debit|mandate|gocardless|chargeback|chargebacks|disputed order|macros|the macro|old macro|support macro|our supplier|the supplier|our suppliers|карточки товара|карточка товара|paypal/venmo/zelle/stripe/wise/whatsapp/telegram/skype/discord/signal/cashapp/crypto logo/logos/icon/icons/badge/button/buttons/widget/toggle|toggle|toggles|us users|for users|btn|float btn|floating button|float button|integrar|integracao|sistema de cobranca|for tests|documentation iban|the documentation|test iban|sample iban|koinly|cointracker|cost basis|capital gains|tax return|tax report|hmrc|irs|transactions|csvs|statement exports|rendimento|imposto de renda|crypto tax|crypto taxes|your own wallets|grants|the foundation|google business profile|business profile|citations|healthgrades|ad extension|call tracking|local seo|in app chat|inapp chat|support handles|handles like|floor plan|cable tray|installers|the scene|closer shot|the shot|chapter title|the chapter|tagline|pull quote|onboarding copy|in the mix|background music|hero image|subheading|print shop|the proofs|the pitch|expenses|audited|in your brief|ton memoire|contabilidad|la contabilidad|бухгалтер|в отчете|в отчёте|la hoja|hotline|on screen|onscreen|untranslated|per the brief|raw footage|so i can download|only so i can download|whatsapp experience|telegram experience|experience with whatsapp|experience with telegram|ran support|paypal dispute|your customer opened|customer opened',
  ],
  [
    ['IDWORD'],
    'nomor invoice|nomor po|nomor pesanan|nomor order|nomor tiket|nomor resi|артикул|артикула|protocolo|numero do protocolo|chamado|numero de pedido|numero de ticket|folio|numero de commande|ticketnummer|vorgangsnummer|rechnungsnummer|auftragsnummer',
  ],
  [
    ['COPYWORK'],
    'pagina de contacto|para la pagina|pagina de contato|page de contact|kontaktseite|halaman kontak|страница контактов|страницы контактов|brand names|arent translated|not translated|translated|memo|the memo|compliance memo|legal research|case law|flyer|the flyer|on the flyer|shop line|brochure|business card',
  ],
  [
    ['NEUTRAL'],
    'company policy|our policy is|our company policy|internal policy|not a bot|a real person|are you a bot|вернули на карту|вернут на карту|возврат на карту|no personal contact info|no personal contact|no contact info|no contact details|no personal details|without contact info|without contact details|my numbers r|my numbers are|the numbers are|our numbers|office number|old office number|office line|support line|outside of this project|outside this project|outside of this single project|outside the project|outside scope|outside the scope|out of scope|share my screen|share your screen|screen share|screenshare|screen sharing|app on my phone|upwork app on my phone|our own arrangement with the|under our own arrangement|arrangement with the print|direct quote|direct quotes|public holiday|im off|i am off|ill be off|virement dupwork|le virement dupwork|virement de upwork|paiement dupwork',
  ],
  [['CONVERSION'], 'conversione|conversione ufficiale|конверси*|официальная конверсия'],
  [
    ['NEG_AFTER'],
    'kann/darf/werde ich (leider/so/hier/also) nicht annehmen/akzeptieren|is a hard no|a hard no|hard no|is a no for me|is a no go|no go|nahi chalega|nahin chalega|nahi chalenge|nahi chalta',
  ],
  [
    ['WORKSYSTEM'],
    'e signature|esignature|sign an nda|for legal documents|legal documents|upwork enterprise|enterprise plan|business plan|upwork business|background check|vendor onboarding|for the nda|our vendor onboarding|as a standard user|as a user|as an admin|standard user|admin access|user access|campaign history|shared drive folder|the shared drive|drive folder|shared folder',
  ],
  // Page copy in other languages: the imprint and the footer.
  [
    ['COPYWORK'],
    'fur das impressum|furs impressum|ins impressum|das impressum bitte|pied de page|pour le pied de page|fusszeile|pie de pagina|rodape|rodape do site',
  ],
  // The platform's own call, named (and so no channel): "the built-in Zoom call here".
  [
    ['NEUTRAL'],
    'builtin zoom call|the builtin zoom|builtin zoom|builtin call|builtin video|built in call|built in video',
  ],
  // Session 6: families found by bench/fresh-30..39 (see generalisation.test.ts).
  [
    ['TECH'],
    'backend|back end|frontend|front end|fields in|the fields|these fields|form fields|input fields|payouts table|cash on delivery|cod orders|prepaid discount|test handset|test phone|test device|test devices|booking site|customer side|as a payment option|as an option on',
  ],
  [
    ['COPYWORK'],
    'should become|should read|you wrote|they wrote|is literally called|song is called|should say',
  ],
  [
    ['DELIVERABLE'],
    'tutorial|tutorials|narration|caption|captions|promo|promos|banner|banners|tagline|taglines|slogan|vo line|npc line|dialogue line|lyrics|end card',
  ],
  [
    ['REPORTED'],
    'someone who wanted|someone who asked|a client who wanted|a freelancer who wanted|who wanted to be paid|got hacked|was hacked|pretending to be me|impersonating me|i said no|a client wrote|another client wrote|client literally wrote|he wanted to|she wanted to|they wanted to|he asked|she asked|they asked|he kept asking|she kept asking|they kept asking|asked me something|buyers asking|customers asking|people asking|buyers keep asking|customers keep asking|buyers who ask',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'upwork milestones only|milestones only|upwork only|upwork pe hi|upwork par hi|as a bonus on the contract|add them as a bonus|bonus on the contract|keeps everything covered|processed on upworks side|on upworks side|seguimos por aqui|seguimos aqui|continuamos por aqui|por aqui mesmo',
  ],
  [['RULES'], 'account ke liye risk|account ke liye risky'],
  [
    ['WORKSYSTEM'],
    'xero|quickbooks|for the login|only for the login|add for access|email for access|partner access|view only access|seller central|brand registry|2 step verification|two step verification|google ads account|the verification stays|verification stays on',
  ],
  [
    ['NEG'],
    'not taking|not accepting|not sharing|not paying|not giving out|no to|say no to|nao vou|no voy a',
  ],
  [['NEG_AFTER'], 'geht fur mich nicht|geht nicht'],
  [
    ['NEUTRAL'],
    'direct manager|direct report|direct reports|direct boss|direct line manager|signs off|signed off|i screen|we screen|screen everyone|screen candidates|screen new clients|screen clients|screen all|screening call|agree with your suggestion|i like your suggestion|good suggestion|needs your own online banking login|your own online banking login|at no extra cost|no extra cost|no extra charge|for no extra|the shot list|shot list|the upwork app on my phone|the upwork app on your phone',
  ],
  // Bookkeeping, payroll and legal work: accounts, statements and clauses about payments.
  [
    ['TECH'],
    'bank rule|bank rules|owner draws|bank feed|bank feeds|balance sheet|crypto holdings|fifo|payroll run|payroll runs|voided check*|ventile*|rapprochement*|redact*|exhibit|exhibits|retainer agreement|clause',
  ],
  // Others who pay or are paid, in bookkeeping and admin work: "14 employees paid by direct
  // deposit", "a refund to their Venmo", "did you pay your subcontractors through PayPal".
  [
    ['THIRDPARTY'],
    'employees|subcontractors|suppliers|tenants|donors|shoppers|attendees|participants|payees|their|empleados|proveedores|funcionarios|fornecedores|employes|fournisseurs|mitarbeiter|mitarbeitern|lieferanten|karyawan|pelanggan|сотрудник*|поставщик*|покупател*|арендатор*',
  ],
  // Session 7 (bench/fresh-40..45: writers, video, data engineers, bookkeepers, phone
  // typing, cross-border work). Refusals typed casually or with the verb first.
  [
    ['NEG'],
    'prends pas|prend pas|accepte pas|jaccepte pas|jaccepte plus|fais pas|peux pas|veux pas|dont need your|dont need ur|do not need your|no need for your|no need to share your',
  ],
  [
    ['NEG_AFTER'],
    'isnt something ill do|is not something ill do|not something ill do|isnt something i will do|is not something i will do',
  ],
  // The rule stated: "The rule is no contact details before a contract", "Laut Upwork dürfen
  // wir vor Vertragsbeginn keine Kontaktdaten austauschen".
  [
    ['RULES'],
    'laut upwork|laut den regeln|non permette|non e permesso|non consente|e vietato|gemass upwork|the rule is|the rule says|no contact info before|no contact details before|no contact information before|no contact info until|no contact details until',
  ],
  // Someone else's proposal told back before the refusal: "Você sugeriu que eu pagasse por fora."
  [
    ['REPORTED'],
    'you suggested that|you suggested i|you suggested we|u suggested i|voce sugeriu que|usted sugirio que|sugeriste que|vous avez propose que|vous avez propose de|tu as propose de|du hast vorgeschlagen|sie haben vorgeschlagen|вы предложили|ты предложил|kamu menyarankan|anda menyarankan',
  ],
  // Fiction being edited: a character pays, a story names an app.
  [
    ['COPYWORK'],
    'in the story|in my story|in the novel|in my novel|the protagonist|protagonist|heroine|main character|my character|the narrator|epistolary|beta readers|в рассказе|в романе|героиня|главный герой|la protagonista|el protagonista|el personaje|en la novela|o protagonista|a protagonista|no romance|la protagoniste|le protagoniste|le personnage|dans le roman|die protagonistin|der protagonist|im roman|kahani mein|story mein|mein hero|fictional|fictitious|is a dummy|dummy number|dummy email',
  ],
  [['NEUTRAL'], 'passport copy|copy of your passport|id copy|copy of your id'],
  // Session 7, second round (bench/fresh-46..51): refusals and rules in chat Hindi and
  // Indonesian, Russian refusals with the verb last, a proposal told back, the platform's own
  // billing and withdrawals, an official conversion under way, the client's customers paying.
  [['NEG'], 'no thanks on|no thank you on|ga boleh|gak boleh|tidak boleh|nggak boleh'],
  [
    ['NEG_AFTER'],
    'не пишу|не пишем|не делюсь|prefiero no hacerlo|prefiro nao fazer|rather not do that|id rather not do that',
  ],
  [
    ['RULES'],
    'allowed nahi|allowed nahin|allow nahi|dono ka risk|segun las condiciones|segun los terminos|segun las reglas|conforme as regras|selon les conditions',
  ],
  [['CONVERSION'], 'konversi resmi|proses konversi'],
  [
    ['POSTCONTRACT'],
    'kontrak udah jalan|kontrak sudah berjalan|kontrak udah mulai|kontrak sudah dimulai|the contract has started|contracts live|now that the contract is',
  ],
  [['REPORTED'], 'wants me on'],
  [
    ['ONPLATFORM_ONLY'],
    'go/goes/going through the contract|needs to go through upwork|upwork ke through hi|ausschliesslich uber upwork|as the/my/your billing method|billing method on/in (my/your) upwork|retire el pago|retirar de upwork|retire de upwork|withdrew from upwork|withdraw from upwork|withdrawal from upwork|sacar do upwork|saquei do upwork',
  ],
  [['TECH'], 'mode test|en mode test|mode de test'],
  [['IDWORD'], 'ticketnr|ticket nr|nr|auftragsnr|bestellnr|rechnungsnr'],
  [['NEUTRAL'], 'fee schedule|fee schedules'],
  [
    ['THIRDPARTY'],
    'members|nossos clientes|nuestros clientes|nos clients|unsere kunden|our customers|my customers|their customers',
  ],
  // Session 7, third round (bench/fresh-52..57).
  [['NEG'], 'no whatsapp/telegram/skype/signal/viber/numbers/emails before'],
  [['COPYWORK'], 'fictif|fictive|ficticio|ficticia|ficticios|fiktiv|fiktive|maquette'],
  // Refusals with the verb last or in chat wording (id, es, pidgin), the platform kept.
  [
    ['NEG', 'NEG_AFTER'],
    'gak bisa terima|ga bisa terima|tidak bisa terima|tidak bisa menerima|nggak bisa terima|no acepto|no las acepto|no lo acepto|isnt something i can accept|is not something i can accept|not something i can accept',
  ],
  [
    ['NEG'],
    'i no fit|no need to send anything|no need to pay anything|no need to send me anything',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'i keep all payments on|keep all payments on upwork|keep every payment on|stick to the contract|stick with the contract|keep to the contract',
  ],
  [
    ['RULES'],
    'dapres les regles|d apres les regles|selon les regles|get audited|gets you audited|get you audited',
  ],
  [['NEUTRAL'], 'без ошибок|без проблем|без сбоев|без задержек'],
  [
    ['REPORTED'],
    'my last/previous/old client paid/asked/wanted/offered|a previous/past client paid/asked/wanted/offered',
  ],
  [
    ['POSTCONTRACT'],
    'contract shuru ho chuka|contract shuru ho gaya|contract start ho gaya|contract start ho chuka',
  ],
  [['WORKSYSTEM'], 'viewer access|analytics property'],
  [['TECH'], 'my own branch|own branch|feature branch|pull request|squash'],
  [['IDWORD'], 'order ids|invoice ids|order numbers'],
  [
    ['NEUTRAL'],
    'area code|leading zero|leading zeros|my phone was|phone was switched off|phone was off|my phone died|phone died',
  ],
  // A refusal of what was just said, its own sentence or clause: it clears the sentence before
  // ("Sie haben nach meiner IBAN gefragt. Das mache ich nicht.") and its own.
  [
    ['REFUSED'],
    'i wont do that|i will not do that|i cant do that|i dont do that|that isnt allowed|it isnt allowed|its not allowed|thats not allowed|it is not allowed|das mache ich nicht|das kann ich nicht|eso no lo hago|no puedo hacer eso|prefiero no hacerlo|je ne fais pas ca|je ne peux pas faire ca|nao faco isso|nao posso fazer isso|prefiro nao fazer|я так не работаю|так не работаю|ga bisa gitu|gak bisa gitu|yeh nahi ho sakta|aisa nahi kar sakta',
  ],
  // Session 8 (bench/fresh-58 to fresh-63): refusals with the verb last in German, a rule
  // told as "does not let", a preference not to, other people's details in a deliverable.
  [['NEG_AFTER'], 'machen wir nicht|tun wir nicht|tue ich nicht'],
  [
    ['RULES'],
    'no deja|nao deixa|nao permite|ne permet pas|erlaubt nicht|erlaubt kein|erlaubt keine|не разрешает|не позволяет|tidak mengizinkan',
  ],
  [['NEG'], 'lieber nicht|not comfy|not comfy sharing'],
  [['WORKSYSTEM'], 'legal email|my legal email'],
  [
    ['NEUTRAL'],
    'sin problema|sin problemas|sem problema|sem problemas|sans probleme|sans problemes|sans souci',
  ],
  [
    ['THIRDPARTY'],
    'owners|the owners|candidates|the candidates|clinics|the clinic|the shop|shops|the restaurant|restaurants|the salon|the customer|customer sheet|de la boutique|ihrer firma|ваших клиентов|their letterhead',
  ],
  [['RULES'], 'no way around the|no way around'],
  // Session 9 (bench/fresh-64 to fresh-69): rules passed on as team advice; other people's
  // numbers and payments in work talk; product words; "off" as wrong.
  [
    ['RULES'],
    'rules say|rules state|the policy doc|policy doc|from the policy|vendor policy|our vendor policy|if a/the client asks (you) for|if clients ask (you) for|if someone/anyone asks (you) for|out of the/your cover letter|out of the/your proposal|out of proposals',
  ],
  [
    ['THIRDPARTY'],
    'front desk|the front desk|reception desk|the venue|a customer|one customer|a buyer|contact page|the contact page|order confirmation email|confirmation email',
  ],
  [
    ['TECH'],
    'eu users|end users|all users|testflight|on testflight|apple pay sheet|payment sheet|pdf generator|bank details block|bank details section|bank details field',
  ],
  [['IDWORD'], 'sku suffixes|sku suffix|suffixes'],
  [
    ['NEUTRAL'],
    'be off for|be off by|is off by|are off by|was off by|were off by|slightly off|beyond this/the project|beyond this job/gig/contract|beyond this one|no need to send/paste/share/post them here|dont send/paste them here',
  ],
  [
    ['NEUTRAL'],
    'q1|q2|q3|q4|store launch|the store launch|after the store launch|without hesitation|without hesitating|without a doubt|without question|phone case|phone cases|the phone case',
  ],
  [['THIRDPARTY'], 'go/goes on the contact page'],
  [['TECH'], 'of the wallet app|the wallet app is|our wallet app'],
  // Session 9, second round (bench/fresh-70 to fresh-75).
  [
    ['NEUTRAL'],
    'without emailing|without having to|without needing to|go out separately|goes out separately|if the full amount|the full amount upfront|auf dich personlich|auf sie personlich|auf die gmbh|upwork to my bank|from upwork to my bank|withdraw to my bank|withdrawals to my bank|withdrawal to my bank|direct me to|direct me towards|pay for the stock|pay for stock|pay for the fonts|pay for the licence|pay for the license|pay for the assets|pay for the plugin',
  ],
  [
    ['NEUTRAL'],
    'instead of a/the bank transfer/wire/transfer|instead of bank transfer/paypal/venmo/zelle/wise/crypto/cash',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'only pays/pay (freelancers) through/via upwork|only pays/pay (freelancers) through the platform',
  ],
  [
    ['REPORTED'],
    'saw your note about|your note about|your message about|your suggestion about|your idea about|your idea of|thanks for mentioning|thanks for suggesting',
  ],
  [
    ['THIRDPARTY'],
    'warehouse|our warehouse|warehouse payouts|staff payouts|contractor payouts|vendor payouts',
  ],
  [
    ['TECH'],
    'formats|both formats|phone formats|number formats|the formats|embed|embedded|the widget|stripe receipts|stripe receipt|stripe dashboard',
  ],
  [
    ['COPYWORK'],
    'doc sample|the doc sample|sample iban|test iban|dummy iban|dummy one|from the docs|test vectors|test with|test w|mod 97|iban check|iban validation|mistyped|typed with spaces',
  ],
  [['WORKSYSTEM'], 'my login is|my login email is'],
  // Russian with the verb first and the refusal last ("в Телеграм переходить не буду").
  [
    ['NEG_AFTER'],
    'переходить не буду|переходить не стану|дать не могу|давать не буду|давать не могу|делиться не буду',
  ],
  [
    ['REPORTED'],
    'gemeldet|hab gemeldet|habe gemeldet|hab ihn gemeldet|hab den kunden gemeldet|hab den auftraggeber gemeldet',
  ],
  // Session 9, round 7 (bench/fresh-76 to fresh-81).
  [
    ['NEUTRAL'],
    'no need to swap/exchange/share numbers|no need to swap/exchange contacts|no need to swap/exchange/share emails|wire harness|ground wire|power wire|signal wire|copper wire|wire gauge',
  ],
  [['TECH'], 'dropdown|drop-down|expense tracker|the expense tracker'],
  [
    ['WORKSYSTEM'],
    'access invite|the access invite|drive invite|sharing invite|cloud drive|your cloud drive',
  ],
  [
    ['RULES'],
    'same line as upwork|follows the same line as|same rules as upwork|same policy as upwork',
  ],
  [['NEG'], 'niente|nessun|nessuna'],
  [['COPYWORK'], 'tested with|agb|agb-entwurf|im agb-entwurf|zahlungsbedingungen'],
  [['TECH'], 'бота|вебхук|pays out in batches'],
  [['IDWORD'], 'export-id|render-id|job-id|export id'],
  [['NEUTRAL'], 'no need to send them/it to my email|no need to send them/it to my inbox'],
  [['THIRDPARTY'], 'your old bookkeeper|the old bookkeeper'],
  [
    ['RULES'],
    'upwork is pretty clear|upwork is clear that|is pretty clear that|trust and safety team looks for',
  ],
  [['POSTCONTRACT'], 'contract has now started|the contract has now started'],
  [['NEG'], 'brauche ich keine|ich brauche keine|brauche keine'],
  [['TECH'], 'for your/the telegram channel|banner for your telegram'],
  // Session 9, round 8 (bench/fresh-82 to fresh-85).
  [['POSTCONTRACT'], 'once the offer is sent'],
  [
    ['NEUTRAL'],
    'used to pay me|years ago|before i joined here|before i joined upwork|email subject lines|your email subject lines|subject lines',
  ],
  [
    ['TECH'],
    'slash command|for your discord server|mx records|mx record|the registrar|at the registrar',
  ],
  [['REPORTED'], 'got a warning|got a warning just for|warning just for typing'],
  [
    ['NEG'],
    'and no phone numbers|no phone numbers or emails|no emails or phone numbers|no phone numbers or email',
  ],
  [['REPORTED'], 'thanks for asking for|thanks for asking about'],
  [['NEUTRAL'], 'i dont like that|dont like that'],
  [['TECH'], 'faucet|test eth|sepolia|metamask'],
  // Session 10, round 9 (bench/fresh-86 to fresh-89).
  [
    ['COPYWORK'],
    'documentation sample|the usual documentation sample|doit mentionner|devra mentionner|should mention|must mention|debe mencionar|deve mencionar|clausula|a clausula|the clause|la clause|lu lentement|est lu|sera lu|read slowly|read out slowly|voicemail greeting|on hold message|ivr|ivr prompt|ivr prompts',
  ],
  [
    ['TECH'],
    'phone system|phone systems|your phone system|phone tree|champ telephone|champ de/du telephone|campo telefono|campo de/del telefono|поле телефона|kolom telepon|access login|account access|for the account access|auto poster|autoposter|link preview',
  ],
  [
    ['THIRDPARTY'],
    'my old/previous/former/last agency/employer/company|os clientes dela/dele|clientes dela/dele|pour les clients|les clients du',
  ],
  [
    ['NEUTRAL'],
    'auf dich/sie/mich privat|vanished/disappeared/left/ghosted without paying|ran off without paying|without paying me|without ever paying',
  ],
  [['REPORTED'], 'fruher mal|habe fruher|eine verwarnung|verwarnung kassiert'],
  // Upwork's own direct offer: "I hired you directly from your profile".
  [['NEUTRAL'], 'directly from your/my/the profile'],
  [['NEG'], 'nichts'],
  [['RULES'], 'interdisent|interdisant|je rappelle que'],
  [['NEG_AFTER'], 'я не делаю|не делаю|я так не работаю|так не работаю'],
  // The writer reporting what was asked ("I'm reporting this chat. Gift cards before a contract
  // is not how it works"): what follows tells the ask, like a report to support.
  [
    ['REPORTED'],
    'reporting this conversation/chat/thread|im reporting this|i am reporting this|reporting you|flagging this conversation/chat',
  ],
  // Session 10, round 10 (bench/fresh-90 to fresh-93).
  [['NEG'], 'nao pode|nao da pra|nem'],
  // Indonesian puts the refusal after what it refuses: "nomor WA saya belum bisa dikasih".
  [['NEG_AFTER'], 'belum bisa dikasih|tidak bisa dikasih|nggak bisa dikasih|gak bisa dikasih'],
  [
    ['REFUSED'],
    'je ne le/la/les donne/partage pas|gebe ich (leider) nicht raus|gebe ich nicht weiter|ich bleibe lieber bei|bleibe ich lieber bei',
  ],
  [
    ['RULES'],
    'erlaubt upwork nicht|das erlaubt upwork nicht|handbook says|our handbook|agency handbook|policy says|our policy says',
  ],
  [
    ['REPORTED'],
    'ja tive cliente|ja tive um cliente|tive um cliente que|mi aveva chiesto|mi ha chiesto|gli ho detto di no|aapne pucha tha|aap ne pucha tha|pucha tha ki',
  ],
  [
    ['COPYWORK'],
    'beispiel iban|testmodus|im testmodus|in test mode|test mode|artes pro instagram|artes para o instagram|legenda do carrossel|me manda o texto|press kit|the press kit|media line|the media line|site header|the site header|in the header|the header',
  ],
  [
    ['TECH'],
    'adyen|mollie|flutterwave|payment gateway|reminders|webinar reminders|sender name|account verification|verification failed',
  ],
  [
    ['NEUTRAL'],
    'my personal name|we/will/well pay for the test/trial task|against/with/match/matches your numbers',
  ],
  [['THIRDPARTY'], 'customer wants|the/a customer wants/asked/asks|customers want'],
  // Session 11, round 11 (bench/fresh-94 to fresh-97).
  // "Can't we just...?" asks; it refuses nothing.
  [
    ['NEUTRAL'],
    'cant we|cant you|couldnt we|couldnt you|wont you|shouldnt we|can we not|could we not|wire frame|wire frames|wireframe*',
  ],
  [
    ['TECH'],
    'numero de test|numero de prueba|numero de teste|testnummer|nomor tes|nomor uji|тестовый номер|тестовые номера|otp|seed file|seed data|test customers|test users',
  ],
  [
    ['REPORTED'],
    'reported that|reported the|reported a|reported an|reported one|the phishing domain/link/site/page/email|phishing domain/link/site/page|security writeup|i defanged|defanged it',
  ],
  // "Can we hop on a Zoom? Actually, never mind: the Upwork call is fine." takes it back.
  [
    ['RETRACTED'],
    'never mind|nevermind|scratch that|forget that|on second thought|on second thoughts',
  ],
  [['RULES'], 'rappel des regles|petit rappel|les regles de la plateforme|regles de upwork'],
  [['COPYWORK'], 'los textos|los textos para|textos para la campana|la campana de|version juvenil'],
  // Session 11, round 12 (bench/fresh-98 to fresh-101).
  // Refusals said last, the way people say them: "cobrar por fuera de Upwork no lo hago".
  [
    ['NEG'],
    'no lo hago|no lo hacemos|eso no lo hago|no hago eso|no lo acepto|eu nao faco|nao faco nao|cest non|cest non pour moi|ce sera non|je ne fais pas ca|aku ga bisa|ga bisa ya|gak bisa ya|nggak bisa ya|tidak bisa ya|nobody can|no one can',
  ],
  [['REFUSED'], 'я не хочу рисковать|не хочу рисковать|не буду рисковать'],
  // Rules or stories passed on: a friend's warning, a past client.
  [
    ['REPORTED'],
    'from what ive read|from what i read|from what ive heard|ive read that|i read that|ive heard that|i heard that|a friend told me|my friend said|a friend said|a colleague said|my colleague said|my partner said|my business partner said|un amico mi ha detto|mi hanno detto|um amigo (meu) falou/disse|me falaram|ouvi dizer|ein kumpel/freund/kollege meinte|ein freund hat gesagt|mir wurde gesagt|un amigo/colega me dijo|me dijeron que|mon associe/ami/collegue ma dit|on ma dit|коллега сказал|коллега сказала|мне сказали|друг сказал|знакомый сказал|teve um cliente|had a client once|had a client who|i had a client|once had a client|my worst client|worst client ever|a client once|reporting to support|reporting this to support|reporting to upwork',
  ],
  [
    ['RULES'],
    'da suspensao|leva suspensao|get you banned|gets you banned|gets you suspended|get you suspended',
  ],
  [
    ['NEUTRAL'],
    'i personally|mujhe personally|personally i|personally think|personally prefer|personally like|personally feel|quote separately|quoted separately|priced separately|price separately|estimate separately|each platform separately|platforms separately|each separately|each one separately',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'fund my/our upwork account|funding my/our upwork account|add funds to upwork|только через контракт|только через апворк',
  ],
  [
    ['TECH'],
    'qa script|fuzz|fuzzing|the phone field|should be accepted|dummy card|test card|test cards|link generator|payment link generator',
  ],
  [
    ['NEUTRAL'],
    'our vendor portal will|vendor onboarding|i dont need to be involved|i do not need to be involved',
  ],
  [['CONVERSION'], 'official route|the official route|the official way'],
  // Bookkeeping, a virtual assistant's inbox, translated strings: the money and the contact
  // details are the work itself.
  [
    ['TECH'],
    'coded to|booked to|clearing account|matched to|payouts totalling|merchant fees|the ledger|ledger export|ledger entries|general ledger|journal entry|journal entries|shared inbox|boite mail|gmail filters|auto reply|autoreply|google voice|phone setup|call forwarding|voicemail',
  ],
  [
    ['COPYWORK'],
    'ho tradotto|la traduzione|перевод интерфейса|перевод|строк|la traduccion|traduzi|jai traduit|ubersetzung|unverandert ubernommen|pediu pra/para ler|ler a chave|patrocinador',
  ],
  [['NEG'], 'dont worry about sending|no need to send your'],
  [['COPYWORK'], 'без перевода|перевёл как|перевел как|для поля'],
  [
    ['TECH'],
    'read only|accountant invite|accountant access|pull statements|ventas de la tienda|las ventas|gasto financiero|sin factura asociada',
  ],
  [
    ['THIRDPARTY'],
    'dentists office|your dentist|doctors office|the office called|called the business line|clientes mayoristas|de clientes',
  ],
  [['CONVERSION'], 'go to all contracts|under all contracts|in all contracts'],
  // Session 11, round 13 (bench/fresh-102 to fresh-105).
  [['NEG'], 'ungern|nur ungern|mochte ungern|mochte ich ungern'],
  // German puts the verb last: "meine Nummer vor dem Vertrag nur ungern teilen".
  [
    ['NEG_AFTER'],
    '(nur) ungern teilen/weitergeben/rausgeben/herausgeben|nicht teilen/weitergeben/rausgeben/herausgeben',
  ],
  [
    ['POSTCONTRACT'],
    'the contracts active|ya empezo el contrato|el contrato ya empezo|ya comenzo el contrato|контракт уже начался|once you hire|once you hire me',
  ],
  [['ONPLATFORM_ONLY'], 'in the contract chat|the contract chat'],
  [['REFUSED'], 'but ill pass|ill pass thanks|ill pass on that|ill have to pass|i have to pass'],
  [['NEUTRAL'], 'taken off|take off each|comes off|come off'],
  [['IDWORD'], 'ids|the ids'],
  // Someone applying for a data-entry job (a fake recruiter's bait otherwise).
  [['NEUTRAL'], 'applying/apply for the data entry job/role|interested in the data entry job/role'],
  [['NEUTRAL'], 'off over here|the day off'],
  [
    ['REFUSED'],
    'erst nach vertragsbeginn|erst nach dem vertragsbeginn|erst nach vertragsstart|erst wenn der vertrag',
  ],
  [['NEUTRAL'], 'off the website/site colours/colors/design/copy/content/layout/palette'],
  // "I'd rather wait for the milestone than do anything off the books": the road not taken.
  [['NEG'], 'than do anything|than doing anything|than do something|than doing something'],
  [['WORKSYSTEM'], 'view access'],
  [['THIRDPARTY'], 'their office phone/number|their phone number'],
  // Session 11, round 14 (bench/fresh-106 and fresh-107).
  [['NEG'], 'no worries about|dont worry about'],
  [['REFUSED'], 'antes do contrato nao posso'],
  [
    ['WORKSYSTEM'],
    'the email you use for|email you use for|add you as a reviewer|as a reviewer|frame io|frameio',
  ],
  [['TECH'], 'payment links for|stripe payment links|set up stripe|squarespace|workshop tickets'],
  [
    ['COPYWORK'],
    'the phone/number/email on it|copied from your sheet/list/file|from your sheet|bio options|the bio|ig bio|insta bio|la legende|legende insta|caption for',
  ],
  [
    ['THIRDPARTY'],
    'the orgs|the charitys|their venmo/paypal/zelle (profile)|donation page|the donation page',
  ],
  // Session 12, round 15 (bench/fresh-108 to fresh-111).
  [
    ['COPYWORK'],
    'show notes|sponsor read|ad read|host read|press release|media kit|contact sheet|supplier list|vendor list|case study|case studies|payment partners|impressum entwurf|entwurf|описание магазина|описание профиля|шапка профиля|шапки профиля|assinatura de/do email|firma de/del correo|signature email|email signature|email signatur',
  ],
  // The rules of a platform said as what is allowed, or what a message risks.
  [
    ['RULES'],
    'is only allowed|only allowed after/once|allowed only after/once|allowed exception|allowed exceptions|isnt permitted|is not permitted|is it allowed|is this allowed|is that allowed|allowed hai|get/gets you a warning|gets/get you flagged|may/might/will/could flag it|e permitido|esta permitido|se permite|ist das erlaubt|ist es erlaubt|разрешено ли',
  ],
  [
    ['THIRDPARTY'],
    '(wholesale) buyers/customers/suppliers/vendors/patients/guests asked/ask/asking/want/wanted|du/le/des fournisseur/fournisseurs|del proveedor|do fornecedor|des lieferanten|the supplier|the suppliers|the vendor|the vendors',
  ],
  // Telling a story or a scam attempt, or writing to support.
  [
    ['REPORTED'],
    'once offered/asked/wanted/suggested|offered me|someone/somebody wanted/asked/offered|turned it down|i pointed them|i flagged it|got/received a message saying|got/received messages saying|classic scam|obvious scam|keep/keeps/kept asking how|one of the allowed exceptions|hi/hello/dear/hey support|hola soporte|oi/ola suporte|bonjour le support|hallo support',
  ],
  // Where something stands, not ending anything: "media contact at the end: …".
  [
    ['NEUTRAL'],
    'at the end|at the very end|at the bottom|in the end|to the end|till/until the end',
  ],
  // Session 12, round 16 (bench/fresh-112 to fresh-115).
  // The platform paying out to the freelancer's bank is a withdrawal, not a payment around it.
  [['NEUTRAL'], 'upwork/fiverr pays/paid out (to) (my/your) (local) (bank/account)'],
  [
    ['NEUTRAL'],
    'upwork/fiverr withdraws/withdrew/transfers (straight/directly) to (my/your) (local) (bank/account)|withdraws/withdrew straight/directly to (my/your) (local) bank/account',
  ],
  [
    ['CONVERSION'],
    'konvertierungsprozess|konvertierung|proceso de conversion|processo de conversao|конвертации контракта|конвертация контракта',
  ],
  [
    ['POSTCONTRACT'],
    'past the offer stage|past the offer|offer accepted|since the offer was accepted|now that you accepted the offer|now that im hired',
  ],
  [['RULES'], 'the upwork help page|upwork help page|the help page|neither side can'],
  [
    ['WORKSYSTEM'],
    'google workspace|the alias|an alias|email alias|on call rota|oncall rota|the rota|on call schedule|oncall schedule',
  ],
  [['TECH'], 'send a test|send test|a test email|test send'],
  [
    ['POSTCONTRACT'],
    'after the offer is accepted|after you accept the offer|after the offer we can|after the offer',
  ],
  [['RULES'], 'upworks rule|upwork rule|the platforms rule|the sites rule|fiverrs rule'],
  [['TECH'], 'test wallet|burn address|testnet wallet'],
  [['IDWORD'], 'номер сборки|сборка|сборки|версия|версии|билд'],
  // A work document named as a message opens: what follows is its content, written for the
  // client's business (scanner.ts, "document").
  [
    ['DOCUMENT'],
    'notes|minutes|draft|drafts|template|report|summary|handover|recap|macro|macros|answers|faq|proofread|proofreading|translation|flyer|brochure|leaflet|poster|newsletter|press release|menu|transcript|subtitles|memo|checklist|sop|catalogue|catalog|notas|nota|borrador|plantilla|traduccion|resumen|informe|acta|folleto|rascunho|modelo|traducao|resumo|relatorio|ata|folheto|brouillon|modele|traduction|rapport|prospectus|depliant|notizen|notiz|buchhaltungsnotiz|entwurf|vorlage|ubersetzung|protokoll|bericht|zusammenfassung|черновик|заметки|шаблон|перевод|отчет|отчёт|протокол|catatan|draf|templat|terjemahan|laporan|ringkasan',
  ],
  [['NEUTRAL'], 'looks off|look off|seems off|is a bit off'],
  // Session 12, round 17 (bench/fresh-116 to fresh-119).
  [
    ['POSTCONTRACT'],
    'contracts been active|the contract has been active|contract is now active|the contract is now active|since the contract is now active|now that the engagement has started|the engagement has started|the engagement is active',
  ],
  [['REPORTED'], 'tried to get me/us to|tried to make me/us'],
  [
    ['NEUTRAL'],
    'direct questions|direct question|direct feedback|direct answer|direct answers|signal strength|pays/pay/paid its/their own vendors/suppliers/staff (directly)|check (it) on ur/your/my phone|test (it) on ur/your/my phone|open it on ur/your phone',
  ],
  [['COPYWORK'], 'blog post/article/guide/review comparing'],
  [
    ['TECH'],
    'integrer|integrieren|integrasikan|lien waiver|pay application|remittance advice|our audit found|the audit found|audit found',
  ],
  [
    ['NEG'],
    'je partage pas|je donne pas|jenvoie pas|je fais pas|je peux pas|je veux pas|on peut pas|no poder|lamento no poder|не буду|не стану',
  ],
  [['NEG_AFTER'], 'не буду|не стану'],
  [['RULES'], 'la regle|cest la regle|la regle dupwork|les regles dupwork'],
  [
    ['ONPLATFORM_ONLY'],
    'directly thru/through/via my/your upwork profile|directly thru upwork|hire me directly on upwork',
  ],
  [
    ['THIRDPARTY'],
    'corresponding author|the author|the authors|the journal|daughters|sons|the patient|patients|wifes|husbands|mothers|fathers',
  ],
  // Session 12, round 18 (bench/fresh-120 to fresh-122).
  [
    ['TECH'],
    'zapier|zapier flow|google sheet|google sheets|ambiente de testes|ambiente de teste|ambiente di test|environnement de test|testumgebung|sito del cliente|site do cliente|app do seu cliente|sitio del cliente|site du client|smart buttons|gorgias|intercom|whatsapp business|embeds|app store|the app store',
  ],
  [
    ['NEUTRAL'],
    'mobile customers|mobile users|your email list|ur email list|email list|mailing list',
  ],
  [
    ['THIRDPARTY'],
    'their ar team|their billing team|their accounts team|their support team|the organizer|the organiser|the carrier|the courier',
  ],
  [['REFUSED'], 'prefiero que no'],
  [
    ['RULES'],
    'me puede costar la cuenta|costar la cuenta|perder la cuenta|no deja pasar|messages that mention|that mention paying',
  ],
  [
    ['POSTCONTRACT'],
    'cuando lo abras|cuando abras el contrato|cuando haya contrato|hasta que haya contrato|ya arranco el contrato|arranco el contrato|el contrato ya arranco|vertrag lauft',
  ],
  // Session 13, from the untuned round 19 (bench/fresh-123 to fresh-125).
  [
    ['POSTCONTRACT'],
    'nach vertragsbeginn|ab vertragsbeginn|nach vertragsstart|nach dem vertragsbeginn',
  ],
  [['ONPLATFORM_ONLY'], 'bleibt alles im/auf/bei upwork|bleibt alles hier|bleibt alles im chat'],
  // Session 13, round 20 (bench/fresh-126 to fresh-129).
  // "на карту переводить не нужно": Russian "no need" after what it turns down.
  [['NEG_AFTER'], 'не нужно|не надо'],
  [
    ['ONPLATFORM_ONLY'],
    'withdraw/withdrawing/withdrew my (upwork) earnings/balance/funds|i will keep on upwork|i keep on upwork|i will stay on upwork|i stay on upwork',
  ],
  [
    ['NEUTRAL'],
    'add me as (an/a) editor/admin/user/collaborator/member/viewer/manager/owner/contributor',
  ],
  [['ONPLATFORM_ONLY'], 'invite you to the/my/our next job/project/contract here'],
  [
    ['TECH'],
    'payment icons/icon/logos/logo/badges/badge|card icons/logos|venmo/paypal/whatsapp/telegram/zelle/stripe/discord/slack style',
  ],
  [
    ['TECH'],
    "owner contributions|owner contribution|owner's draw|owners draw|owner draw|out of sales|shop pay|are both enabled|is now enabled|are now enabled|domain verified|verify your domain",
  ],
  [
    ['ONPLATFORM_ONLY'],
    'thru/through/via/over the upwork app/call/chat/messenger|thru/through/via/over upwork call/chat/video',
  ],
  // "The login to invite is tomasz@agency.example": an address given to be added to a work tool.
  [
    ['WORKSYSTEM'],
    'login to invite|login to add|login for the invite|email to invite|address to invite',
  ],
  [['NEUTRAL'], 'different bank account than|different bank details than|different iban than'],
  [['THIRDPARTY'], 'your own team|your own staff|your own employees|your own contractors'],
  [
    ['NEUTRAL'],
    'movimientos sin factura|transacciones sin factura|gastos sin factura|cargos sin factura',
  ],
  [
    ['POSTCONTRACT'],
    'contract shuru hone ke baad|contract start hone ke baad|contract shuru hote hi|contract ke baad hi',
  ],
  [['ONPLATFORM_ONLY'], 'upwork chat pe hi|upwork chat par hi'],
  [['RULES'], 'pela regra do upwork|pelas regras do upwork|pode suspender a conta'],
  [['ONPLATFORM_ONLY'], 'vamos manter tudo aqui|manter tudo aqui|manter tudo no upwork'],
  [
    ['ONPLATFORM_ONLY'],
    'my agency account here|through my agency account|my agency account on upwork',
  ],
  [['TECH'], 'generator|im building|only building|exchange uses'],
  [
    ['TECH'],
    'rename|renamed|renaming|in the admin|admin panel|at the counter|at the register|at the till',
  ],
  [
    ['REPORTED'],
    'if a/the client suggests/asks/offers|if anyone suggests/asks/offers|if someone suggests/asks/offers|your note asking|asking whether i could|asking if i could',
  ],
  // Session 13, round 22 (bench/fresh-134 to fresh-137).
  [
    ['NEG'],
    'im not closing/ending/cancelling/canceling/leaving|i am not closing/ending/cancelling/canceling/leaving|not offsite|not off site|not off the platform',
  ],
  [['NEG_AFTER'], 'не работаю|не работаем|не работаю вне'],
  [['NEUTRAL'], 'the app on my phone|through the app on my phone'],
  [['TECH'], 'halaman pembayaran|tambahkan logo'],
  [
    ['ONPLATFORM_ONLY'],
    'keep the conversation/chat/talk/messages on upwork|keep the conversation/chat here|keep talking on upwork',
  ],
  [['TECH'], 'clickable|contact page|contact form page'],
  // Session 13, round 23 (bench/fresh-138 to fresh-141).
  [['TECH'], 'subscribers|followers|grow/growing the/your channel|channel growth'],
  [['NEUTRAL'], 'my own client/clients/customer/customers/boss/employer'],
  [['NEUTRAL'], 'he/she was paid directly|they were paid directly|he/she was paid|they were paid'],
  [
    ['ONPLATFORM_ONLY'],
    'only get paid through/via/on upwork|only get paid here|i only get paid through',
  ],
  [['TECH'], 'capitalized|capitalised|lowercase|uppercase'],
  // The contract started, said in more ways (bench/fresh-139: half its messages are written
  // during a contract).
  [
    ['POSTCONTRACT'],
    "on your contract as of|im on your contract|now on the/your hourly/fixed-price contract|were now on the/your contract|we're now on the contract|since youve hired me",
  ],
  [
    ['POSTCONTRACT'],
    'контракт подписан|контракт заключен|контракт заключён|после подписания контракта|contract accept karne|contract accept kar liya|contract active hai|ab contract active|seit dem vertragsstart|seit vertragsbeginn|seit dem vertragsbeginn|ahora que tenemos contrato|ya tenemos contrato|con el contrato activo',
  ],
  [['NEG'], 'gebe ich keine|gebe keine|preferisco non|non condivido'],
  [
    ['TECH'],
    'cloud api|phone number id|test recipient|validator|happy path|writing tests|stripe connect|1099 reporting',
  ],
  [['ELSEWHERE', 'PLATNOUN'], 'dont do escrow (here)|i dont do escrow|dont use escrow here'],
  [
    ['POSTCONTRACT'],
    'until you send the offer after that|until the offer after that|after the offer im happy to|once the contract starts im happy to',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'keep the questions in this thread|in this same thread|in this thread until',
  ],
  [['NEUTRAL'], 'report directly to|reporting directly to|reports directly to'],
  [
    ['TECH'],
    'zahlungsarten|zahlungsart|zahlungsmethoden|metodos de pago|moyens de paiement|formas de pagamento|live keys|live mode|payout schedule|statement descriptor',
  ],
  [['NEUTRAL'], 'switch to live keys|switch to live mode|switch to production'],
  [
    ['TECH'],
    'design the interface|non-custodial|web3|fintech|portfolio tracker|wallet addresses|gas fees|send flow|users should be able to|users will be able to|the user can|storing|on the device',
  ],
  // Session 13, round 24 (bench/fresh-142 to fresh-145).
  [
    ['RULES'],
    "voids/void/lose/loses/losing upwork's/the/your/our payment protection|voids/void/lose/loses the protection",
  ],
  [
    ['TECH'],
    'wire up|wired up|wiring up|mandates|integracion|pagos de prueba|de prueba|en el panel',
  ],
  // The contract started, said as a project or engagement kicked off, signed, accepted or funded.
  [
    ['POSTCONTRACT'],
    'the/our/this/your contract/engagement/project has/had started/begun|the/our/this/your contract/engagement/project started/began|contract/engagement/project started/began/signed|since the contract/engagement/project began/started|officially kicked off|were officially kicked off|the engagement/project/contract kicked off|since the engagement/project/contract kicked off|we kicked off|weve signed|we have signed|we signed the contract|you accepted the offer|youve accepted the offer|the first milestone is funded|first milestone funded|milestone is funded',
  ],
  [
    ['POSTCONTRACT'],
    'ya que aceptaste la oferta|aceptaste la oferta|hire ho chuke|aap hire ho chuke|vertrag unterschrieben|vertrag ist unterschrieben',
  ],
  [['NEG_AFTER'], 'я отказываюсь|отказываюсь'],
  [
    ['POSTCONTRACT'],
    'now that weve started|now that we have started|now that we started|o contrato ja comecou|como o contrato ja|il contratto e gia partito|contratto gia partito|il contratto e partito|der vertrag jetzt aktiv|vertrag jetzt aktiv ist',
  ],
  [['REFUSED'], 'no direct payments please|no direct payments|no direct payment'],
  [
    ['REPORTED'],
    'someone pretending to be|pretending to be upwork|someone in the proposals asked|someone asked for my|you asked about paying me',
  ],
  [['TECH'], 'svg|maps key|agent locator'],
  [['NEUTRAL'], 'outside this/the/our milestones/projects/contracts scope|outside this scope'],
  [
    ['NEUTRAL'],
    'quote it separately|quote that separately|price it separately|price that separately',
  ],
  [
    ['POSTCONTRACT'],
    'contract 1/2/3/4/5/6/7/8/9 is active/live/running/open|der vertrag jetzt lauft|vertrag jetzt lauft|da der vertrag jetzt',
  ],
  [['REFUSED'], 'stop asking for my|please stop asking'],
  [['ONPLATFORM_ONLY'], 'i only talk here|only talk here|card on file|under billing'],
  [['THIRDPARTY'], 'the printer|the print shop|the printers'],
  [['REPORTED'], 'offered to invoice|offered to pay|offered to bill'],
  [['TECH'], 'integrate'],
  [
    ['ONPLATFORM_ONLY'],
    'keeping our/the/my monthly retainer on upwork|keeping our/the/my retainer on upwork|keeping it on upwork|keeping everything on upwork',
  ],
  // Words that may say the contract started; scanner.ts reads the sentence to be sure.
  [['STARTWORD'], 'project|engagement|signed|kicked off|accepted|funded|underway|contracted'],
  // Session 13, round 25 (bench/fresh-146 to fresh-149).
  [['REFUSED'], 'no thanks to the|no thanks to'],
  [['RULES'], 'flags words like|flags words|flags the word|flags the words'],
  [['ONPLATFORM_ONLY'], 'visio integree|la visio integree|visio upwork|appel upwork'],
  [
    ['NEG'],
    'rather wait a few days than|rather wait than|rather wait a bit than|rather wait longer than',
  ],
  [['RULES'], 'ive been warned about|been warned about|a pattern ive been warned'],
  [
    ['POSTCONTRACT'],
    'kontrak sudah mulai|karena kontrak sudah|hired and starting|jetzt wo der auftrag lauft',
  ],
  [['REPORTED'], 'you asked about moving|asked about moving off'],
  [['NEUTRAL'], 'direct costs|direct cost|direct labor|direct labour|direct expenses'],
  [['NEG'], 'nothing to pay|theres nothing to pay'],
  [['RULES'], 'lose/loses/losing payment protection'],
  [
    ['ONPLATFORM_ONLY'],
    'only pays/pay contractors/freelancers through/via/on upwork|only pays through/via/on upwork',
  ],
  [
    ['TECH'],
    'impressum|stk push|daraja|formatter|test payments|cuma contoh|hanya contoh|just an example',
  ],
  [['NEUTRAL'], 'alag se bhejne ki zaroorat/zarurat nahi|upwork khud bana dega'],
  // Session 13, round 26 (bench/fresh-150 to fresh-153).
  [['NEUTRAL'], 'wire as in|as in wireframe|not wire transfer|is off from|are off from'],
  [['TECH'], 'macro|excel macro|statement row'],
  [['COPYWORK'], 'in chapter|in the chapter'],
  [['TECH'], 'refund policy|policy page|original card|original payment method'],
  [['NEG'], 'lets not close/end/cancel|let us not close/end/cancel'],
  [['ONPLATFORM_ONLY'], 'keeping it here|keep it here please'],
  [
    ['POSTCONTRACT'],
    'trabajando con contrato|estamos trabajando con contrato|ya estamos con contrato|hired and ready',
  ],
  [['NEUTRAL'], 'kicking/kicked/kick off the contract/project|into the contract'],
  [['STARTWORD'], 'days/weeks/months into'],
  [['NEG'], 'nggak mau|gak mau|ga mau'],
  [['REFUSED'], 'non merci|non merci pour'],
  [
    ['ONPLATFORM_ONLY'],
    'tout passe par le site|que tout passe par|keep it all on the site|keep everything on the site',
  ],
  [['REPORTED'], 'said i could|told me i could'],
  [['POSTCONTRACT'], 'mid-contract|mid contract|were mid-contract|we are mid-contract'],
  // Session 14, round 27 (bench/fresh-154 to fresh-157).
  // Brands as the subject of a piece being written or translated: "the article on Mercado
  // Pago", "the Payoneer onboarding guide translation", "halaman bantuan GoPay".
  [
    ['COPYWORK'],
    'article/articulo/artigo/artikel/guide/guia/guida/explainer/faq/tutorial/newsletter/ebook/whitepaper/listicle/comparison/comparativa/comparativo/perbandingan sobre/about/on/sur/su/uber/tentang/comparing/covering/reviewing/explaining|comparison piece|comparison article|comparison post|product description|product descriptions|help page|help pages|help article|help articles|help centre article|help center article|onboarding guide|user guide|pagina de ayuda|pagina de ajuda|page daide|hilfeseite|halaman bantuan|artikel perbandingan|tweet thread|twitter thread|thread draft',
  ],
  [
    ['COPYWORK'],
    'translation into|translation of|guide translation|la traduccion de|traduccion de|la traduction de|traduction de|traduzione della|traducao da|traducao do|ubersetzung der|ubersetzung des|terjemahkan|diterjemahkan|saya terjemahkan|перевод статьи|перевод страницы',
  ],
  // Words about words: a term being spelled, capitalised or left untranslated is mentioned,
  // not used ("uses 'wire' and 'bank transfer' interchangeably", "dejé 'Bizum' sin traducir").
  [
    ['COPYWORK'],
    'interchangeably|capitalized|capitalised|capitalize|capitalise|lowercase|hyphenated|untranslated|left untranslated|sin traducir|sem traduzir|non tradotto|nicht ubersetzt|tidak diterjemahkan|saya biarkan|term list|istilah|brand name|nombre de marca|nome da marca|nom de marque|markenname',
  ],
  [['TECH'], 'placeholders|placeholder email|placeholder number'],
  [['COPYWORK'], 'portal/form/application/template/checklist wants/asks/needs/requires/requests'],
  // Tax and bookkeeping talk: money moved between someone's own accounts, reported to the IRS.
  [['TECH'], 'fbar|tax filing|1099|w-9|w9'],
  [['NEUTRAL'], 'between your own accounts|between your own us accounts|between your accounts'],
  // Family history: an ancestor who wired money is nobody's payment here.
  [
    ['THIRDPARTY'],
    'great-uncle|great uncle|great-aunt|great aunt|grandfather|grandmother|grandpa|grandma|great-grandfather|great grandfather|ancestor|ancestors',
  ],
  [['RULES'], 'penalise|penalize|penalises|penalizes|penalised|penalized|penalty for'],
  [['NEG'], 'turn down|turned down|turning down|told to turn down|said no to'],
  [
    ['ONPLATFORM_ONLY'],
    'stays/stay/stays/remains/remain on the platform/site|stays/stay in the platform|stays/stay on this site',
  ],
  [
    ['NEUTRAL'],
    'at a token|a token amount|token amount|a token sum|token payment|token price|for a token 1/2/3/4/5/10/20/50|a token fixed price|a token fixed-price',
  ],
  // Words a sentence saying the contract started may turn on (STARTED in scanner.ts).
  [
    ['STARTWORD'],
    'retainer|hourly clock|clock started|clock has started|halfway|midway|partway|week/day/month 1/2/3/4/5/6/7/8/9/one/two/three/four/five/six|in week|post-hire|been hired|were hired|was hired|mission|projet|proyecto|projeto|auftrag|projekt|proyek|proyeknya|проект',
  ],
  [['TECH'], 'for the/your/our wallet app'],
  // Rails compared side by side are a subject, not a way to be paid: "$7.84 via Wise vs $44 via PayPal".
  [['COPYWORK'], 'vs roughly|vs about|vs around|versus roughly'],
  [['TECH'], 'need reporting|dont need reporting|reportable|tax reporting|reported to the irs'],
  // Session 14, round 28 (bench/fresh-158 to fresh-161).
  [['COPYWORK'], 'roteiro|no roteiro|do roteiro|el guion|en el guion|del guion'],
  [['NEG'], 'nothing needs to|nothing has to|nothing should|nothing will'],
  [
    ['REPORTED'],
    'where i say|where i said|where i mention|where she says|where he says|where they say',
  ],
  [['NEUTRAL'], 'en blanco o en negro|en negro o en blanco|en blanco y negro|en negro sobre'],
  [['RULES'], 'laut upworkagb|upworkagb|laut agb|laut den agb|laut nutzungsbedingungen'],
  [
    ['RULES'],
    'not risking my account|not risking our accounts|wont risk my account|not going to risk my account|im not risking',
  ],
  [['STARTWORD'], 'onboarding|llevamos|depuis|weeks/days/months in|lancee|demarree'],
  // "same ID as before": earlier, not before a contract.
  [
    ['NEUTRAL'],
    'as before|same as before|than before|like before|ever before|the day before|the week before',
  ],
  // Conversion of currencies, files or visitors is not the contract conversion.
  [
    ['TECH'],
    'currency conversion|conversion table|conversion rate|conversion rates|unit conversion|file conversion|conversion funnel|conversion tracking|conversion script|conversions',
  ],
  [['THIRDPARTY'], 'da empresa|de la empresa|der firma|des unternehmens'],
  [
    ['REPORTED'],
    'you asked in the post|you asked in your post|you asked in the job post|the post asks for|your post asks for|the job post asks for',
  ],
  [
    ['NEUTRAL'],
    'fees separately|fee separately|shown separately|listed separately|itemised separately|itemized separately',
  ],
  [
    ['TECH'],
    'scheduling payments|schedule payments|scheduled payments|schedule the payments|direct deposit|for direct deposit|invoice template|invoice templates|invoice layout|invoice pdf|invoice module|invoice design',
  ],
  [
    ['NEUTRAL'],
    'a customer pays|when a customer pays|the customer pays|a client pays|when customers pay|a buyer pays|the buyer pays',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'with that already included|with the fee already included|with the fee included|fee is already included|fees are already included|built into my rate|baked into my rate|priced the milestone with',
  ],
  [['NEUTRAL'], 'avoid them discreetly|shoot discreetly|discreetly photograph'],
  [['TECH'], 'hr platform'],
  [['NEUTRAL'], 'your hr manager|your hr team'],
  // Session 14, round 29 (bench/fresh-162 to fresh-165).
  // Warnings to others and stories of what happened: "it's almost always a scam, report it".
  [
    ['REPORTED'],
    'almost always a scam|usually a scam|always a scam|its almost always a scam|ist meistens ein betruger|meistens ein betruger|ist ein betruger|report and move on|report karo|seedha report karo|the client proposed|client proposed|a client proposed|asked one of our|asked one of my|so-called recruiter|a so-called|pretending to be|asked you to|someone else asked',
  ],
  [
    ['NEG_AFTER'],
    'mat dena|mat do|mat bhejna|kommt fur mich nicht infrage|kommt nicht infrage|nicht infrage',
  ],
  [['NEG'], 'pas de|donc pas de'],
  [
    ['RULES'],
    'lost his/her/their/my account|lost his/her/their/my upwork account|got banned|was banned|got suspended|not worth it|the system hid|the system hides|hid your email|hides your email|hid your number|masked your email',
  ],
  [['REFUSED'], 'i declined|declined it|i refused it'],
  [
    ['ONPLATFORM_ONLY'],
    'send/sending a new offer through/via/on upwork|a new offer through upwork',
  ],
  [
    ['TECH'],
    'idempotency|idempotent|event id|nft|mint page|polygon|on polygon|smart contract|payroll export|payroll system|tips paid out|cash tips|option lagwana|option lagana|option add karna',
  ],
  [
    ['TECH'],
    'modele de facture|modelo de factura|modelo de fatura|rechnungsvorlage|it lists|the page lists|page lists|the form lists|the footer lists',
  ],
  [
    ['THIRDPARTY'],
    'de votre entreprise|your office manager|your bookkeeper|office manager|hamare customers|humare customers|hamare clients',
  ],
  [
    ['NEUTRAL'],
    'customers to pay|clients to pay|buyers to pay|tenants to pay|members to pay|donors to pay',
  ],
  [['COPYWORK'], 'i drafted|drafted a|i drafted a'],
  // Not asking for one thing is no report: the next sentence may ask for another.
  [['NEG'], 'im not asking for|i am not asking for'],
  // Session 14, round 30 (bench/fresh-166 to fresh-169).
  [['NEG_AFTER'], 'nicht raus|nicht heraus'],
  [
    ['NEUTRAL'],
    'the customer had paid|the customer paid|customer had paid|the buyer paid|the buyer had paid',
  ],
  [
    ['STARTWORD'],
    'officially on board|officially onboard|on board as of|onboard as of|up and running',
  ],
  [
    ['THIRDPARTY'],
    'your bookkeepers|your accountants|your assistants|your managers|your office managers',
  ],
  [['TECH'], 'vendor records|vendor record|still listed on'],
  [['NEUTRAL'], 'found me through|you found me through|found you through|i found you through'],
  [
    ['NEUTRAL'],
    'my phone autocorrected|my phone autocorrects|phone autocorrect|phone notifs|phone notifications|not ur phone|not your phone',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'is built in there|built in there|built into upwork|built into the platform|zoom is built in',
  ],
  [['REPORTED'], 'he wanted|she wanted|they wanted|he wanted me to|she wanted me to'],
  [['RULES'], 'not worth my acct|not worth my account|not worth my upwork account'],
  [['NEG_AFTER'], 'geht bei mir nicht'],
  [
    ['NEUTRAL'],
    'is cut off|gets cut off|cut off on|switches banks|switch banks|added separately|never hold any login|hold any login|any login for the bank',
  ],
  [['THIRDPARTY'], 'da propria empresa|propria empresa'],
  [
    ['TECH'],
    'no painel|painel do|paypal express|your paypal business account|your existing paypal business account|shopify payments|payments settings|inputs like|us inputs|test inputs',
  ],
  [
    ['REPORTED'],
    'raised the idea|raised the idea of|the candidate offered|candidate offered|the freelancer offered|the client offered',
  ],
  [
    ['NEG_AFTER'],
    'arent something i accept|isnt something i accept|is not something i accept|are not something i accept|arent something i do',
  ],
  // Session 14, round 31 (bench/fresh-170 to fresh-173).
  [
    ['NEUTRAL'],
    'pay for them myself|pay for it myself|paid for them myself|paid for it myself|pay for those myself|keine bankdaten andern|bankdaten andern|customers paying|customers paying by|customers who pay',
  ],
  [
    ['TECH'],
    'lohnabrechnung|datev|inside deel|payout inside|is firing|firing twice|fires twice|payment_intent|normalise input|normalize input|input like|running the checksum|checksum',
  ],
  [['THIRDPARTY'], 'our contractors|their contractors|a shopper|the shopper'],
  [['REPORTED'], 'a customer wrote|customer wrote to|wrote to support'],
  [
    ['ONPLATFORM_ONLY'],
    'just not outside the platform|not outside the platform|not outside upwork|just not outside upwork',
  ],
  [
    ['STARTWORD'],
    'renewed|kickoff|kick-off|work diary|time log|timesheet|jalon|primeira fatura|first invoice|now that im|accepted your offer',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'pagamento so pelo upwork|so pelo upwork|todo por upwork|seguimos con los hitos|keep all my tutoring/work/projects/jobs/clients/contracts/sessions on/through upwork',
  ],
  [
    ['REFUSED'],
    'nao rola|ni loco|are scams|are scammers|report them|heads up for other freelancers',
  ],
  [['NEG'], 'ni loco|nada de|no whatsapp/telegram/skype/signal/discord/email/phone for now'],
  [
    ['RULES'],
    'perde a protecao|conta pode ser suspensa|me cierran la cuenta|nos quedamos sin proteccion',
  ],
  [
    ['TECH'],
    'reg e|regulation e|unauthorized transfers|password resets|by default|preferential transfers|section 547|debtors creditors',
  ],
  // Session 15, round 32 (bench/fresh-174 to fresh-177): someone the writer contacted, whose
  // address follows ("I emailed the county clerk at records@...").
  [
    ['THIRDPARTY'],
    'i/we emailed/contacted/called/messaged the|i/we wrote to the|i/we reached out to the',
  ],
  // "a dispute process here and nothing on Venmo": a way named as having none of it.
  [['NEG'], 'nothing on|nothing via|nothing through|nothing over'],
  // A proposal of the reader's, answered with a refusal in the writer's words.
  [
    ['REPORTED'],
    'concernant votre/ta proposition de|votre/ta proposition de|sobre tu/su propuesta de|sobre sua/tua proposta de|zu deinem/ihrem vorschlag',
  ],
  [
    ['REFUSED'],
    'je prefere refuser|je dois refuser|je vais refuser|je prefere decliner|je dois decliner|je decline',
  ],
  [
    ['NEUTRAL'],
    'do it/this/that without breaking/violating any/the rules/terms|without breaking/violating any/the rules/terms',
  ],
  // Staying with the platform, said while a contract runs.
  [
    ['ONPLATFORM_ONLY'],
    'keep/keeps going through/via the milestones/milestone/contract/platform|je prefere rester sur|prefiero seguir en|prefiero quedarme en|prefiro ficar no|prefiro continuar no|ich bleibe lieber bei/auf',
  ],
  [
    ['NEUTRAL'],
    'the platforms own billing/invoicing/system/tools|upworks own billing/invoicing/system/tools',
  ],
  [['NEUTRAL'], 'direct response|direct-response'],
  [['REFUSED'], 'я не передаю|не передаю|я не даю|не даю|я не делюсь|не делюсь|не обмениваюсь'],
  // Words that may open a report of the work under way (STARTED in scanner.ts reads it).
  [['STARTWORD', 'NEUTRAL'], 'weekly/daily check-in/checkin|weekly/daily/status update'],
  [['STARTWORD'], 'hours|heures|horas|stunden|projektphase|meilenstein|freigegeben'],
  [['NEUTRAL'], 'they quote|they quoted|they quote me'],
  // Session 15, round 33 (bench/fresh-178 to fresh-181).
  [['RULES'], 'nicht erlaubt|nicht gestattet|ist verboten|sind verboten'],
  [
    ['THIRDPARTY'],
    'users/customers/buyers/shoppers who paid/pay|la page contact|la pagina de contacto|a pagina de contato|die kontaktseite',
  ],
  [['TECH'], 'lien tel|en lien tel'],
  // "No crypto for me, sorry.": a way of paying turned down by name.
  [['NEG'], 'no crypto/paypal/venmo/zelle/cashapp/revolut/usdt/btc/bitcoin/payoneer/skrill for me'],
  [['STARTWORD'], 'extended|memperpanjang|stundenlimit|entregable|financiado|hrs|limit|cap'],
  [['THIRDPARTY'], 'call/text/ring him/her|his/her number/phone/mobile'],
  [['NEUTRAL'], 'it/field/form/input should/must accept|it/field/form/input accepts|should accept'],
  [['NEUTRAL'], 'out of my own pocket|out of our own pocket|from my own pocket|out of pocket'],
  [['NEUTRAL'], 'my/our/your upwork billing|is linked there|linked there too|is linked there too'],
  [
    ['ONPLATFORM_ONLY'],
    'lets use the upwork call/video/chat/calls/messages/messenger|lets use upwork|use the upwork call button',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'rather than paying me on the side|rather than paying you on the side|rather than paying on the side|instead of paying me on the side|instead of paying you on the side|instead of paying on the side',
  ],
  [['REFUSED'], 'and skipped it|so i skipped it|i skipped it|and reported it|so i reported it'],
  [['NEG'], 'stop sending me|stop asking for my|stop asking me for'],
  [['NEUTRAL'], 'site manager|the site manager|photo/video/product/tomorrows shoot'],
  [['NEUTRAL'], 'dont mention it to the other|dont mention it to my/our/your'],
  [['REFUSED'], 'no pago fuera|no pago por fuera|no pago afuera|nao pago por fora|nao pago fora'],
  [['NEG'], 'but ill pass on|ill pass on|i will pass on|i pass on|but i will pass on'],
  [['CONVERSION'], 'invite to job|invite to job button|the invite to job button'],
  // Session 15, round 34 (bench/fresh-182 to fresh-185).
  [
    ['ONPLATFORM_ONLY'],
    'send a new proposal/offer/contract through upwork|a new proposal/offer/contract through upwork|new proposal/offer/contract through upwork',
  ],
  [['STARTWORD'], 'obrigada|obrigado|comecei|paused|arbeitstagebuch|recurring'],
  [['NEG'], 'а не|а не на'],
  [
    ['REPORTED'],
    'my/the client wants me to|client wants me to|clients keep asking for my|clients keep asking me for',
  ],
  [
    ['REFUSED'],
    'i told him/her/them ill only|i told him/her/them i will only|i told him/her/them no',
  ],
  [['RULES'], 'wasnt allowed|isnt allowed until|not allowed until'],
  [['STARTWORD'], 'sudah|udah|envie|renews'],
  [
    ['NEUTRAL'],
    'i transfer (it) to my own (bank) account|left your card|charged your card|charged to your card|main office phone|the public contact email|public contact email|where one is listed',
  ],
  [['RULES'], 'cant/cannot be disputed/reversed|no dispute protection|no buyer protection'],
  [
    ['TECH'],
    'plain-text style|plain text style|preview text|open rate|open rates|re-engagement|reengagement|win back|winback',
  ],
  [['ONPLATFORM_ONLY'], 'upwork/fiverr takes/accepts cards/card'],
  // Session 15, round 35 (bench/fresh-186 to fresh-189).
  [
    ['STARTWORD'],
    'horaire|end date|show as paid|as agreed|submitted|hired|acepte|entrega|accept|terima|grazie|zahlung|approving',
  ],
  [['NEUTRAL'], 'while we wrap up this one|while we wrap up|as we wrap up'],
  [['RULES'], 'block/blocks contact info/details|both block contact info/details'],
  [['NEUTRAL'], 'the/an/our/team/company offsite|for/at the offsite'],
  [
    ['ONPLATFORM_ONLY'],
    'i only invoice/bill through/via/on upwork/here|only invoice/bill through/via/on upwork/here',
  ],
  [['THIRDPARTY'], 'another customers/users/clients|new hires'],
  [['TECH'], 'idor|high severity|vulnerability|proof of concept'],
  [['NEUTRAL'], 'im on my phone|on my phone rn|typing on my phone|sorry for typos'],
  [['RULES'], 'its in their rules|in their rules|thats in the rules|its in the rules'],
  [['NEG'], 'gabisa|gbisa|non posso|non posso darti'],
  [['NEG'], 'gentle/hard/polite/firm no (on)|a gentle/hard/polite/firm no (on)'],
  // Session 15, round 36 (bench/fresh-190 to fresh-193).
  [['STARTWORD'], 'standing|diperpanjang|as long as'],
  [
    ['ONPLATFORM_ONLY'],
    'no need to pay (me/you) outside|here everything goes through milestones/upwork|everything goes through milestones/upwork',
  ],
  [['NEG_AFTER'], 'lasse ich lieber|lass ich lieber|lasse ich lieber sein'],
  [['ONPLATFORM_ONLY'], 'ich bleibe bei/auf upwork'],
  [['TECH'], 'only for access|for access only|the invite can go to'],
  [
    ['NEUTRAL'],
    'outside the window|outside the 30/14/60/90 day window|outside the refund/return window|used/consumed outside the app|sign our own service agreement',
  ],
  [
    ['TECH'],
    'network fee/fees|gas fee/fees|no-reply|noreply|reply-to|replies go to|goes out from|sender address|demo account|review notes|bank rec|payout reconciliation|nets it out|as a separate line|reports fees',
  ],
  [
    ['THIRDPARTY'],
    'approved for print|most chose|a few gave|his/her office line|del cliente final|del cliente|eines kunden',
  ],
  [
    ['COPYWORK'],
    'example/sample row/entry|the comparison section|comparison section|claims we can back up',
  ],
  [['ONPLATFORM_ONLY'], 'keep the payments on upwork/here'],
  // Session 15, round 37 (bench/fresh-194 to fresh-196).
  [['THIRDPARTY'], 'the corresponding authors email|the title page'],
  [['NEUTRAL'], 'there as you asked|there as requested'],
  [['STARTWORD'], 'laufzeit|logged|your approval'],
  [['TECH'], 'lowercasing|without lowercasing|case-insensitive|case insensitive'],
  [['RULES'], 'couldnt/cant share my number/email/contact until'],
  [['REPORTED'], 'is a scammer|are scammers'],
  [
    ['ONPLATFORM_ONLY'],
    'prefiro manter tudo no contrato/upwork|manter tudo no contrato/upwork|prefiero mantener todo en el contrato/upwork',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'no need for an outside meeting/call/video link|no need for an outside link',
  ],
  [['THIRDPARTY'], 'printed on the invoice/invoices'],
  [['NEUTRAL'], 'no monthly/annual/account/overdraft fee/fees'],
  [['COPYWORK'], 'traduzione|glossario|senza tradurli'],
  // Session 16, round 38 (bench/fresh-197 to fresh-200).
  [['NEG_AFTER'], 'are/is a no from/for me|a no from me|are a hard no'],
  [['REPORTED'], 'you asked about paying|you asked me about paying|asks applicants to'],
  [['RULES'], 'may/might/could take it down|take it down for that'],
  [['IDWORD'], 'drawing no|drawing number|dwg no|sheet no|detail no'],
  [['NEUTRAL'], 'earn/earns/make/makes money from|direct and inverse|direct/inverse variation'],
  [['NEUTRAL'], 'direct proportion|directly proportional'],
  [['RULES'], 'rules/terms/policy ke against|ke against hai|against hai'],
  [['REFUSED', 'NEG'], 'but i wont|but i will not'],
  [['NEUTRAL'], 'your upwork login/account email'],
  [['TECH'], 'mass payout/payouts'],
  [['TECH'], 'direct deposits|the direct deposits|payments captured|captured without'],
  [
    ['NEUTRAL'],
    'that part looks legit|looks legit to me|wire fee/fees|keep the contracts yourself',
  ],
  [['THIRDPARTY'], 'your supplier|a supplier|each of them|the farmers|pembeli|rekening toko'],
  [['RETRACTED'], 'actually no|actually nah|wait no'],
  [['NEUTRAL'], 'your stripe invoices/account/dashboard/balance|les frais stripe|frais stripe'],
  [['NEUTRAL'], 'space for your/the bank details|a field for your/the bank details'],
  [['NEUTRAL'], 'the suppliers bank details|each suppliers bank details|to their iban'],
  [['TECH'], 'meta business account|whatsapp business api|the whatsapp channel'],
  [['COPYWORK'], 'numbers like|stored as|revisao dos textos|textos do app|a tela do'],
  [['WORKSYSTEM'], 'ive set up as|i have set up as'],
  [['DOCUMENT'], 'heres the outline for|here is the outline for'],
  [['THIRDPARTY'], 'vos fournisseurs|pour vos fournisseurs'],
  [['THIRDPARTY'], 'who prefer/prefers|who still prefer/prefers'],
  [['NEUTRAL'], 'plutot que de payer chaque/les facture/factures'],
  // Session 16, misses left from earlier rounds.
  [['NEUTRAL'], 'tip button|the tip button|need to screen|to screen like'],
  [['COPYWORK'], 'character names|character name|the puns|keep the puns'],
  // Session 16, round 39 (bench/fresh-201 to fresh-204).
  [['COPYWORK'], 'blog series|a writer for a blog'],
  [
    ['ONPLATFORM_ONLY'],
    'receber tudo pelo upwork|recibir todo por upwork|recevoir tout via upwork',
  ],
  [['NEUTRAL'], 'my card was/got declined|card was/got declined'],
  [['POSTCONTRACT'], 'sprint demo|the sprint demo|sprint review|the sprint review'],
  [
    ['NEG'],
    'no thanks|no thank you|im not sending|i am not sending|im not giving|i am not giving|im not sharing|i am not sharing',
  ],
  [
    ['CONVERSION'],
    'depois que ela for paga|depois que a taxa for paga|before/after/once/when we convert',
  ],
  [
    ['RULES'],
    'is still paying off-platform|is still off-platform|still counts as off-platform|still counts as circumvention',
  ],
  [
    ['REPORTED'],
    'reporting a scam (attempt)|the message said/says|every client who wanted/asked|reporting for the record',
  ],
  [
    ['REPORTED'],
    'the client replied|koi banda|maang raha hai|maang rahe hain|id like to report|i would like to report|report the account|told every applicant',
  ],
  [
    ['RULES'],
    '(we) (both) lose upworks/the payment protection|watched/seen people lose|lose their accounts',
  ],
  [
    ['NEUTRAL'],
    'need our own agreement|is it against the rules if/to|would it be against the rules if/to',
  ],
  [
    ['POSTCONTRACT'],
    'contract chal raha hai|the contract we just started|we started the contract|glad the contract is official',
  ],
  [['DOCUMENT'], 'documento de entrega|riepilogo della riunione'],
  [['THIRDPARTY'], 'del negozio|del ristorante|del restaurante|de la tienda|du magasin'],
  [['TECH'], 'pulsante whatsapp|boton de whatsapp|botao do whatsapp'],
  [['NEG'], 'не перевожу|не переводим|не перехожу|не переходим'],
  [['REPORTED'], 'you asked if|you asked whether|gracias por ofrecerme|thanks for offering to'],
  [['ONPLATFORM_ONLY'], 'sigamos con los hitos|seguir con los hitos'],
  [['TECH'], 'los formularios llegan|formularios llegan a|the forms go to|form submissions go to'],
  [['NEUTRAL'], 'our vendor team|vendor team|vendor management'],
  // Session 17, round 41 (bench/fresh-208 to fresh-211).
  [
    ['ONPLATFORM_ONLY'],
    'upwork call/video instead|upwork video call instead|upworks call/video instead|the call here instead|call on upwork instead',
  ],
  [
    ['NEUTRAL'],
    'my skype/zoom/teams/whatsapp/discord/slack keeps crashing/freezing/dropping|my skype/zoom/teams/whatsapp/discord/slack kept crashing/freezing/dropping',
  ],
  [
    ['THIRDPARTY'],
    'your customers who pay|your customers paying|your buyers who pay|your clients who pay|your shoppers who pay',
  ],
  [['TECH'], 'i swapped it to|swapped it to|swapped the link to|repointed it to|now points to'],
  [
    ['NEG'],
    'schick mir keine|schick mir bitte keine|schicken sie mir keine|schicken sie mir bitte keine|sende mir keine|senden sie mir keine',
  ],
  // "Please leave your phone number off the proposal PDF": keeping details out.
  [
    ['NEUTRAL'],
    'leave your/my phone/contact number/details/info off|leave your/my number/email/phone off|keep your/my phone/contact number/details/info off|keep your/my number/email/phone off',
  ],
  [['NEUTRAL'], 'rather than quietly|instead of quietly|not quietly|never quietly'],
  [['WORKSYSTEM'], 'on upwork enterprise|is on upwork enterprise'],
  [
    ['ONPLATFORM_ONLY'],
    'can still fund the milestone|fund the milestone by card on upwork|by card on upwork',
  ],
  [
    ['TECH'],
    'crypto payment gateway/gateways|crypto gateway/gateways|payment gateways for your shop/store/site',
  ],
  [['NEUTRAL'], 'has no fees|has no fee|charges no fees|has lower fees'],
  [
    ['NEUTRAL'],
    'after a quick test|after a short test|after a small test|after a test|after the test',
  ],
  [['TECH'], 'the iban field|iban field|iban fields|iban input|iban validator'],
  [
    ['NEG_AFTER'],
    'пока не присылай|не присылай|пока не отправляй|не отправляй|пока не скидывай|не скидывай',
  ],
  [['RULES'], 'это запрещает|запрещает|запрещают'],
  [['TECH'], 'refund flow/flows|checkout flow/flows|payout flow/flows'],
  // "I'll send you the form for our account details": a form asking for a bank account.
  [
    ['NEUTRAL'],
    'the form for our/my/your account/bank/payment details|a form for our/my/your account/bank/payment details',
  ],
  // Session 17, round 42 (bench/fresh-212 to fresh-215).
  [['WORKSYSTEM'], '1password|share the vault|the shared vault|bitwarden|lastpass'],
  [['TECH'], 'brand rules|payment options row|payment options bar|payment icons'],
  // A customer's question in an FAQ being written: "How do I find my IBAN?"
  [['NEUTRAL'], 'how do i find/change/update/reset/see/add/remove/verify my'],
  // Earnings withdrawn from the platform: "I withdrew earnings to my business bank account".
  [
    ['ONPLATFORM_ONLY'],
    'withdrew (my) earnings to my (business) bank account|withdraw (my) earnings to my (business) bank account|for withdrawals before switching to|payoneer for withdrawals',
  ],
  [['NEUTRAL'], 'withdrawal fees'],
  [
    ['COPYWORK'],
    'we collect your|we store your|we process your|speichern wir ihren/ihre|verarbeiten wir ihren/ihre',
  ],
  [
    ['TECH'],
    'payment is processed by|payments are processed by|are handled by our processor|percent application fee|application fee amount',
  ],
  [['TECH'], 'api do mercado pago|webhook do mercado pago|credenciais de teste'],
  [['NEUTRAL'], 'sem ninguem|sin nadie que'],
  [['REPORTED'], 'bertanya apakah|menanyakan apakah'],
  [['RULES'], 'red flag one/two/three/four/five|red flag 1/2/3/4/5|red flags'],
  [
    ['IDWORD'],
    'la reference|reference du depot|numero de dossier|application no|application number|part numbers|the code youll see|the code you will see|not a phone number|pas un numero de telephone',
  ],
  [
    ['NEUTRAL'],
    'list/lists/listing/show/shows the marketplace/platform/service/upwork fee separately|list it separately',
  ],
  [['REPORTED'], 'thats a scam|that is a scam|its always a scam|is always a scam'],
  // Session 17, round 43 (bench/fresh-216 to fresh-219).
  [
    ['ONPLATFORM_ONLY'],
    'keep it all in upwork|keep it all in upwork messages|my upwork withdrawal may|upwork withdrawal may take|upwork withdrawals take|how upwork pays me (out)|upwork pays me out|ngobrol di sini dulu|sekarang ngobrol di sini|pode financiar o marco (aqui)|financiar o marco aqui',
  ],
  [['NEG'], 'ni de broma|ni en broma|ni hablar|kommt nicht in frage dass'],
  [
    ['NEG'],
    'you dont need my|you do not need my|you wont need my|you will not need my|no need for my',
  ],
  [
    ['NEG_AFTER'],
    'kasih nanti|nanti aja ya setelah|nanti saja setelah|nao da|but ill decline|ill decline for now|but i will decline|ill pass for now',
  ],
  [
    ['REPORTED'],
    'acabei de denunciar|denunciar pro suporte|textbook scam|a classic scam|flagging this one',
  ],
  [['CONVERSION'], 'konversi kontrak|fitur konversi'],
  [['TECH'], 'per your brief|amocrm|схему переноса|схема переноса'],
  [
    ['NEUTRAL'],
    'share details here|share more details here|share the details here|share details in this chat',
  ],
  [
    ['COPYWORK'],
    'customers can reach|customers can contact|customers can write to|we keep the account holders name|for our accounting records|handled by our payment processor|are handled by our payment processor',
  ],
  [['DOCUMENT'], 'roteiro|roteiro de atendimento|el borrador'],
  // Session 18: copy named as a message opens ("Copy for the 'Pay Rent' page of the portal:").
  [['DOCUMENT', 'COPYWORK'], 'copy for|the copy for'],
  [
    ['POSTCONTRACT'],
    'once you accept the offer|once you accept my offer|when you accept the offer|once you accept the contract|when the contract starts|when the contract begins|once the contract begins',
  ],
  [['NEG_AFTER'], 'but ill decline for now|but i will decline for now|but ill pass for now'],
  // A checkout feature named in one hyphenated word: "a pay-with-crypto option".
  [['TECH'], 'pay-with crypto/bitcoin/paypal/venmo/card option/button/toggle/checkout'],
  [
    ['ONPLATFORM_ONLY'],
    'но (пока) давайте общаться здесь|pero (antes) hablemos aqui|pero sigamos hablando aqui|mas (antes) falemos aqui|mais parlons ici|aber lass uns (erst) hier schreiben',
  ],
  // Session 18, round 45 (bench/fresh-224 to fresh-227).
  [
    ['TECH'],
    'payment rail|payment rails|the real payment rail|of support tickets|liban dexemple|iban dexemple|jai teste avec',
  ],
  [['NEUTRAL'], 'not sent separately|not paid separately|not billed separately'],
  [['DOCUMENT'], 'el reporte|reporte semanal'],
  [
    ['ONPLATFORM_ONLY'],
    'оставим оплату через этапы|оплату через этапы на платформе|yahin upwork pe baat|upwork pe hi baat',
  ],
  [['NEG_AFTER'], 'share nahi kar sakta|share nahi karunga|share nahi kar sakti'],
  [['TECH'], 'deliverability|push us to promotions|the promotions tab'],
  [['RULES'], 'could be flagged if|could get flagged if|would be flagged if|can get flagged if'],
  [['REPORTED'], 'you mentioned youd prefer|you mentioned you would prefer'],
  [['ONPLATFORM_ONLY'], 'i have to keep this on upwork|i need to keep this on upwork'],
  // Session 18, round 46 (bench/fresh-228 to fresh-231).
  [['TECH'], 'en pruebas|en modo de prueba|em testes|em modo de teste|im testmodus'],
  [
    ['POSTCONTRACT'],
    'thanks for hiring me|thank you for hiring me|thanks for hiring us|sitting in escrow|is sitting in escrow|good to go on the contract|escrows funded|the escrow is funded|le jalon est finance|контракт уже открыт',
  ],
  [
    ['POSTCONTRACT'],
    'cuando aceptes la oferta|en cuanto aceptes la oferta|the moment you click accept|once you click accept|when you click accept|accept the offer and ill|contract accept hote hi|offer accept hote hi',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'todo por la plataforma|abhi yahin baat karte hain|stick to upwork messages|the zoom call inside messages|call inside messages',
  ],
  [['RULES'], 'teve a conta suspensa|a conta suspensa porque'],
  [['ONPLATFORM_ONLY'], 'rien a faire en dehors|rien a payer en dehors'],
  [['TECH'], 'remittance options|as remittance options'],
  [['NEUTRAL'], 'form checks|form check videos'],
  [['THIRDPARTY'], 'the nonprofit|the charity|the grantee'],
  [['NEG_AFTER'], 'no laburo|no trabajo asi'],
  // Session 18, round 47 (bench/fresh-232 to fresh-235).
  [
    ['RULES'],
    'not worth risking either of our accounts|not worth risking our accounts|not worth risking my account|not worth risking your account',
  ],
  [['COPYWORK'], 'handle there too|link there too|handle on there too'],
  [
    ['REPORTED'],
    'sobre o que voce perguntou|voce perguntou do|voce perguntou sobre|me preguntabas si|me preguntaste si',
  ],
  [['ONPLATFORM_ONLY'], 'todo pagamento precisa passar pelo upwork|precisa passar pelo upwork'],
  [['NEUTRAL'], 'fine with your suggestion|happy with your suggestion|go with your suggestion'],
  [['POSTCONTRACT'], 'apres le debut du contrat|apres le demarrage du contrat'],
  [['TECH'], 'debito direto|recurso de debito direto|direct-to-print|direct to print'],
  [['REPORTED'], 'appreciate you asking first|thanks for asking first|thank you for asking first'],
  [['NEG_AFTER'], 'не пойду|не пойдём|не пойдем'],
  [['NEG'], 'gak terima|nggak terima|ga terima|tidak terima|gak nerima|tidak menerima'],
  [['RULES'], 'могут заблокировать|заблокировать оба аккаунта|могут забанить'],
  [['REPORTED'], 'your message suggesting|your message suggesting that'],
  [['REFUSED'], 'im going to say no|im going to have to say no|i am going to say no'],
  // Session 19, round 48 (bench/fresh-236 to fresh-239).
  [
    ['NEUTRAL'],
    'keep it all on the platform|keep it all on upwork|keep it all on here|keep it all here',
  ],
  [
    ['NEUTRAL'],
    'once/after/when you accept|once/after/when you accept it|as soon as you accept (it)',
  ],
  [
    ['NEUTRAL'],
    'accept the (workspace/slack/team/figma/github/notion/calendar/repo/drive/jira/asana/trello/loom) invite/invitation',
  ],
  [
    ['NEUTRAL'],
    'license/licence/licenses/subscription/subscriptions/seat/seats/theme/template/plugin/domain myself|license/licence/licenses/subscription/subscriptions/seat/seats/theme/template/plugin/domain yourself',
  ],
  [
    ['NEUTRAL'],
    'on your own account with your (own) card|buy/purchase it/them with your (own) card|buy/purchase it/them on your own account',
  ],
  [
    ['NEUTRAL'],
    'card statement|card statements|your card statement|on your card statement|the card statement',
  ],
  [['NEUTRAL'], 'withdrawal/withdraw/withdrew/withdrawing to my bank account (ending)'],
  [['NEUTRAL'], 'then it goes to my bank|then it lands in my bank|then it moves to my bank'],
  [
    ['NEUTRAL'],
    'выведу/вывести/вывожу/выводить/вывел/вывела (деньги/средства/заработок) на (свой/мой/свою/мою) payoneer/paypal/карту/счет/банк/wise',
  ],
  [
    ['NEUTRAL'],
    'account mein aa jayega|account mein aa jayegi|account mein aa jaega|account me aa jayega',
  ],
  [
    ['NEUTRAL'],
    'use that (one) directly|use this (one) directly|use it directly|download it directly|telecharge directement|telecharger directement|descarga directamente|baixa direto|baixa diretamente',
  ],
  [['ONPLATFORM_ONLY'], 'direkt uber den vertrag|direkt uber die plattform|direkt uber upwork'],
  [
    ['RULES'],
    'can get it flagged|can get you flagged|can get your account flagged|can get your proposal flagged',
  ],
  [
    ['TECH'],
    'seed list|seed address|seed addresses|auto-format|auto format|autoformat|для теста|фиктивный номер|usuario de teste|usuario teste|usuario de prueba|the/this zap sends/triggers/runs/posts/fires|each zap',
  ],
  [['NEG'], 'не будем|не станем|не собираюсь|не собираемся'],
  [['NEG'], 'no outside/side payments/payment|no payments/payment outside'],
  // Session 19, round 49 (bench/fresh-240 to fresh-243).
  [
    ['NEUTRAL'],
    'the final/last payment was/is/has released/approved|the final/last payment went through|final/last payment was/has been released|payment went through the milestone|zahlung ist uber den meilenstein erfolgt|zahlung uber den meilenstein',
  ],
  [['NEUTRAL'], 'rehire me|re-hire me|rehire us|re-hire us'],
  [['NEUTRAL'], 'logging/logs/logged me out on my phone'],
  [
    ['NEUTRAL'],
    'your card was charged|card was charged|valor cobrado no seu cartao|cobrado no seu cartao',
  ],
  [
    ['NEUTRAL'],
    'minus the platforms/upworks (service/marketplace) fee/fees|withdraw/withdrew/withdrawing/withdrawal to (my) payoneer/paypal/wise/skrill|than a direct wire to my (local) bank|then i move it to my bank',
  ],
  [['NEUTRAL'], 'mobile wallets like'],
  [
    ['COPYWORK'],
    'the hero line is|hero line|benefit blocks|for the front desk|the front desk number|toll-free number|toll free number|sms sender',
  ],
  [
    ['TECH'],
    'correos de confirmacion|correo de confirmacion|enlace de pago de paypal|проверку номера|проверка номера|формат номера|подсвечиваются',
  ],
  [
    ['REPORTED'],
    'vous me demandiez si|tu me demandais si|vous mavez demande si|tu mas demande si|you asked why',
  ],
  [['REFUSED'], 'je prefere ne pas le faire|je prefere ne pas'],
  // Session 19, round 50 (bench/fresh-244 to fresh-247).
  [
    ['NEUTRAL'],
    'payoneer/paypal/wise payout reached/arrived/landed|my normal/usual/regular upwork withdrawal/withdrawals|withdrawing/withdraw/withdrew from upwork straight/directly to my bank|my paypal got limited|paypal got limited',
  ],
  [
    ['NEUTRAL'],
    'linkedin link on my profile|show/shows/display/displays/appear/appears separately',
  ],
  [
    ['NEUTRAL'],
    'my 2fa|2fa backup codes|backup codes|from sms to (an) authenticator (app)|authenticator app|sim-swap|sim swap|re-verify my phone|reverify my phone|if my phone dies',
  ],
  [['ONPLATFORM_ONLY'], 'предпочитаю оставаться на upwork|оставаться на upwork|остаться на upwork'],
  [
    ['REPORTED'],
    'спасибо за предложение|keeps pushing me to|kept pushing me to|keeps asking me to|kept asking me to',
  ],
  [['NEG'], 'no off platform payment/payments|no offplatform payment/payments'],
  [
    ['REFUSED'],
    'reported to trust (and) safety|reported it to trust (and) safety|used report to flag|flagged the account|reported the account|reported the job|reported the post',
  ],
  [
    ['RULES'],
    'a real client will never|real clients never|a real client never|legit clients never|is phishing|are phishing|is a phishing|e golpe|sao golpe|es una estafa|son estafas|gets you warnings|gets you a ban|warnings or a ban',
  ],
  [
    ['WORKSYSTEM'],
    'upwork emails the invoice/invoices to|upwork sends the invoice/invoices to|upwork emails it to',
  ],
  [['TECH'], 'without an area code|test mail|virtual account|nomor va|simulasi transfer|lolos uji'],
  [['CONVERSION'], 'umwandlungsprozess|den offiziellen umwandlungsprozess'],
  [['COPYWORK'], 'their own support line|click-to-chat button|click to chat button'],
  // Session 19, round 51 (bench/fresh-248 to fresh-251).
  [
    ['POSTCONTRACT'],
    'been on (the) contract for|on contract for two/three/four/several weeks/months',
  ],
  [
    ['NEUTRAL'],
    'net less after the (service) fee|losing a chunk of every invoice|amount/amounts/tax/taxes/gst/vat separately|instead of one/a big (fixed) milestone|on an hourly contract instead',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'linked to your upwork billing|linked to your upwork account|linked to upwork billing',
  ],
  [
    ['NEUTRAL'],
    'ill wire it to the (billing) cron/webhook/endpoint/api/backend/form/button|ill wire it into',
  ],
  [
    ['NEG'],
    'nehmen wir keine|wir nehmen keine|nehmen keine|on ne partage ni|ne partage ni|ne partageons ni',
  ],
  [['NEG'], 'no separate/extra/additional charge/charges/payment/payments/fee/fees'],
  [['WORKSYSTEM'], 'service account|the service account|bot account'],
  [
    ['NEUTRAL'],
    'kuch bhejne ki zarurat/zaroorat nahi|alag se kuch bhejne ki zarurat/zaroorat nahi|bank details dene ki zarurat/zaroorat nahi',
  ],
  [['REFUSED'], 'sudah aku laporkan|aku laporkan ke|sudah saya laporkan|saya laporkan ke'],
  [['REPORTED'], 'ada yang ngaku|yang ngaku hr'],
  [['TECH'], 'маска телефона|маску телефона|валидация|валидацию'],
  // Session 19, round 52 (bench/fresh-252 to fresh-255).
  [
    ['POSTCONTRACT'],
    'now that were live|now that we are live|now that the contract is live|access request for our contract|access request for the contract',
  ],
  [
    ['NEUTRAL'],
    'my whatsapp/phone/inbox is blowing up|is blowing up with|direkt im upwork|direkt in upwork|koi tension nahi|tension nahi|suka error|sering error|screen you|pays freelancers in well/over/more/most',
  ],
  [
    ['NEG_AFTER'],
    'isnt something i can use|isnt something i use|isnt something we can use|is not something i can use',
  ],
  [['RULES'], 'upwork strips them|keep your cover letter free of|cover letter free of emails'],
  [['REPORTED'], 'i know you suggested|i know you asked for'],
  [
    ['TECH'],
    'appointment reminder system|appointment-reminder system|direct mail campaign|direct mail',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'prefiero mantener la entrevista aqui|mantener la entrevista aqui en upwork|mantener la entrevista aqui',
  ],
  // Session 19, round 53 (bench/fresh-256 to fresh-259).
  [['NEUTRAL'], 'so lets finish here|directly through/via quickbooks/xero/freshbooks'],
  [
    ['TECH'],
    'integrazione|lintegrazione|nel carrello|pagos recurrentes|informe en pdf|fluxo de pagamento|tunnel de paiement|au tunnel de paiement',
  ],
  [
    ['RULES'],
    'per le regole di upwork|secondo le regole di upwork|nos pueden cerrar la cuenta|cerrar la cuenta a los dos|compte comme du contournement|comme du contournement',
  ],
  [['NEG'], 'non possiamo'],
  [
    ['POSTCONTRACT'],
    '(the) contracts already active|(the) contract is already active|(the) contract already active',
  ],
  [['REPORTED'], 'i saw in your post|saw in your post that|your post says'],
  [['TECH'], 'go out automatically|goes out automatically|would go out automatically'],
  [['NEUTRAL'], 'sus clientes pagan por transferencia|clientes pagan por transferencia'],
  [
    ['REFUSED'],
    'but im going to keep our payments on upwork|but ill keep our payments on upwork|but i will keep our payments on upwork',
  ],
  // Session 20, round 54 (bench/fresh-260 to fresh-263): payment and messaging work.
  [['NEG', 'NEG_AFTER'], 'no comparto'],
  [['NEG'], 'nobody sends|no one sends|nobody needs to|no one needs to'],
  [
    ['TECH'],
    'stripe billing|paypal payouts|generees automatiquement|echec de prelevement|ratelimited|rate limited|business initiated conversations|quality rating|telegrambot|whatsappbot|testbestellung|testbestellungen|verschickt automatisch|automatisch verschickt|aging report|ar aging|ap aging|marked it (as) paid|marked as paid',
  ],
  [['TECH'], 'wallet app ke liye|wallet app ka|wallet app ki|wallet app ke'],
  [
    ['THIRDPARTY'],
    'nomor cs|cs klien|nomor cs klien|layanan pelanggan|номер поддержки|горячей линии|горячая линия|из брендбука|the salons|affiliate payouts|affiliates|al cliente di|ai clienti|al fornitore|ai fornitori|repartidores|a los repartidores|entregadores|livreurs|курьерам|курьеров|vendors ko|vendor ko',
  ],
  [
    ['NEUTRAL'],
    'sans justificatif|sans justificatifs|setting off|sets off|keeps setting off|setting it off',
  ],
  // Keeping to the platform, said the native way.
  [
    ['ONPLATFORM_ONLY'],
    'cuma/hanya terima (pembayaran) lewat/via/di upwork|hanya menerima (pembayaran) lewat/via/melalui upwork|aqui mesmo no/pelo upwork|aqui mesmo na plataforma|aqui mismo en/por upwork',
  ],
  [['NEG'], 'nggak/ngga/gak/ga/tidak/bukan cuma/hanya'],
  [['ONPLATFORM_ONLY'], 'can only chat/talk/message/communicate here|only chat/talk here'],
  // Session 20, round 55 (bench/fresh-264 to fresh-267): clients, documents, long contracts.
  [
    ['REPORTED'],
    'haciendose/haciendo pasar por|se hace/hacen pasar por|se faz/fazem passar por|se fait/font passer pour|gibt sich als|geben sich als|выдает/выдают себя за|mengaku sebagai|impersonating our/the company',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'la videollamada de upwork|videollamada de upwork|videochamada do upwork|upwork videoanruf|usemos el chat de aqui|el chat de aqui|stays/stay/remain/remains on the upwork contract|ach/wire/card to upwork',
  ],
  [
    ['NEG'],
    'not a request to|not an ask to|not a suggestion to|не делимся|не делюсь|не делиться|не обмениваемся|hold/holding off on sharing|no phone numbers|no phone number',
  ],
  [
    ['NEUTRAL'],
    'arguing here|argue here|upwork direkt|upwork directly|upwork directement|upwork directamente|upwork diretamente|no bank/account/payment details needed/required',
  ],
  [['NEG_AFTER'], 'tidak/nggak/ga/gak bisa saya/aku terima|tidak saya terima'],
  [
    ['RULES'],
    'upwork dice que|upwork diz que|upwork dit que|erlaubt upwork kein/keine/keinen|upwork erlaubt kein/keine/keinen|upwork says',
  ],
  [['POSTCONTRACT'], 'setelah kontrak jalan/berjalan/dimulai/mulai'],
  [['TECH'], 'qr codes'],
  // The card the platform bills: "your card on file failed for this week's invoice".
  [['NEUTRAL'], 'your/the/my/our card on file'],
  // Session 20, round 56 (bench/fresh-268 to fresh-271): native refusals, third parties.
  [
    ['RULES'],
    'sin proteccion|nos quedamos (las/los) (dos) sin proteccion|perdemos la proteccion|sem protecao|ficamos sem protecao|sans protection|ohne schutz|lose (the) payment protection|die plattform erlaubt es (auch) nicht|upwork erlaubt es (auch) nicht|da banimento|o que da banimento|e motivo de banimento|what gets you/accounts banned|dihitung pelanggaran|termasuk pelanggaran|bisa kena suspend|kena suspend|fiverrs rules|fiverr rules|peopleperhours rules|pph rules',
  ],
  [
    ['NEG_AFTER'],
    'ist mir zu heikel|mir zu heikel|no va|wali baat rehne do|rehne do|rehne dijiye|chhod do|fica (meio) complicado|gardez le|gardez la',
  ],
  [
    ['REFUSED'],
    'ca ne va pas etre possible|ca va pas etre possible|ce ne sera pas possible|не получится|нет не получится|так не получится|не выйдет|no me la juego|no me arriesgo|id rather keep things clean|rather keep things clean|isnt something we/i can do|is not something we/i can do|je ne peux pas faire autrement',
  ],
  [['RETRACTED'], 'please ignore that|please disregard that|ignore that offer|disregard that'],
  [
    ['NEG'],
    'so no venmo/paypal/zelle/cashapp/crypto/wise/revolut/payoneer/tips/tip|ni mon/ma/mes/mi/tu/su|nem meu/minha|nor my|no te voy a|no le voy a|no les voy a|not that',
  ],
  [
    ['NEUTRAL'],
    'minha conta aqui|minha conta no upwork|mi cuenta aqui|mi cuenta de upwork|my account here|mon compte ici|mein konto hier|la emite directamente|lo emite directamente|emite directamente|upwork auf mein/meinem konto|upwork to my bank/account|upwork a mi cuenta|upwork pra/para minha conta|upwork sur mon compte|asked me to tell you|asked me to ask you|asked me to ask whether/if|told me to ask (you) whether/if|told me to tell you|wants me to ask you',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'quon reste ici|on reste ici|restons ici|conversando por aqui|falando por aqui|conversamos por aqui|has/have to stay on the contract|must stay on the contract|chamada do (proprio) upwork|videochamada do (proprio) upwork|chamada de video do upwork|tetap lewat/via/di upwork|va por los hitos|por los hitos de upwork|va por upwork',
  ],
  [
    ['TECH'],
    'payment options|getestet|umsatzsteuer|widerrufsbelehrung|bestatigungsmail|duplicates|customer list|contact list|for your customers|for their customers|for our customers',
  ],
  [
    ['THIRDPARTY'],
    'votre ancienne/ancien graphiste/comptable/prestataire/freelance|ton ancienne/ancien graphiste/comptable/prestataire|your old/previous/former designer/bookkeeper/freelancer/developer/accountant|my clients customer/customers',
  ],
  [
    ['REPORTED'],
    'thanks/thank for wanting to|thank you for wanting to|my brother/sister/cousin/colleague/partner/assistant suggested|ваш партнер/партнёр/коллега/менеджер предложил|партнер/коллега предложил|коллега/клиент спросил|спросил/спросила можно ли|tanya apakah|nanya apakah|primo/hermano/socio/colega/jefe/cliente me pregunto si|pediu meu/minha',
  ],
  [['NEUTRAL'], 'the milestone directly|nada por fora|nada por fuera|nothing outside'],
  [['REFUSED'], 'gardez le pour linstant/lemoment|garde le pour linstant'],
  // Session 20, round 57 (bench/fresh-272 to fresh-275): banter, work tools, the platform's
  // own features, non-native English.
  [
    ['RULES'],
    'get/gets us both banned|get both of us banned|nos banean|nos banean a los dos|nos van a banear|нас обоих забанят|нас забанят|kita berdua dibanned|dono ka/ke account band|cest (deja) du contournement|deja du contournement',
  ],
  [
    ['NEG'],
    'no me pidas|no me pida|nao me peca|ne me demande pas|no invoices|no payments|no invoicing|nao e|no es',
  ],
  [
    ['NEG_AFTER'],
    'nicht vor dem vertrag|nicht vor vertragsbeginn|gebe ich erst weiter|mat boliye|mat bolo|mat kahiye|ist nicht notig|ist nicht erforderlich|isnt something i/we can take/accept/use',
  ],
  [['NEUTRAL'], 'nothing happens outside|nothing goes outside|without hiring'],
  [['COPYWORK'], 'phrases like|words like|a phrase like|a word like'],
  [['REPORTED'], 'asked for my|asked me for my'],
  [
    ['ONPLATFORM_ONLY'],
    'all payments run through upwork|payments run through upwork|siga/sigue/siguen/sigan por upwork',
  ],
  [
    ['TECH'],
    'anbindung|testzahlung|testzahlungen|test sends|rendered fine in outlook/gmail|renders fine in outlook/gmail|return codes|return code|in the export',
  ],
  [['IDWORD'], 'referencia do pedido|numero do pedido|referencia'],
  // Session 20, round 58 (bench/fresh-276 to fresh-279): endings, short replies, local trades,
  // long documents.
  [
    ['POSTCONTRACT'],
    'desde el inicio del contrato|a partir du debut du contrat|a partir do inicio do contrato|после начала контракта|from contract start|from the contract start|the contract is officially active|your contract starts today|contract is still open/active|le contrat est encore actif|contrat est encore actif',
  ],
  [['NEUTRAL'], 'no need to end/close/cancel the contract|keep your phone on'],
  [['ONPLATFORM_ONLY'], 'via/through/on upwork only'],
  [['TECH'], 'gmail filter|email filter|mail filter|inbox rule'],
  [['REPORTED'], 'sometimes ask if/whether|often ask if/whether|people ask if'],
  [['REFUSED'], 'the answer is no'],
  [['NEG'], 'you dont need to send (me)|you do not need to send (me)'],
  [['NEG'], 'no emails|no tu numero|not your personal number'],
  [['THIRDPARTY'], 'el telefono del hotel|del hotel'],
  // Someone else paid directly: "pay them directly", "he bills you directly", "pay the DJ directly".
  [
    ['NEUTRAL'],
    'pay/paying them/him/her directly|bills/invoices/charges you directly|paid directly by you|langsung ke mereka|the dj/venue/florist/caterer/photographer/showroom/supplier/vendor directly|o dj diretamente|sa facture directement',
  ],
  [['THIRDPARTY'], 'the showroom|the dj|the florist|le fleuriste|al florista'],
  [['TECH'], 'etsy payments|amazon payments'],
  [['NEUTRAL'], 'set up employment directly'],
  // Session 21, round 59 (bench/fresh-280 to fresh-283): a general mix, creative work, the
  // hiring phase, mostly non-English chat.
  [
    ['TECH'],
    'email verification (flow)|verification emails|rss feed|podcast feed|integrations/integration/dintegrations/dintegration stripe/paypal|valid/invalid ibans|iban format/formats/validation/validator|rejects valid',
  ],
  [['NEG'], 'no need for anything|avoid sites/links/pages like'],
  [['NEG_AFTER'], 'share karne ki zaroorat/zarurat nahi/nahin'],
  [['RULES'], 'li as regras|segundo as regras'],
  [
    ['POSTCONTRACT'],
    'depois da contratacao|apos a contratacao|depois que o contrato comeca/comecar|so depois que o contrato',
  ],
  // Session 21, round 60 (bench/fresh-284 to fresh-287).
  [
    ['POSTCONTRACT'],
    'con el contrato ya iniciado/activo/empezado|ya iniciado el contrato|el contrato ya esta iniciado',
  ],
  [
    ['RULES'],
    'is a separate rule|that one still applies|that rule still applies|holds messages for review|held for review|flagged for review',
  ],
  [['NEG'], 'here than take/use/accept/do/go|here than switch to'],
  [['TECH'], 'semver|labels builds|build tags'],
  // "240312.0555 is just a timestamp, not a phone number", "АР-7700-900, не телефон".
  [
    ['IDWORD'],
    'not a phone|не телефон|не номер телефона|no es un telefono|no es un numero de telefono|nao e um telefone|nao e telefone|kein telefon|keine telefonnummer|bukan nomor telepon|bukan nomor hp',
  ],
  [
    ['REPORTED'],
    'спасибо что предложили/предложил/предложила|someone/somebody says theyre|someone/somebody claims|someone claiming',
  ],
  // Session 21, round 61 (bench/fresh-288 to fresh-291).
  [['NEUTRAL'], 'ur/your email notif/notification|email notif'],
  [['NEUTRAL'], 'from/on your phone|your own billing (system)'],
  [['THIRDPARTY'], 'move your customers|their ap phone|their ap|your clients paying you'],
  [
    ['TECH'],
    'wise/payoneer business|revolut/paypal/stripe/wise/payoneer export|bank csvs|payloads',
  ],
  [['NEG'], 'theres no outside|there is no outside|nothing goes to me'],
  [['NEG_AFTER'], 'gibt es von mir nicht|gibt es nicht|abgelehnt hat|hat abgelehnt'],
  [['RETRACTED'], 'please disregard|disregard it'],
  [['RULES'], 'viola os termos|viola as regras|violates the terms'],
  // Session 21, round 62 (bench/fresh-292 to fresh-295).
  [
    ['REPORTED'],
    'someone on the forum (said)|reporting a possible scam|your customer asked|a customer asked|the customer asked',
  ],
  [['NEG'], 'bukan nomor saya/aku'],
  [['NEG_AFTER'], 'se mana kar raha/rahi hoon|mana kar raha/rahi hoon'],
  [
    ['THIRDPARTY'],
    'pas le mien|pas la mienne|а не мою|а не мой|not mine|no el mio|no la mia|nicht meine|nicht meins',
  ],
  // Whose address it is, said after it: "la почту салона", "le courriel de la clinique".
  [
    ['THIRDPARTY'],
    'салона|клиники|компании|магазина|ресторана|de la clinique|du salon|du restaurant|de la clinica|del salon|da clinica|do salao',
  ],
  [['TECH'], 'para las pruebas|para los tests|campo de telefono|test vector|test vectors'],
  [['RULES'], 'kalau ketahuan|bisa di suspend|bisa disuspend'],
  [
    ['ONPLATFORM_ONLY'],
    'parametres de retrait|pengaturan penarikan (dana)|withdrawal settings|payout settings',
  ],
  [
    ['NEUTRAL'],
    'in the repo rather than here|into the env rather than here|in the vault rather than here',
  ],
  // Session 21, round 63 (bench/fresh-296 to fresh-299).
  [
    ['TECH'],
    'email parser|phone like strings|in signatures|shared mailbox|autoforwards|transport rule|payment link generation|with metadata',
  ],
  [['NEUTRAL'], 'no deja subir|not a handshake deal'],
  [['RULES'], 'regra do upwork|regra da plataforma|itu penipuan|account risk'],
  [['NEG'], 'termasuk lewat|termasuk via'],
  [['REPORTED'], 'ada akun yang ngaku|yang ngaku dari|got your request (for)'],
  [['TECH'], 'lien de paiement stripe|reconciling/reconcile the bank account'],
  [['NEUTRAL'], 'donors/customers/users/buyers/shoppers away from the site'],
  [['THIRDPARTY'], 'your clients can pay|your customers can pay'],
  [
    ['POSTCONTRACT'],
    'current hourly contract|on the current contract|our current contract|once a client hires us|once the client hires us|once a client hires you',
  ],
  [
    ['REPORTED'],
    'the question was whether|the question was if|sobre a sua sugestao|sua sugestao de',
  ],
  [['NEG'], 'dont need anything|do not need anything'],
  [['THIRDPARTY'], 'du studio'],
  // Session 21, round 64 (bench/fresh-300 to fresh-303).
  [
    ['NEUTRAL'],
    'instead of going offsite|instead of going off site|instead of going off platform|my phone number is (already) verified|facturas por email|invoices by email|service fee separately|directo en tu cuenta de|email mil gaya',
  ],
  [['NEUTRAL'], 'equipment/cost/time/budget/price/pricing/money/design/schedule wise'],
  [
    ['RULES'],
    'rule i follow|no real client will/would|no legit client|shows a warning|warning popup|warning pop up|toh samajh jao|samajh jao scam hai',
  ],
  [['TECH'], 'remitente|el remitente|prefix|prefixes|stripe identity'],
  [
    ['REPORTED'],
    'agradeco a sugestao|obrigado pela sugestao|gracias por la sugerencia|meu cliente perguntou|o cliente perguntou|keh raha tha|kah raha tha|maine samjhaya|that happened to you',
  ],
  [
    ['NEG_AFTER'],
    'isnt supported|is not supported|no para mi|nao para mim|не соглашайтесь|не соглашайся|bhejne ki zarurat/zaroorat nahi',
  ],
  [['NEG'], 'ich zahle keine|zahle keine'],
  [['IDWORD'], 'id transaksi'],
  [['ONPLATFORM_ONLY'], 'recevoir des paiements|settings get paid|get paid mein|get paid section'],
  // Session 22, round 65 (bench/fresh-304 to fresh-307).
  [
    ['POSTCONTRACT'],
    'once/when/after the offers accepted|once/when/after the offer is/gets accepted|once/when/after the offer has been accepted',
  ],
  [
    ['NEG_AFTER'],
    'days are over|days are long over|телефона не нужен|телефон не нужен|номер не нужен',
  ],
  [
    ['TECH'],
    'lib|libs|the middleman step|capture on shipment|capture on fulfillment|authorize and capture',
  ],
  [['REPORTED'], 'asked me the same (thing)|asked me about'],
  [['ONPLATFORM_ONLY'], 'lo dejamos en el hito|lo dejamos aca en upwork|lo dejamos en upwork'],
  [
    ['NEUTRAL'],
    'nobody gets charged early/twice/before|is this/the upwork inbox/chat the best way|is upwork chat the best way|send you the rest of the assets/files/designs/photos/images/drafts/deliverables/pages/content/videos/copy',
  ],
  [['TECH'], 'fitur|pengaturan toko|dari pengaturan'],
  [
    ['REPORTED'],
    'screenshot where|screenshots where|client wanted to|the client wanted to|he/she/they wanted to|i pointed him/her/them to',
  ],
  [
    ['NEUTRAL'],
    'higher/lower/more/less/bigger/smaller than the milestone|logged/recorded/listed/shown separately|shows separately',
  ],
  [['NEG'], 'не соглашайтесь на|не соглашайся на'],
  [['NEG'], 'not my personal one/number/line/phone'],
  [
    ['THIRDPARTY'],
    'the stores line|the store line|the shops line|contractors/freelancers/vendors you paid',
  ],
  [
    ['TECH'],
    'foglio delle fatture|risultano pagate|test message|test sms|cobranca automatica|corpo da mensagem|stripe radar|card bin|billing zip',
  ],
  [
    ['NEUTRAL'],
    'the stores 2fa codes go to your phone|2fa codes go to your phone|codes go to your phone',
  ],
  [
    ['RULES'],
    'правило upwork|правило площадки|напоминаю правило|vai contra os termos|contra os termos|vai contra as regras',
  ],
  // Session 22, round 66 (bench/fresh-308 to fresh-311).
  [
    ['NEG_AFTER'],
    'geht leider nicht|geht so nicht|belum bisa dibagikan|tidak bisa dibagikan|belum bisa saya bagikan',
  ],
  [['POSTCONTRACT'], 'wenn/sobald der auftrag/vertrag lauft/startet/beginnt'],
  [
    ['NEUTRAL'],
    'who works/work without a platform|without any direct billing/payment/payments/invoicing|aapke account mein dikh|account mein dikh jayega|account mein dikhega|receive it minus|i receive it minus',
  ],
  [['TECH'], 'strips the spaces|copied as one string|sent a test'],
  [
    ['NEUTRAL'],
    'ill/well wire it to the event/webhook/endpoint/api/button/form/handler/trigger/order/checkout/cart/flow/backend/crm|known them for years outside upwork|known them outside upwork|know them outside upwork|our own contract/agreement/deal with them',
  ],
  [
    ['REPORTED'],
    'i flagged the job/poster/client/account/message/user/listing|i flagged him/her/them|who wanted',
  ],
  [
    ['NEUTRAL'],
    'not anyones personal phone/number/line|not anyones personal|our/the end client/clients separately|our client/clients separately',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'lauft die zahlung hier|solange wir uns uber upwork kennen|keep our accounts safe|keep both our accounts safe',
  ],
  [
    ['THIRDPARTY'],
    'our end client|the end client|end client|end clients|her/his work address/email',
  ],
  [['POSTCONTRACT'], 'weeks/days/months into the contract'],
  [['REFUSED'], 'aber das geht leider nicht|das geht leider nicht'],
  // Session 22, round 67 (bench/fresh-312 to fresh-315).
  [
    ['NEUTRAL'],
    'finish this/the milestone first|bounce/open/click/conversion rate looks normal|upwork se payoneer/bank/wise mein|stripe/paypal shows',
  ],
  [
    ['THIRDPARTY'],
    'the appointment line|appointment line|the booking line|the reception line|the front desk line',
  ],
  [['REPORTED'], 'wants me to|how do i report|how can i report'],
  [['ONPLATFORM_ONLY'], 'withdrawal process|platform pe hi theek hai|platform pe hi'],
  [['NEG_AFTER'], 'use nahi karta|use nahi karti|istemal nahi karta'],
  [['TECH'], 'crear la orden|tipo de cuenta|shows refunded'],
  [['ONPLATFORM_ONLY'], 'ja saiu pela upwork|saiu pela upwork|ja foi pago pela upwork'],
  [
    ['NEUTRAL'],
    'school/teacher/coach emails me|emails me a/the/every|texts me a/the/every|show/appear on your card|show up on your card|as on my flyer/card/website/site/profile|from/in the footer of',
  ],
  [['TECH'], 'how to add|wrong currency|price object|consulting session'],
  [
    ['REPORTED'],
    'your message asking for|message asking for|pregunto si|le explique que|le explique',
  ],
  // Session 22, round 68 (bench/fresh-316 to fresh-319).
  [
    ['REPORTED'],
    'i flagged a message/dm/chat/request|someone asking for my|i noticed you|noticed you pasted|you pasted',
  ],
  [['REFUSED'], 'ill ignore it|i will ignore it|ill just ignore it'],
  [['NEUTRAL'], 'not through their portal|through their portal|it came by email|came by email'],
  [['TECH'], 'vorkasse|zahlung ausstehend|die bestellungen|welcome series|sent from'],
  [['THIRDPARTY'], 'die kunden|клиент с заказом|с заказом'],
  [['REPORTED'], 'объяснил ему|объяснила ему|объяснил клиенту'],
  [['NEG'], 'rather than move|rather than moving'],
  [['ONPLATFORM_ONLY'], 'quede en upwork|todo el pago quede en upwork'],
  [
    ['NEUTRAL'],
    'classic overpayment scam|the overpayment scam|an overpayment scam|overpayment scam',
  ],
  [['RULES'], 'la regla de upwork|regla de upwork'],
  [['REFUSED'], 'asi que no puedo|asi que todavia no puedo|por eso no puedo'],
  // Session 22, round 69 (bench/fresh-320 to fresh-323).
  [
    ['NEUTRAL'],
    'i read that inbox|i check that inbox|i check it on my phone|check it on my phone|outside paypals|outside stripes|upwork messages/chat is the best way to reach me|upwork is the best way to reach me|here is the best way to reach me',
  ],
  [['NEG'], 'not because i want (to)|nothing else moves/goes|nothing moves/goes'],
  [['TECH'], 'job requirements|must pass|prufziffer|geht durch|vertippten stelle|mocked|is mocked'],
  [['NEG_AFTER'], 'karne ki zaroorat nahi'],
  [
    ['ONPLATFORM_ONLY'],
    'lo inclui en el precio del milestone|en el precio del milestone|vaya por upwork|restiamo su upwork',
  ],
  [['REFUSED'], 'ho rifiutato'],
  // Session 22, round 70 (bench/fresh-324 to fresh-327).
  [
    ['REPORTED'],
    'cliente pediu|o cliente pediu|expliquei que|eu expliquei|thanks for the offer to|thank you for the offer to',
  ],
  [
    ['NEG_AFTER'],
    'isnt needed|isnt needed yet|not needed yet|ist fur mich nicht moglich|fur mich nicht moglich|nicht moglich',
  ],
  [['TECH'], 'still shows the old|still shows'],
  [
    ['REFUSED'],
    'cant share my number/email/phone/contact until|cant share my phone number until|cant share my contact details until',
  ],
  [['NEUTRAL'], 'check ur/your email/inbox|pls/please check ur/your email/inbox'],
  [
    ['NEUTRAL'],
    'than anything off the books|than off the books|your/ur email says|your message says|whats on upwork|whats on the contract|not a side deal|no side deal|no side deals',
  ],
  [['THIRDPARTY'], 'your companys|your company'],
  [['TECH'], 'now print on|print on every invoice'],
  [
    ['NEUTRAL'],
    'retest on my phone|retest it on my phone|test it on my phone|напрямую подключиться|подключиться напрямую',
  ],
  [['TECH'], 'маска для телефона|sms reminder'],
  [['REPORTED'], 'reported job|reported the job/poster/listing'],
  // Session 22, round 71 (bench/fresh-328 to fresh-331).
  [['WORKSYSTEM'], 'my google account'],
  [['TECH'], 'so it accepts'],
  [['NEUTRAL'], 'nothing to send separately|on its own tiktok/instagram/youtube/channel/page'],
  [['NEG'], 'keinen'],
  [['REPORTED'], 'ever asks you to|ever asks you'],
  [['ONPLATFORM_ONLY'], 'need to go through a contract|go through a contract here'],
  [['TECH'], 'callback url'],
  [['ONPLATFORM_ONLY'], 'payment bhi yahin rahe gi|bhi yahin rahe gi|yahin rahegi'],
  [['NEG_AFTER'], 'is still off the table|still off the table|is off the table'],
  [['RULES'], 'payment warning'],
  [['REPORTED'], 'ke saath dikhaya'],
  // Session 23, round 72 (bench/fresh-332 to fresh-335).
  [
    ['TECH'],
    'карточке товара|approved by meta|meta approval|meta verification|rekonsiliasi|rekonsiliasi bank|flow top up|alur top up|aplikasi e wallet|aplikasi ewallet|e wallet app|ewallet app|mailgun|postmark|amazon ses|il mittente|email di conferma|test recipients',
  ],
  [['NEUTRAL'], 'calls run on zoom|built in calls run on zoom'],
  [['RULES'], 'non si possono|non si puo|non e consentito'],
  [['REPORTED'], 'took down/removed the/my/that (old) link/links|took the link down'],
  [['REPORTED'], 'a page asking for|page asking for|a form asking for|page asks for|form asks for'],
  // Session 23, round 73 (bench/fresh-336 to fresh-339).
  [['RULES'], 'counts even if|even if nobody ends up paying|even if no one ends up paying'],
  [['POSTCONTRACT'], 'im using for this contract|i use for this contract'],
  [
    ['ONPLATFORM_ONLY'],
    'anade un hito|agrega un hito|crea un hito|mejor seguimos con hitos/upwork|seguimos con hitos de upwork|everything between us has to go through upwork/here|everything has to go through upwork/here',
  ],
  [
    ['TECH'],
    'transfer quote|reimbursement app|expense reimbursement app|expensereimbursement app|reimbursement record|errore|va in errore',
  ],
  [
    ['NEUTRAL'],
    'token sale|token launch|token presale|method got suspended|method was suspended|card got suspended',
  ],
  [
    ['REPORTED'],
    'это развод|это мошенничество|это скам|bol raha tha|bol rahi thi|bol rahe the|keh rahi thi',
  ],
  // Session 23, round 74 (bench/fresh-340 to fresh-343).
  [
    ['TECH'],
    'donate button|paypal donate|for donations|questionnaire|sondaggio|domanda sul|la question sur|survey question|di crm|validasi|email bounce|vanity link|contact us block|contact block|wire instructions doc',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'keep billing through the (hourly) contract|keep billing through upwork/here|upworks call button|with upworks call',
  ],
  [
    ['NEUTRAL'],
    'my own milestone quote|my own milestone|works better there than on|better there than on',
  ],
  [
    ['THIRDPARTY'],
    'one participant|a participant|her bank details|his bank details|which is your page',
  ],
  [['WORKSYSTEM'], 'nda e signature'],
  // Session 23, round 75 (bench/fresh-344 to fresh-347).
  [['WORKSYSTEM'], 'edit access to|the address to add is'],
  [
    ['ONPLATFORM_ONLY'],
    'uberweisung an upwork|per uberweisung an upwork|die rechnung kommt von upwork|no need to sign anything outside upwork|no need to sign anything outside',
  ],
  [
    ['NEUTRAL'],
    'nomor po|nomor pesanan|suppliers we contract directly|we contract directly|fewer questions usually|fewer questions means',
  ],
  [
    ['TECH'],
    'payment run|ach payment run|vendor bill sync|netsuite|statement parser|parser|scenario make|le scenario make|pennylane|votre boite gmail|voice agent|call sid|test calls|lexoffice|make flow|der make flow',
  ],
  [['RULES'], 'fit suspend your account|suspend your account if'],
  [['NEUTRAL'], 'minta nomor po|nomornya po|for all my bots'],
  [['TECH'], 'step keyed on|keyed on the|extract pattern'],
  [['POSTCONTRACT'], 'this contract room'],
  // Session 23, round 76 (bench/fresh-348 to fresh-351).
  [
    ['TECH'],
    'epc payment data|qr code with the|thank you page|order confirmation email|payer phone|intake pdf|politique de confidentialite|adresse du dpo|group number|member id',
  ],
  [['RULES'], 'what the circumvention rules are meant to catch|rules are meant to catch'],
  [
    ['THIRDPARTY'],
    'your firm normally pays|outside counsel|modelo para os clientes|para os clientes de voces',
  ],
  [
    ['ONPLATFORM_ONLY'],
    'payments need to stay here|entre nos segue tudo pela upwork|segue tudo pela upwork',
  ],
  [
    ['NEUTRAL'],
    'payouts to your/the creator|payout aapke bank account|aapke bank account mein|payout aap ke stripe account|выплаты на твой счет|kajabi payout bank|your kajabi payout|cancel flow',
  ],
];
