import type { LexiconLine } from './types';

// Words that carry the intent to leave the platform, whatever the channel.
export const INTENT_LEXICON: readonly LexiconLine[] = [
  [
    ['OFFPLATFORM'],
    'on our own terms|our own arrangement|leave upwork|ditch upwork|forget upwork|skip upwork|quit upwork|drop upwork|avoid upwork|ditch the platform|skip the platform|forget the platform|avoid the platform|upwork chhodo|upwork ka chakkar chhodo|platform chhodo|the other half outside|the rest outside|half outside|pay you outside|paid outside|pay outside|payment outside|payments outside|outside of it|cut out the middleman|take this offline|take it offline|take this off here|off the grid|offplatform|off site|offsite|off here|off upwork|off the platform|off the site|off fiverr|off the books|under the table|outside of here|outside here|somewhere the platform|away from this inbox|away from here|away from upwork|away from the platform|the middleman|middleman|middle man|intermediary|between ourselves|on the side|side payment|side deal|off the record|por fuera|por fora|fora do upwork|fora da plataforma|hors de la plateforme|hors plateforme|hors upwork|vne|вне площадки|вне платформы|мимо площадки|в обход|напрямую|tanpa platform|luar upwork|upwork ke bahar|without upwork|without the platform|without the site|sin upwork|sin la plataforma|sem upwork|sem a plataforma|sans upwork|ohne upwork|bina upwork|off the radar|under the radar|(the) platform/site/upwork/middleman out of the loop|(the) platform/site/upwork/middleman out of the picture|go around the site|dont bother posting|doesnt use this site|doesnt use upwork|barely check|rarely check|outside upwork',
  ],
  [
    ['OUTSIDE'],
    'sans passer par|sin pasar por|sem passar pelo|sem passar por|ohne uber|without going through|without|sans|sin|sem|ohne|без|tanpa|bina|go around|get around|bypass|bypassing|circumvent|outside|outside of|off|away from|fuera de|fuera|fora de|fora|hors de|ausserhalb von|ausserhalb|ausserhalb der|ausserhalb des|en dehors|en dehors de|вне|di luar|luar|bahar|beyond',
  ],
  [
    ['INSTEAD'],
    'instead of|instead|rather than|not through|not via|not on|not in|not the|not here|not this|than through|than via|than on|than in|than the|than this|en lugar de|en vez de|em vez de|ao inves de|au lieu de|plutot que|pas via|pas par|statt|anstatt|statt uber|вместо|daripada|bukan lewat|ke bajaye|ki jagah|no through|not using|instead of using|than going through|no usamos|no usar|sin usar|nao usamos|nao usar|sem usar|without using|ohne zu nutzen',
  ],
  [
    ['COMPARE'],
    'cheaper|cheap|easier|faster|simpler|quicker|better than|more convenient|mas barato|mas barata|mas facil|moins cher|plus simple|plus facile|gunstiger|billiger|einfacher|дешевле|выгоднее|удобнее|lebih murah|lebih mudah|sasta|aasan|asaan',
  ],
  [['NEG', 'NONEED'], 'lets not|let us not'],
  [
    ['NONEED'],
    'no need|dont need|do not need|no hace falta|nao precisa|pas besoin|kein bedarf|brauchen nicht|nicht notig|не нужно|не нужен|tidak perlu|nggak perlu|ga perlu|zaroorat nahi|no point',
  ],
  [
    ['PLATNOUN'],
    'upwork|upworks|upwrok|upwrk|up work|fiverr|freelancer.com|peopleperhour|platform|platforms|platforms cut|plataforma|plateforme|plattform|площадк*|платформ*|site|this site|the site|website|marketplace|here|on here|aqui|aca|ici|hier|здесь|тут|disini|di sini|yahan|idhar|milestone|milestones|the milestone|hito|hitos|marco|jalon|meilenstein|этап|вехи|escrow|this inbox|inbox|this chat|the chat|this thread|thread|upwork chat|upwork messages|the contract|contract here|the app|this app|this website|this marketplace|this platform|the platform|the system|this system|releasing|releasing it here|funding the milestone|adding a milestone|the upwork contract|upwork milestone|platform fee',
  ],
  [
    ['AVOID'],
    'skip|skips|skipping|avoid|avoids|avoiding|save|saves|saving|savings|dodge|bypass|cut out|no|without|fewer|less|lower|zero|free of|none of|keep the full|keep the full rate|keep the full price|keep everything|keep more|nobody takes|no one takes|ahorrar|ahorramos|ahorra|ahorro|evitar|evitamos|sin|economizar|economizamos|sem|eviter|eviterait|economiser|sans|sparen|sparst|ohne|vermeiden|keine|kein|без|сэкономим|экономия|избежать|tanpa|hemat|menghindari|bach|bachegi|bach jaye|bachao|bachenge|katti hai|too high|eats into',
  ],
  [
    ['FEEWORD'],
    'fee|fees|cut|their cut|the cut|commission|commissions|percentage|percent|deduction|deductions|service fee|processing fee|platform fee|marketplace fee|platforms cut|upworks cut|upwork fee|upwork fees|per cent|ten percent|twenty percent|cargo|comision|comisiones|comissao|comissoes|taxa|taxas|tarifa|frais|commission de|gebuhr|gebuhren|provision|комисси*|сбор|potongan|biaya|fee nya',
  ],
  [
    ['FEE_AVOID'],
    'neither of us pays|neither of us has to pay|nobody takes a fee|no one takes a cut|keep the full amount|keep more|split the savings|saves us both|save us both|fee is getting heavy|fee eats|fees eat|upwork takes too much|upwork takes to much|takes too much|no fees|no fee|without the deductions|fee is too high|fees are too high|fees bahut|kena potongan|biar nggak kena|без комиссии|moins cher pour nous|ce sera moins cher|mais barato|fica mais barato|nos ahorramos|sin comisiones|sem taxas|sem comissao|sparen wir|on eviterait les frais|выгоднее обоим|so no fees|fee bach|takes too big a cut|too big a cut|takes a big cut|takes a huge cut|takes a big chunk|hand over a chunk|hand them a chunk|give them a cut|give them their cut|lose a chunk|letting them take|let them take|take their slice|their slice|cheaper for both of us|cheaper for both|cheaper for us both|better for both of us|you keep more|keep it all|the whole amount',
  ],
  [
    ['ENDVERB'],
    'end|ending|close|closing|cancel|cancelling|canceling|withdraw|stop|terminate|wrap up|close out|cerrar|cerramos|cancelar|terminar|encerrar|encerramos|fechar|arreter|arrete|arretons|cloturer|beenden|schliessen|kundigen|закроем|закрыть|закрываем|отменим|tutup|menutup|batalkan|band|khatam|khatm|finish|wrap',
  ],
  [
    ['CONTRACTWORD'],
    'things|things on here|contract|contracts|the contract|this contract|offer|the offer|job|this job|things out here|things here|milestone|upwork payment|contrato|contrat|vertrag|контракт*|договор*|kontrak|kontraknya|the amount on the contract|official contract|here|things up here|this one|this one out|proposal|proposta|propuesta|oferta|offre|angebot|auftrag|interview|entrevista|entretien|оффер*|penawaran|interviu',
  ],
  [
    ['CONTRACT_END'],
    'contract band|contract yahan band|contract khatam|contract ko band|contract close kar|mark the contract as done|mark the contract complete|mark the job complete|mark it as done|close this job|close things out|close out here|keep the contract here at the minimum|keep the official contract small|lower the amount on the contract|withdraw the offer|refund the upwork payment|refund the payment|dont need the upwork contract|dont need upwork|dont need the milestone|no need for the milestone|no need to involve the site|no need to keep using|lets not open a new contract|not open a new contract|dont bother posting a job|no hace falta crear otro hito|no need for another milestone',
  ],
  [
    ['CONTINUE'],
    'from now on|do this|do it|discuss the terms|discuss terms|talk terms|the remaining work|remaining work|continue|continuing|carry on|keep working|keep going|work together|working together|work directly|work for us|work with you|work with me|hire|hire you|hiring|book|the deal|deal|finish the deal|finish the job|finish|sort it out|sort out|agree|talk rates|quote|rates|the real budget|handle|go on|from then on|going forward|seguimos|seguir|continuar|continuamos|trabajando|continuons|continuer|weiterarbeiten|weitermachen|работать|продолжим|продолжать|lanjut|lanjutkan|kerja|kaam|aage|then on|the next jobs|next jobs|next projects|next project|future projects|future work|next phase|the next phase|deal with each other|each other',
  ],
  [
    ['OWN'],
    'myself|on my own|my own website|my own site|my own|my studio|my company|our own payroll|own payroll|own payroll system|from my site|when we meet|in person|face to face|cash in hand',
  ],
  [
    ['DIRECT'],
    'privately|in private|direct|directly|direct to|straight to|straight from|straight|personally|directo|directamente|direto|diretamente|en direct|directement|direkt|langsung|seedha|sidha|seedhe|lichno|ourselves|between ourselves|among ourselves|on our own|just the two of us|the two of us|one on one',
  ],
  [
    ['PRECONTRACT'],
    'before you accept|before accepting|before i hire|before hiring|before the job starts|before we sign|before signing|before you award|before the contract starts|b4 u send|b4 you send|b4 the|b4 we|b4 u|b4 you|pre contract|precontract|before the offer|before you send the offer|before the contract|before we start|before you hire|before i accept|before we agree|before anything|before we book|before the interview|for the interview|before you close|before i send|before any offer|before sending|before we finalize|before finalizing|before i decide|before we decide|before deciding|before we proceed|before we go ahead|before i commit|before we kick off|before we begin|before the project starts|before signing anything|before we sign anything|before you start|offer bhejne se pehle|contract se pehle|antes de la oferta|antes de que te mande|antes de fechar|antes do contrato|avant que tu|avant le contrat|bevor du|vor dem vertrag|sebelum kontrak|до начала контракта|до контракта',
  ],
  [['BEFORE'], 'before|b4|antes de|antes|avant|avant de|bevor|vor|sebelum|перед|prima di|prima'],
  [
    ['SECRECY'],
    'dont mention|do not mention|they read everything|isnt reading|is monitored|inbox is monitored|is being monitored|reading over our shoulders|no one will notice|nobody will notice|nobody needs to know|keep this between|delete this message|talk freely|speak freely|we can talk freely|can talk freely|we could talk freely|talk more freely|chat freely|remove the spaces|doesnt need to know|dont need to know|dont have to know|doesnt have to know|nobody has to know|no one has to know|no one needs to know|keep it quiet|keep this quiet|keep it low key|low key|lowkey|discreetly|quietly',
  ],
  [
    ['ELSEWHERE'],
    'separately|somewhere else|elsewhere|another app|other app|outside this thread|outside this chat|outside this inbox|some other way|another way|a different way|any other way|old fashioned way|other than through here|other than here|outside the system|off the system|without posting (a/the) job|without (a/an/the) contract/offer/milestone|without opening (a) contract|without going through here',
  ],
  [
    ['PREFERENCE'],
    'is easiest|is easier|is simpler|is fine|works for me|work for me|works best|is best|is better|easiest for me|easier for me|prefer|we accept|accepted|is okay|is ok',
  ],
  [
    ['SCAM'],
    'send a check|send you a check|cash it|cash the check|forward the extra|forward the rest|forward the difference|send back the difference|send back the extra|overpaid|overpayment|mail you a check|mail you a cheque|cashiers check|cashier check|deposit it|deposit the check|deposit the cheque|approved vendor|our vendor|training package|training fee|training kit|registration fee|starter kit|onboarding fee|pay for the training|refunded with your first|verify your payout|payout account|partner portal|your online banking|into online banking|banking details|banking login|sign in with your bank|install a wallet|wallet app|only pays freelancers|pays freelancers in|equipment check|hr manager|hiring manager on|recruiting for a remote|data entry position|complete your interview|receive your equipment|unlock the higher|pay to apply|application fee|security deposit|rent your account|account rental|use your account|lend me your account|rent your upwork account|rent out your (upwork) account/profile|use your upwork account|borrow your (upwork) account|buy your (upwork) account|online banking login|bank login',
  ],
  [
    ['SIDE_DEAL'],
    'make up the difference|the real budget|the rest on the side|pay me the rest|the other three straight|keep the full amount|the full amount|i still deliver|ill still mark|mark it complete|mark the milestone as done',
  ],
  // Avoiding the fee, per language: "forget about the fees", "nos olvidamos de la comision".
  [
    ['AVOID'],
    'forget|forget about|forgetting|ditch|get rid of|no more|nos olvidamos de|olvidarnos de|olvidate de|olvidamos|nos ahorramos|ahorrarnos|nos evitamos|evitarnos|sin pagar|esquece|esquecer|esquecemos|fugir da|pular|sem pagar|oublie|oublions|oublier|on evite|sans payer|vergiss|vergessen|umgehen|sparen uns|не платить|обойти|обойдем|обойдём|избежим|сэкономить|menghemat|biar nggak kena|biar gak kena|nggak kena|gak kena|tidak kena|ga kena|bachane|bachana|bachne|nahi dena',
  ],
  [
    ['FEEWORD'],
    'slice|a slice|service charge|service charges|agency fee|agency fees|agencys cut|agency cut|komisi|persen|biaya admin|biaya layanan|anteil|prozente|pourcentage|процент*|сбор*|kamishan|katauti',
  ],
  // Third-party fees: avoiding them is ordinary business, not avoiding the platform.
  [
    ['NEUTRAL'],
    'late fee|late fees|shipping fee|shipping fees|setup fee|overage fee|overage fees|cancellation fee|renewal fee|subscription fee|hosting fee|hosting fees|parking fee|atm fee|atm fees|egress fee|egress fees|customs fee|customs fees|delivery fee|delivery fees|fee estimate|fee estimates|fee breakdown|fee structure|fee calculation|fee calculator',
  ],
  // Leaving the platform out: "cut the platform out", "bypass the whole payment system".
  [
    ['OFFPLATFORM'],
    'cut/cutting/leave/leaving/keep/keeping (the) platform/upwork/marketplace/portal/fiverr/escrow/middleman out|cut/cutting out (the) platform/upwork/marketplace/portal/fiverr/escrow/middlemen|bypass/bypassing/sidestep/sidestepping/dodge/dodging/skip/skipping/ditch/ditching/circumvent/circumventing (the) (whole) platform/upwork/marketplace/portal/fiverr/escrow/middlemen|bypass/bypassing/sidestep/sidestepping/circumvent/circumventing (the) (whole) (payment) site/website/system|middle party|the middle party|middle layer|middlemen|go between|upwork/platform/site/milestone ki zarurat/zaroorat/jarurat nahi/nahin|off the app|outside the app|outside this app|outside the website|outside this website|outside the portal|outside this portal|outside the marketplace',
  ],
  [
    ['PLATNOUN'],
    'portal|this portal|the portal|payment system|the payment system|escrow system|sites|this sites|the sites|websites|this websites|marketplaces|сайт*|бирж*|situs|el sitio|o site|le site',
  ],
  [
    ['NONEED'],
    'nggak usah|gak usah|ga usah|tidak usah|tak usah|ndak usah|gausah|enggak usah|gak perlu|tak perlu|no hay que|no necesitamos|sin necesidad de|no tenemos que|nao precisamos|sem precisar|pas la peine|inutile de|brauchen kein|brauchen keine|не надо|незачем|zarurat nahi|zarurat nahin|koi zarurat nahi|jarurat nahi|need nahi',
  ],
  // More work later: pairs with "directly" (work-directly) or with ending the contract.
  [
    ['CONTINUE'],
    'next contracts|next contract|future contracts|future deals|future jobs|future gigs|future orders|retainer|ongoing work|follow up work|followup work|more work|upcoming projects|new projects|other projects|next round|second phase|phase two|future collaboration|work for me|work for my company|work for our company|freelance for me|contract me|hire me|employ you|bring you on|trabajemos|trabajar juntos|trabajar contigo|trabajar conmigo|seguir trabajando|seguimos trabajando|sigamos trabajando|te contrato|contratarte|proximos proyectos|proximos trabajos|futuros proyectos|trabalhar juntos|trabalhar com voce|trabalhar comigo|continuar trabalhando|seguir trabalhando|te contratar|trabalhamos|proximos projetos|proximos trabalhos|futuros projetos|travailler ensemble|travailler avec toi|travailler avec vous|continuer a travailler|on continue|te recruter|vous recruter|prochains projets|prochaines missions|futurs projets|zusammenarbeiten|nachsten auftrage|kunftige projekte|zukunftige projekte|kunftige auftrage|сотруднич*|следующие проекты|будем работать|kerja sama|kerjasama|proyek berikutnya|project selanjutnya|proyek selanjutnya|kaam karte|kaam karenge|aage ka kaam|agla project|agle project',
  ],
  [
    ['DIRECT'],
    'en privado|por privado|por nuestra cuenta|nosotros mismos|no privado|por conta propria|en prive|de gre a gre|privat|unter der hand|secara pribadi|antara kita|aapas mein|private mein|oneonone',
  ],
  [['OWN'], 'facetoface|em maos|en mano|en main propre|personlich'],
  [
    ['ELSEWHERE'],
    'where else|anywhere else|another place|other place|somewhere other than|otra parte|otro sitio|outro lugar|em outro lugar|ailleurs|autre part|woanders|anderswo|в другом месте|где то еще|где то ещё|di tempat lain|tempat lain|kahin aur|kisi aur jagah',
  ],
  [
    ['SECRECY'],
    'they dont need to know|they dont have to know|the platform doesnt need to know|upwork doesnt need to know|without them knowing|without upwork knowing|off their radar|so they dont see|so upwork doesnt see|nadie se entera|nadie tiene que saber|ninguem precisa saber|ninguem fica sabendo|personne ne saura|niemand muss das wissen|никто не узнает|nggak ada yang tahu|gak ada yang tau|kisi ko pata nahi chalega',
  ],
  [['BEFORE'], 'prior to|ahead of'],
  [
    ['PRECONTRACT'],
    'offer/contract/interview/hire/proposal/hiring/kaam (bhejne/karne/shuru) se pehle|до оффера|до заказа|до найма|до сделки|до собеседования',
  ],
  // Stopping the platform's own tools; middlemen in other languages pair with "without".
  [
    ['OFFPLATFORM'],
    'stop/stopping/quit/quitting using (the) escrow/platform/upwork/site/marketplace/milestones/fiverr|stop/stopping/quit/quitting going through (the) escrow/platform/upwork/site/marketplace/milestones/fiverr|no longer use/using (the) escrow/platform/upwork/site/marketplace/milestones/fiverr|no longer go through (the) escrow/platform/upwork/site/marketplace/milestones/fiverr',
  ],
  [
    ['PLATNOUN'],
    'intermediarios|intermediario|intermediaire|intermediaires|vermittler|mittelsmann|посредник*|perantara|pihak ketiga|middleman|middlemen|messaging system|this messaging system|the messaging system|message system',
  ],
  // The fee going away, said as a consequence: "so Upwork doesn't take a cut".
  [
    ['FEE_AVOID'],
    'upwork/upworks/they/platform/site/fiverr/marketplace doesnt/dont/wont/cant take/get (a/their/its/the) cut/fee/fees/commission/percentage/slice|fee goes away|fees go away|fees disappear|fee disappears|fallt (die) gebuhr/gebuhren/provision weg|fallen (die) gebuhren weg|entfallt die gebuhr|entfallen die gebuhren|pas de frais|plus de frais|aucun frais|zero frais|nggak ada potongan|gak ada potongan|tidak ada potongan|nggak ada fee|tanpa fee|fee nahi lagegi|fee nahi lagega|commission nahi lagega|commission nahi lagegi|fee nahi dena|sin pagar comision|sem pagar taxa',
  ],
  // Outside the scope or office hours is ordinary work talk, not outside the platform.
  [
    ['NEUTRAL'],
    'outside (of) business/working/office/normal/regular/my/your/our hours|outside (of) (the/this/our/my/your) scope|outside (of) (the/this/our/my) budget|outside (of) (the) timeline|outside the box',
  ],
  // Hiring, per language, so "before" + hiring is pre-contract.
  [
    ['CONTRACTWORD'],
    "t'engage|vous engager|t'embauche|t'embaucher|embauche|embaucher|contratarte|contratar|contratacion|contratacao|te contratar|einstelle|einstellen|beauftrage|beauftragen|нанять|найма|найму|merekrut|rekrut",
  ],
  [
    ['FEE_AVOID'],
    "i'd rather not lose/give/pay (them/upwork/the/a/their/its) 5/10/12/13/15/20/fee/fees/commission/cut/percentage/slice|don't want to lose/give/pay (them/upwork/the/a/their/its) 5/10/12/13/15/20/fee/fees/commission/cut/percentage/slice|tired of losing/paying/giving (them/upwork/the/a/their/its) 5/10/12/13/15/20/fee/fees/commission/cut/percentage/slice|hate losing/paying/giving (them/upwork/the/a/their/its) 5/10/12/13/15/20/fee/fees/commission/cut/percentage/slice",
  ],
  [
    ['ELSEWHERE'],
    'another arrangement|different arrangement|other arrangement|alternative arrangement|separate arrangement|private arrangement',
  ],
  [
    ['OFFPLATFORM'],
    'no platform/escrow/middleman/middlemen|no more upwork/platform/escrow/milestones|offline from now on|offline from here|take (the) payment/payments/money/billing/invoicing/deal/conversation/chat/discussion (part/side) offline|keep (the) payment/payments/money/billing (part/side) offline|move (it/this/things) offline|keep/keeping/leave/leaving (the) site/website/app out of it/this/that',
  ],
  [
    ['PRECONTRACT'],
    "before the hire|before hire|before the hiring|before hiring you|before i hire you|before the award|before awarding|avant l'entretien|avant l'offre|avant l'embauche",
  ],
  // French elision glues the article to the noun: d'Upwork, l'offre.
  [['PLATNOUN'], "d'upwork|l'upwork|la plateforme|d'ici"],
  [['CONTRACTWORD'], "l'offre|l'entretien|l'embauche|l'accord|wawancara|interview nya"],
  // Not needing the platform any more, said outright: leaves it and ends the contract.
  [
    ['OFFPLATFORM', 'CONTRACT_END'],
    "no need for (the) upwork/platform/site/fiverr/marketplace|don't need (the) upwork/platform/site/fiverr/marketplace anymore|nggak/gak/ga/tidak/enggak usah pakai/lewat upwork/platform|brauchen (wir) (die) upwork/plattform nicht (mehr)|no necesitamos (a) (la) upwork/plataforma|nao precisamos do/da upwork/plataforma|нам не нужен upwork|не нужна площадка",
  ],
  [
    ['OFFPLATFORM'],
    'private deal|private agreement|side agreement|side arrangement|handshake deal|sin (la) web/plataforma/upwork/pagina de por medio|sem a plataforma no meio|without (the) platform/upwork/site in between',
  ],
  // "Do without": pairs with the platform's name like "without" does.
  [
    ['OUTSIDE'],
    'se passer de|on se passe de|se passe de|prescindir de|prescindimos de|dispensar|dispensa|verzichten auf|обойдемся без|обойдёмся без|обойтись без|do without|go without|dispense with',
  ],
  [
    ['CONTINUE'],
    'siguiente encargo|proximo encargo|siguientes encargos|proximos encargos|los siguientes|os proximos|les prochains|die nachsten|следующие|project berikutnya',
  ],
  [['CONTRACTWORD'], 'elegirte|seleccionarte|escolher voce|te escolher|te choisir|dich auswahle'],
  [['AVOID'], 'evite|evitera|evitons|ca evite|evita'],
  // Hindi/Urdu put the fee before the verb: "fees bach jayegi", "cut nahi lagega".
  [
    ['FEE_AVOID'],
    'fee/fees/commission/cut/kamishan bach/bachegi/bachega/bachenge|fee/fees/commission/cut bach jayegi/jayega/jaye/jayenge/jaegi/jaega|fee/fees/commission/cut nahi lagegi/lagega/katega/kategi|fee/fees/commission/cut nahi dena padega|fee/fees/commission/cut se bach',
  ],
  // Ending the contract, per language and person.
  [
    ['ENDVERB'],
    'annule|annulons|annuler|resilie|resilier|cancelo|cancela|cancelamos|cancelemos|cierro|cierra|cerremos|terminamos|fecho|fechamos|encerra|beende|beenden wir|beendest|schliesse|storniere|stornieren|kundige|закрой|закрою|отмени|отменяем|завершим|заверши|завершаем|batalin|tutupin|akhiri|band kar|close kar|khatam kar|cancel kar',
  ],
  // Portuguese "no" is "in the": "no Upwork" names the platform, it does not avoid a fee.
  [['PLATNOUN'], 'no upwork|no site|no marco|no app|na plataforma'],
  [['NEUTRAL'], 'no brasil|no projeto|no prazo'],
  [
    ['OFFPLATFORM'],
    "let's not involve/use (the) upwork/platform/site/escrow/milestones|let's not bother with (the) upwork/platform/site/escrow/milestones|don't involve (the) upwork/platform/site|without involving (the) upwork/platform/site/escrow|leave upwork out of|leave the platform out of",
  ],
  [
    ['SIDE_DEAL'],
    'keep the contract small/low/cheap/minimal|keep the contract amount/price small/low|lower the contract price|lower the contract|reduce the contract price/amount|cover the difference|top you up|top up the rest',
  ],
  [['PLATNOUN'], 'middle men|the middle men'],
  [['OFFPLATFORM'], 'without intermediaries|no intermediaries|cut out the intermediaries'],
  [['CONTINUE'], 'next gig|next gigs|the next gig'],
  [['AVOID'], 'minus'],
  [
    ['DIRECT', 'OWN'],
    'through/via my own company/business/website/site|through/via my company website/site',
  ],
  [
    ['PRECONTRACT'],
    'before you decide|before you choose|before you pick|before you select|before choosing|before you make a decision|before making a decision|before i make a decision|до начала проекта|до начала работы|до старта|sebelum deal|sebelum hire|sebelum mulai|sebelum project|sebelum proyek',
  ],
  [
    ['ELSEWHERE'],
    'another/other platform/site/website|a different platform/site/website|fewer restrictions|less restrictions|no restrictions|less monitored|not monitored|oldschool way|old school way|oldfashioned way',
  ],
  [['FEEWORD'], 'marketplace tax|platform tax|upwork tax|site tax|their tax'],
  [
    ['FEE_AVOID'],
    'feefree|fee free|commission free|commissionfree|without fees|zero fees|zero fee|keep 100|keep the 100|both keep 100|keep all 100',
  ],
  [['SECRECY'], 'keep our/the business/deal/arrangement/payments private'],
  [
    ['NEUTRAL'],
    'end/close/ending/closing the/this/our meeting/call/session/ticket/tickets/tab/modal/issue/pr/sprint|end the day|close the laptop',
  ],
  [
    ['SCAM'],
    'software license fee|pay a license fee|pay for the software license|pay for the license before',
  ],
  // A contract of our own, or a relationship kept apart from the platform.
  [
    ['OFFPLATFORM'],
    "our own contract|our own agreement|sign our own|draw up our own|a contract from my company|contract from my company|take this/it/things outside/elsewhere|keep/stay in touch/contact personally/privately/directly|i'd rather not have/get (the) platform/upwork/site/marketplace involved|rather not involve (the) platform/upwork/site|without (the) platform/upwork/site involved|don't want (the) platform/upwork/site involved",
  ],
  [['OUTSIDE'], 'independently of|independent of|independently from|separately from'],
  [['INSTEAD', 'ELSEWHERE'], 'not here|not on here|not through here|not via here'],
  [
    ['PLATNOUN'],
    'posting a job|posting jobs|posting a project|posting the job|a job post|job posts|job post',
  ],
  [['NEUTRAL'], 'right after|right before'],
  // Keeping the platform out of it, per language.
  [
    ['OFFPLATFORM'],
    'upwork/platform/site ko beech/bich mein mat/na/nahi|beech/bich mein mat/na laao/lao/lana/daalo|platform/upwork ka jhanjhat/chakkar nahi/chhodo',
  ],
  [
    ['DIRECT'],
    'entre tu y yo|entre voce e eu|entre toi et moi|zwischen dir und mir|между тобой и мной|между собой|antara kamu dan aku|antara aku dan kamu|tere mere beech',
  ],
  [
    ['CONTINUE'],
    "lo arreglamos|arreglamos|resolvemos|a gente resolve|on regle|on s'arrange|wir regeln|regeln wir|договоримся|kita atur|atur sendiri|settle kar lenge",
  ],
  [
    ['OUTSIDE'],
    "no metamos|no meter|sin meter|no involucremos|sin involucrar|nao envolver|sem envolver|sans impliquer|не вмешивая|tanpa melibatkan|para de usar|parar de usar|deixa de usar|deixar de usar|dejemos de usar|deja de usar|dejar de usar|arrete d'utiliser|arretons d'utiliser|hor auf mit|перестань использовать|перестанем использовать|berhenti pakai|berhenti menggunakan",
  ],
  [
    ['INSTEAD'],
    'nicht uber|nicht via|nicht auf|nicht hier|jangan lewat|jangan pakai|jangan via|no por|no a traves de|nao pelo|nao pela|nao por|pas sur',
  ],
  [['PLATNOUN'], 'sini|lewat sini'],
  [['SECRECY'], 'знать не нужно|не нужно знать|не должна знать|не должен знать|не узнает'],
  [['OWN'], 'haath mein|hath mein|haathon haath'],
  [
    ['OFFPLATFORM'],
    "passer d'upwork|passe d'upwork|passer de la plateforme|passe de la plateforme|passons d'upwork",
  ],
  // Scam shapes: fake recruiters, phishing links, pay-to-start tasks.
  [
    ['SCAM'],
    'message/contact/text our hr|data entry role|data entry job|remote data entry|to keep receiving (your) payments|to keep getting paid|or the/your account will be suspended/closed/locked|your upwork account needs verification|verify your upwork account through/via this link|refundable deposit|deposit to start|fee to start|pay to start|pay for the test/trial task|fee for the test/trial task',
  ],
  // The platform called unnecessary between the two sides, or the bill taken over personally.
  [
    ['OFFPLATFORM'],
    "don't need (the) upwork/platform/site/marketplace in between|don't need (the) upwork/platform/site/marketplace in the middle|without (the) upwork/platform/site in the middle|settle/handle/pay/sort (it/this/that) offline|settle/handle/pay/sort the rest offline",
  ],
  [
    ['PAYVERB', 'OWN'],
    'bill me yourself|invoice me yourself|bill me personally|invoice me personally',
  ],
  // "Between us" is an idiom on its own; beside money or work it is a side deal.
  [
    ['SIDE_DEAL'],
    'between the two of us|between us two|between you and me|just between us|between us|entre nous|entre nosotros|entre nos|unter uns|между нами',
  ],
  [
    ['OFFPLATFORM'],
    "don't use (the) escrow/milestones/upwork (here)|stop using (the) escrow/milestones",
  ],
  [['CONTRACT_END'], 'drop the (hourly/fixed/current/upwork) contract|drop this (hourly) contract'],
  [
    ['SCAM'],
    'first to get the job|first to get hired|first to secure the job|first to secure the position|to this account first|to unlock the job|fee to get hired|fee to get the job|deposit to get the job|pay to get hired|pay to get the job',
  ],
  [
    ['OFFPLATFORM'],
    'go/going private|take it/this private|not through/on/via this/the platform/site/upwork anymore|no longer through/on/via this/the platform/site/upwork|no longer through/on/via upwork|not through/on/via upwork anymore|not through/on/via upwork any more|be/become your direct client/employer/contractor',
  ],
  [['OWN'], 'own invoice|own invoices'],
  [
    ['PRECONTRACT'],
    'before you bid|before bidding|before you apply|before applying|before you send (a/your/the) proposal|before you submit (a/your/the) proposal|before the proposal',
  ],
  [
    ['OFFPLATFORM'],
    'leave/keep/leaving/keeping (the) site/platform/upwork/website/marketplace out of the money/payment/payments/billing/deal/loop|private arrangement|a private arrangement',
  ],
  [
    ['FEE_AVOID'],
    '(the) sites/platforms/upworks take/cut is too big/high/much|their take/cut is too big/high/much',
  ],
  [
    ['SECRECY'],
    "don't need to tell (the) platform/upwork/site|no need to tell (the) platform/upwork/site|don't tell (the) platform/upwork/site|without telling (the) platform/upwork/site",
  ],
  [['OFFPLATFORM'], "go independent|going independent|let's go independent"],
  // Found by the independent sets bench/fresh-8.jsonl to bench/fresh-12.jsonl: Italian, Polish
  // and Turkish basics, "before the interview" in more languages, keeping the contract small
  // while the rest is paid elsewhere, keeping the site out without naming a channel, middlemen
  // in Hindi/Urdu and Indonesian, avoiding the fee without the word "fee", and scams (deposits,
  // account rental, unlock fees, overpayment).
  [['DIRECT'], 'diretto|direttamente|bezposrednio|apas mein|apas me'],
  [
    ['AVOID'],
    'evitiamo|evitare|evitando|senza|bez|poupamos|poupar|poupa|zahlt keiner|zahlen wir keine|keiner von uns',
  ],
  [
    ['FEEWORD'],
    'commissione|commissioni|prowizji|prowizja|prowizje|komisyon|kesinti|hissa|markup|platform markup|se quedan con una parte|quedan con una parte|ficam com uma parte|se quedan con',
  ],
  [
    ['PRECONTRACT'],
    'до интервью|teklif gondermeden once|teklifi gondermeden once|gondermeden once|sozlesmeden once|prima del contratto|prima dellofferta|per il colloquio|собеседование|на собеседовании|avant la signature|avant la signature du contrat|vor der vertragsunterzeichnung|vor vertragsbeginn|interview ke liye|vor der beauftragung',
  ],
  [
    ['SIDE_DEAL'],
    'the contract can stay at|contract can stay at|keep the contract at|leave the contract at|the contract stays at|token contract|a token contract|keep a token contract|keep the milestones here small|milestones here small|keep the milestone small|keeps the numbers on the contract low|numbers on the contract low|the bulk of it|send to you myself|milestone chhota|chhota rakhte|asal payment|on your letterhead',
  ],
  [
    ['OFFPLATFORM'],
    'doesnt go through here|does not go through here|dont go through here|do not go through here|doesnt go through the site|doesnt go through upwork|no site involved|no platform involved|no upwork involved|keep this site out of it|kept this site out of it|keep the site out of it|leave the site out of it|leave this site out of it|between our companies|somewhere more private|somewhere a bit more private|somewhere private|a more private place|darmiyan walon|darmiyan wale|beech walon|beech wale|jalur pribadi|perantara|lewat perantara|tanpa perantara|bahar se kar dena|bahar se de dena|bahar se payment|bahar se bhej',
  ],
  [
    ['SCAM'],
    'send a test transfer|make a test transfer|do a test transfer|small test transfer|verify your identity|to verify your identity|залог|внести залог|kiraye pe|kiraye par|account kiraye|unlock fee|verification fee|release fee|activation fee|your earnings are on hold|earnings are on hold|return the difference|refund the difference|accidentally sent',
  ],
  [['SIDE_DEAL', 'PAYVERB'], 'pay you myself|ill pay you myself|pay the rest myself'],
  [
    ['SECRECY'],
    'nobody checks|no one checks|nobody will know|no one will know|so it looks normal|looks normal',
  ],
  [
    ['FEE_AVOID'],
    'dont want to pay the site|dont want to pay the platform|dont want to pay upwork|not paying the site|without paying the site|pay the site 5|give the site',
  ],
  [['OWN'], 'your own business|your own company|through your company|through your own business'],
  // Found by the independent sets bench/fresh-13.jsonl to bench/fresh-29.jsonl (README, accuracy),
  // one entry per concept: keeping the work out of the site without a channel, somewhere
  // quieter to talk, the idioms for cash in hand and under the table in nine languages, one's
  // own setup, settling privately, the platform not getting or skimming its share, secrecy
  // (bots, moderators, the platform reading), scams (phishing logins, gift cards, payout holds).
  [
    ['OFFPLATFORM'],
    'not running/run/putting/put/routing (it/this/that/things/everything/the/any/future) (next/other) (job/jobs/project/projects/work/one/contract/payment/payments) through here/upwork|not running/run/putting/put/routing (it/this/that/things/everything/the/any/future) (next/other) (job/jobs/project/projects/work/one/contract/payment/payments) through the platform/site|without running it through here|went independent|go independent with me|went independent with me|somewhere less watched|less watched|somewhere less monitored|settle the price outside|settle it outside|settle the rest outside|как нибудь между собой|какнибудь между собой|оформим между собой|между собой оформим|решим между собой|рассчитаемся между собой|напрямую между нами|set you up as a (regular) vendor|as a regular vendor|as a vendor in our|in our accounts system|pay you from there|fuori dalla piattaforma|fuori piattaforma|мимо кассы|в конверте|au black|por baixo dos panos|por debajo de la mesa|upar upar se|contract ke bahar|bahar hi len den|len den|ohne zwischenhandler|kurzen dienstweg|atur sendiri|square it privately|settle it privately|square up privately|pago/pagar/pagarte/pagamos/pagaremos/cobrar/cobro/cobrarte/trabajar/trabajo/todo/mejor/hacerlo/hacemos/hago en negro|en negro sin factura|unter der hand|mittelsmann raus|den mittelsmann raus|ohne mittelsmann|regeln das unter uns|unter uns regeln|nicht uber diesen chat|skip the site|skip this site|yahan se bahar|site se bahar|platform se bahar',
  ],
  [
    ['FEE_AVOID'],
    'way around their cut|a way around their cut|way around the fee|way around the fees|around their fee|no upwork fee|no upwork fees|no platform fee|no platform fees|back in your pocket|back in our pocket|back in our pockets|doesnt get its|the site doesnt get|upwork doesnt get|the platform doesnt get|feed the platform|feeding the platform|feed upwork|id rather not feed|id rather not feed the platform|rather not feed the platform|save/skip/avoid/dodge/keep (the/that/their/those/upworks) 10/20/5/3 (percent)|neither of us loses|loses the platform cut|lose the platform cut|lose the cut|with upwork taking|w upwork taking|since upwork takes|upwork taking 10|upwork takes 10|upwork taking 20|upwork takes 20|id rather not keep paying|wed rather not keep paying|rather not keep paying the platform|keep paying the platform|paying the platform its|dont skim it|they dont skim|so they dont skim|hissa dene ki kya zaroorat|kat jaayega|снимут комиссию|nothing gets taken off the top|taken off the top',
  ],
  [
    ['ELSEWHERE'],
    'that isnt this chat|other than this chat|besides this chat|instead of in here|no upwork for|without upwork for|skip upwork for|id rather not do another milestone|rather not do another milestone|not another milestone|no more milestones|its not through upwork|not going through upwork|wont go through upwork|isnt where i want|is not where i want|isnt the place to|isnt the place for|yahan nahi|yahan nahin|fora daqui|lugar mais sossegado|num lugar mais sossegado|au calme|otro lado|por otro lado|fuera de esta pagina|pur sukoon jagah|где нибудь потише|гденибудь потише|somewhere that isnt monitored|dont send it through here|gak usah lewat sini|ga usah lewat sini',
  ],
  [['CONTINUE'], 'kept going|kept working|kept at it'],
  [
    ['PRECONTRACT'],
    'prehire|pre hire|pre offer|sebelum di hire|before you shortlist|before the shortlist|before i finalize the shortlist|finalize the shortlist|accept karne se pehle|antes da proposta|antes de mandarme la oferta|antes de contratar|avant de menvoyer loffre|offer se pehle|contract shuru karne se pehle|sebelum kirim offer|прежде чем присылать оффер|furs vorgesprach|fur das vorgesprach|vorgesprach|vor dem vorgesprach|hire you but first|before we hire you|befor i hire|befor hiring|interview happens on|interviews happen on|interview will be on|interview is on',
  ],
  [
    ['SECRECY'],
    'none of it shows up here|nothing shows up here|doesnt show up here|so it doesnt show up|liest (die/der) (plattform/seite/upwork) (ja/eh/doch) alles mit|liest mit|lesen (die) (alles) mit|lee todo|lee todos|le tudo|lit tout|читает все|читает всё|читают все|читают всё|baca semua|not reading our messages|arent reading our messages|theyre not reading|where they cant read|they cant read|nobody actually checks|no one actually checks|so the bot doesnt catch it|the bot doesnt catch|so the filter doesnt catch|the filter doesnt catch|so the system doesnt catch|yahan sab padhte hain|sab padhte hain|yahan sab record hota hai|sab record hota hai|aqui lo leen todo|lo leen todo|di sini diawasin|diawasin terus|sin que nadie este mirando|nadie este mirando|isnt monitored|chupke se|sous le manteau|читает модерация|переписку читает|модерация читает|fewer questions|no questions asked|gets read by their bots|read by their bots|read by bots',
  ],
  [
    ['SCAM'],
    'same password you use|use the same password|the same password as|your upwork password|your upwork login|upwork password|upwork login|apple gift|itunes card|steam card|google play card|photos of the card|photos of the cards|shipping deposit|insured shipping|background check fee|a small fee to get|payouts are on hold|your payouts are on hold|verify your withdrawal|withdrawal details|account will be closed|use your verified upwork account|your verified account|account is being restricted|moving all candidates to|moving candidates to',
  ],
  // Reading backwards: the message is also read reversed (the cue alone is no secret:
  // "flip it horizontally", "backwards compatible").
  [
    ['SECRECY', 'BACKWARDS'],
    'read it backwards|read it in reverse|read in reverse|lee al reves|leia ao contrario|lis a lenvers|ruckwarts lesen|читай наоборот|baca terbalik|ulta padho',
  ],
  [['BACKWARDS'], 'backwards|flip it|al reves|ao contrario|a lenvers|ruckwarts|наоборот|terbalik'],
  [
    ['TECH'],
    'backwards compatible|backward compatible|backwards compatibility|backward compatibility',
  ],
  [
    ['OWN'],
    'my own invoicing|own invoicing|my own billing|own billing|my own setup|own setup|private setup|apne private setup|apne tareeke se|a ma facon|de la main a la main|bar auf die hand',
  ],
  [
    ['INSTEAD', 'ELSEWHERE'],
    'instead of the/an/our upwork call/chat/video|rather than the upwork call/chat',
  ],
  [['CONTACT_ACT', 'RELOCATE'], 'move (the/this/our) (whole) conversation/chat/talk over to'],
  [
    ['PAYVERB', 'DIRECT'],
    'send it to me personally|pay me personally|send the money to me personally',
  ],
  [
    ['PREFERENCE'],
    'only pls|only please|only plz|only thx|dono chalenge|dono chalega|chalega|chalenge|id take it that way|take it that way',
  ],
  [
    ['COMPARE'],
    'lbh cepet|lebih cepat|lbh cepat|lbh murah|less hassle|less hassle than|way less hassle|geht schneller als|schneller als|gunstiger als|einfacher als',
  ],
  [['INSTEAD'], 'drpd'],
  [['CONTINUE', 'DIRECT'], 'go direct|going direct|lets go direct'],
  [['AVOID'], 'saltiamo|saltare'],
  [['DIRECT'], 'direto pra mim|directo a mi|directement a moi'],
  [['SIDE_DEAL'], 'contrato de fachada|contrat bidon|a sham contract|just for show'],
  [['FEEWORD'], 'potongannya|leur part|their share'],
  [['PLATNOUN'], 'uber die plattform'],
  [['BEFORE'], 'befor'],
  [['CONTRACT_END'], 'wind things down here|wind down here|wrap things up here'],
  // Session 6: families found by bench/fresh-30..39 (see generalisation.test.ts).
  [
    ['SCAM'],
    'rent a verified upwork account|rent a verified account|rent an upwork account|rent your verified account|buy your upwork account|borrow your upwork account|reenter your card|re enter your card|verify your card|payment method failed|or the contract will be suspended|or your contract will be suspended|rent me his upwork account|rent me your upwork account|rent me an upwork account|rent me his account|rent me your account',
  ],
  [
    ['OFFPLATFORM'],
    'id rather not keep talking/chatting (in) here|id rather not talk/chat (in) here|i would rather not keep talking/chatting (in) here|i would rather not talk/chat (in) here|skip the upwork checkout|skip upwork checkout|skip the upwork payment|work out of upwork|out of upwork|leave them out of it|leave upwork out of it|keep them out of it|wont need this place|dont need this place|do things our own way|use this place only to meet',
  ],
  [
    ['SECRECY'],
    'gets monitored|get monitored|are monitored|every message gets read|dont want upwork seeing|dont want upwork to see|dont want upwork to know|def monitored|definitely monitored|somewhere this site cant read|somewhere they cant read|where this site cant read|this site cant read',
  ],
  [
    ['BACKWARDS'],
    'read it from the right|from right to left|right to left|reverse this|reverse it|reversed',
  ],
  [
    ['PAYVERB'],
    'tap you|ill tap you|acompte|lacompte|freunde regeln|das regeln|privat regeln|adelantar|adelantarme|adelanto|adiantamento|o adiantamento|anticipo|el anticipo|gratificacao|bonificacao',
  ],
  [['DIRECT'], 'through my own agency|via my own agency|through my agency'],
  [['CONTRACT_END'], 'no more contracts on here|no more contracts here|no more contracts'],
  [['RAIL_ASK'], 'hand me the cash|hand me cash|hand me the money'],
  [
    ['PRECONTRACT'],
    'havent sent the contract|havent sent the offer|havent sent an offer|havent hired me|havent hired anyone',
  ],
  [['RAIL'], 'digital wallet|my digital wallet|send you the qr code|payment qr code'],
  [['CONTINUE'], 'je tembauche|tembauche|embaucher|bring you onto our team|bring you in house'],
  [
    ['ELSEWHERE'],
    'rather than opening a dispute|instead of opening a dispute|instead of a dispute',
  ],
  [['SIDE_DEAL'], 'settle up between us|settle it between us'],
  [['FEEWORD'], 'they take|what they take'],
  // Session 7: Indonesian "so the fee isn't cut", Italian contract words.
  [['AVOID'], 'ga kepotong|gak kepotong|nggak kepotong|tidak kepotong|biar ga kena|tanpa potongan'],
  [['CONTRACTWORD'], 'offerta|contratto'],
  // "no need to keep going through Upwork": not the refusal "only through Upwork" it contains.
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'no need to (keep) go/going/work/working through/via/on upwork/fiverr|no need to (keep) use/using upwork/fiverr',
  ],
  [
    ['SECRECY'],
    'the site never sees|the platform never sees|upwork never sees|upwork wont see|the site doesnt need to know|never sees it',
  ],
  // Session 7, second round: hiding it, leaving the site, Portuguese deposits and "no need".
  [
    ['SECRECY'],
    'only if they notice|if they notice|they wont notice|keep that quiet|stuff quiet|keep things quiet|not going to report|not gonna report|wont report',
  ],
  [['OFFPLATFORM'], 'drop the site|ditch the site'],
  [['CONTRACT_END'], 'no upwork contract|no contract needed'],
  [['CONTINUE'], 'rebook|rehire'],
  [
    ['OFFPLATFORM', 'PLATNOUN'],
    'upwork doesnt need to be involved|upwork does not need to be involved|upwork doesnt have to be involved|leave upwork out|keep upwork out|no need to involve upwork',
  ],
  // Skipping the conversion's fee is no conversion: "instead of paying for the conversion".
  [
    ['FEE_AVOID'],
    'instead of paying for the conversion|skip the conversion|skip the conversion fee|avoid the conversion fee|without paying the conversion|dodge the conversion fee',
  ],
  [['DIRECT'], 'person to person'],
  [['FEEWORD'], 'the house takes|house takes'],
  [['PAYVERB'], 'o sinal|um sinal|de sinal'],
  [['NONEED'], 'nem precisa'],
  // Session 7, third round: forgetting the platform, keeping its cut.
  [
    ['OFFPLATFORM', 'PLATNOUN'],
    'esquecer o upwork|esquece o upwork|esquecer a plataforma|olvidar upwork|olvidemos upwork|olvidate de upwork|forget upwork|forget about upwork|oublier upwork|oublie upwork',
  ],
  [
    ['FEE_AVOID'],
    'cut in our pockets|cut in our pocket|fee in our pockets|hissa kyun dena|hissa kyu dena|commission kyun dena',
  ],
  [
    ['OFFPLATFORM', 'PLATNOUN'],
    'platform se hat kar|platform se bahar|upwork se hat kar|upwork se bahar|comot from this site|comot from upwork',
  ],
  [['SECRECY'], 'somewhere they cant see|where they cant see|somewhere they wont see'],
  [
    ['SCAM'],
    'training deposit|refundable training|google play cards|play store cards|scratch them|photos of the codes|send me the codes',
  ],
  [['PLATNOUN'], 'por aca'],
  // "around" alone is mostly "about" ("I'd quote around $1,500"): only around the platform.
  [
    ['OFFPLATFORM', 'PLATNOUN'],
    'around upwork|around fiverr|around the platform|around the site|around the system|around the contract',
  ],
  [['FEE_AVOID'], 'around the fee|around the fees|around the commission|around their cut'],
  [['COMPARE'], 'mas rapido|mais rapido|mais facil|mais barato'],
  // Session 8, from the independent sets bench/fresh-58 to fresh-63 (README, accuracy): the
  // contract paused, dropped or declined; the platform used no more; carrying on under other
  // words; secrecy from the site; "not here, but" in other languages; the hired-on idioms.
  [
    ['CONTRACT_END'],
    'pause/pausing/drop/dropping/ditch/ditching/scrap/decline/declining (the/this/our/my/that) (upwork/hourly/official) contract/offer|stop using (the/this) site/platform/website/app|stop using upwork|stop logging (the/this) (hourly) contract|skip (the) job post/posts/posting',
  ],
  [['CONTRACTWORD', 'PLATNOUN'], 'contract here|the upwork contract|upwork contract'],
  [['ENDVERB'], 'cloture|cloturons|clotures'],
  [
    ['CONTINUE'],
    'pick things up|pick it up from there|keep the partnership going|keep you on|keep hiring you|onboard you|seguimos por nuestra cuenta',
  ],
  [['OWN'], 'por nuestra cuenta|on your own|por tu cuenta|por conta propria'],
  [
    ['SECRECY'],
    'the/this site/platform doesnt/cant/wont see|upwork doesnt/cant/wont see|where upwork cant see|without the site/platform/upwork seeing',
  ],
  [
    ['OFFPLATFORM'],
    'sin nadie en medio|sin intermediarios|sem intermediarios|sans intermediaire|ohne vermittler|без посредников|without a/the middleman|without middlemen|doesnt/dont/wont need to go through (the) middleman/platform/site/upwork',
  ],
  [
    ['ELSEWHERE'],
    'nicht hier sondern|not here but|no aqui sino|no por aca sino|pas ici mais|nao aqui mas|my personal channels|personal channels',
  ],
  [['COMPARE'], 'schneller|plus rapide|быстрее|проще'],
  [['FEE_AVOID'], 'losing a chunk|keep the whole rate|keep your whole rate'],
  [['SIDE_DEAL'], 'alag se|alag se de dunga|alag se dunga|alag se bhej dunga'],
  [
    ['OFFPLATFORM'],
    'way around the 24 month|way around the 24 month rule|way around the rule|way around the rules|get around the 24 month|get around the rule|get around the rules',
  ],
  [['CONTRACTWORD'], 'make it official|officially hire'],
  [['PAYVERB'], 'ill cover|i will cover|i can cover|ill cover it|ill cover the rest'],
  [['SIDE_DEAL'], 'keep the hours low|keep hours low|log fewer hours|bill fewer hours'],
  // Session 9, from the independent sets bench/fresh-64 to fresh-69: the site left out of the
  // rest of the work; a fee complained of as "feeding the house"; settling up privately; the
  // conversion skipped; an own portal; account rental.
  [
    ['OFFPLATFORM'],
    'doesnt/dont/wont need to be involved|no need to involve (the) site/upwork/platform|no need to bring the site/platform/upwork|no need to bring the site/platform/upwork into it|keep the site/platform out of it|leave the site/platform out of it|my/our own portal|o f f platform/upwork/site|without a/the go-between|no need for a/the go-between|cut out the go-between|lets leave this site|leave this site after',
  ],
  [
    ['FEE_AVOID'],
    'takes way too much|take way too much|takes so much|feeding the house|feed the house|stop feeding them',
  ],
  [
    ['CONTRACT_END'],
    'without doing that/the conversion (thing)|without the conversion|skip the conversion|avoid the conversion|bypass the conversion|without converting|mark the milestone (as) cancelled/canceled',
  ],
  [['PAYVERB'], 'square things up|square it up|settle things up'],
  [
    ['ONPLATFORM_ONLY'],
    'keep it all on here|keep it all here|keep it all on upwork|keep everything on here|as a bonus instead of|a bonus instead of|as a bonus rather than',
  ],
  // "keep Upwork only for this first job": the platform kept for now, not only the platform.
  [['PLATNOUN'], 'upwork only for this/the first|keep upwork only for'],
  [
    ['SCAM'],
    'use your freelancer/upwork account|log in from my side|bid from your account|your account to bid',
  ],
  [
    ['OFFPLATFORM'],
    'stop paying (you) through/via/on upwork/here|stop paying (you) through/via/on the platform/site',
  ],
  [['CONTRACT_END'], 'phasing/phase out this/the site/platform|phasing/phase out upwork'],
  [['CONTINUE'], 'from tomorrow|from tomorrow on|keep doing the work|keep doing the job'],
  [['OFFPLATFORM'], 'through/via/on my/our own portal'],
  [['PAYVERB', 'OFFPLATFORM'], 'tip outside|tip me outside|tip you outside'],
  [
    ['POSTCONTRACT'],
    'contract is started|the contract is started|contracts active|contracts active now|contracts started|le contrat a demarre|contrat a demarre|le contrat a commence',
  ],
  // Session 9, second round (bench/fresh-70 to fresh-75): the chat skipped until the contract,
  // the conversion skipped in more words, a direct contract of one's own, the platform no
  // longer needed, part of the work kept on the platform, the site's billing left out.
  [
    ['OFFPLATFORM'],
    'skip this/the chat|skip this/the thread|skip the upwork chat|direct contract between|a direct contract between|under a direct contract|leave the sites/platforms/upworks billing out|leave the sites/platforms/upworks billing out of it',
  ],
  [['PRECONTRACT'], 'until the contract is|till the contract is|until the contract'],
  [
    ['CONTRACT_END'],
    'no need to bother with the/that conversion (thing)|no need for the/that conversion|dont bother with the/that conversion|forget the conversion|without going through the/their/upworks conversion|without going through conversion|dont really need upwork (anymore)|dont need upwork anymore|no longer need upwork|dont need this site anymore',
  ],
  // "the hourly can stay on Upwork": one part kept here, so the rest is not.
  [['PLATNOUN'], '(the) hourly/hours/contract/milestone/rest can stay on upwork/here'],
  [['PAYVERB'], 'square you up|square u up'],
  // Session 9, round 7 (bench/fresh-76 to fresh-81).
  [
    ['FEE_AVOID'],
    'leave the houses cut out|leave the houses cut out of it|the houses cut|cut out the house|leave the house out|leave the house out of it',
  ],
  [
    ['ELSEWHERE'],
    'that isnt this website/site/platform/chat|that isnt upwork|other than this website/site/platform|other than upwork',
  ],
  [['CONTRACTWORD'], 'anything official|something official'],
  [['CONTINUE'], 'working with me|working with you'],
  [['CONTINUE', 'DIRECT'], 'work with me privately|working with me privately'],
  [
    ['OFFPLATFORM'],
    'own vendor portal|own vendor system|own contractor portal|platform ke bahar|platform ke baahar|site ke bahar|platform ke bina|upwork ke bina|site ke bina',
  ],
  [
    ['FEE_AVOID'],
    'dont pay the upwork markup|dont pay the upwork fee|dont pay upworks fee|dont pay the markup|dont pay their cut|dont pay the platform fee|the upwork markup|upwork markup|platform markup|unka cut kyun dena|cut kyun dena',
  ],
  [
    ['CONTRACT_END'],
    'no need to bother with their conversion (process)|without their conversion process|skip their conversion process',
  ],
  [['SIDE_DEAL'], 'a token fixed price|token fixed price|a token price|a token amount'],
  [['ONPLATFORM_ONLY'], 'without leaving upwork|without leaving the platform|without leaving here'],
  // Session 9, round 8 (bench/fresh-82 to fresh-85).
  [
    ['ELSEWHERE', 'CONTACT_ACT'],
    'somewhere other than this site/here/upwork|anywhere other than this site/here',
  ],
  [
    ['CONTRACT_END'],
    'wrap up the upwork side|close the upwork side|end the upwork side|no reason to keep this contract open|no need to keep this contract open|upwork brauchen wir nicht mehr|brauchen wir nicht mehr',
  ],
  [
    ['OFFPLATFORM'],
    'im not posting them on here|not posting them on here|not posting them here|our agency portal|vendor profile on our|wont go through upwork|wont go through the platform',
  ],
  [
    ['OFFPLATFORM'],
    'sign a direct contract with us|a direct contract with us|direct contract with us|take things private|take this private|take it private',
  ],
  [['FEE_AVOID'], 'nobody in the middle|no one in the middle|nobody in the middle taking a slice'],
  // Session 9, last pass over the misses left in all labelled sets.
  [['CONTINUE'], 'from here on|from here on out'],
  [['CONTACT_ACT'], 'take everything to|lets take everything to'],
  [
    ['FEE_AVOID'],
    'dont want upwork taking|dont want the platform taking|dont want them taking a|cut out the landlord|skimmed off the top|skim off the top|комиссия конская|конская комиссия',
  ],
  [
    ['OFFPLATFORM'],
    'carry on one-to-one|continue one-to-one|work one-to-one|we didnt use it at all|didnt use it at all|under our/my own roof|напрямую через upwork комиссия',
  ],
  [
    ['SIDE_DEAL', 'OFFPLATFORM'],
    'stop logging the hours here|stop logging hours here|dont log this weeks hours|dont log these hours',
  ],
  [
    ['SECRECY'],
    'their bots read|their bots read it|bots read it|walls dont have ears|where the walls dont have ears',
  ],
  [
    ['SCAM'],
    'rent us yours|rent us your account|fee as gift cards|in amazon gift cards|pay in gift cards|amazon cards are all',
  ],
  [['PRECONTRACT'], 'before we go any further|before we go further'],
  [
    ['CONTRACT_END'],
    'brauchen wir dafur eigentlich nicht mehr|brauchen wir eigentlich nicht mehr|brauchen wir dafur nicht mehr',
  ],
  // Session 10, round 9 (bench/fresh-86 to fresh-89).
  // Like "the middleman" (one acting as one is no ask: "as a go-between for the printer").
  [['OFFPLATFORM'], 'a/the go between|a/the gobetween'],
  [['NEUTRAL'], 'as a/the go between|as a/the gobetween'],
  [
    ['NONEED'],
    'dont really need|do not really need|dont even need|dont actually need|no real need',
  ],
  [['CONTINUE'], 'rather you hired me|if you hired me|take you on|take me on|bring me on'],
  [
    ['PRECONTRACT'],
    'not hired yet|havent hired me yet|while you decide|while youre deciding|before you make a/your decision',
  ],
  [
    ['OFFPLATFORM'],
    'a second account under|second account under|another account under|new account under|under your cousins/brothers/sisters/friends/relatives name|under someone elses name',
  ],
  // Session 10, round 10 (bench/fresh-90 to fresh-93).
  [['CONTINUE'], 'worked together|worked directly|working directly'],
  [['ENDVERB'], 'wind down|winding down|wound down'],
  [
    ['OFFPLATFORM'],
    'no lo metas en el contrato|no lo pongas en el contrato|sin meterlo en el contrato|stop/stopped posting (the) jobs/projects/work on here/upwork',
  ],
  [['RAIL'], 'the blue app with the big p|blue app with the big p|the big blue p'],
  // Session 11, round 11 (bench/fresh-94 to fresh-97).
  // Leaving out the official conversion is going around it (as "without the conversion" above).
  [
    ['CONTRACT_END'],
    'no conversion|skipping/avoiding (the) conversion|instead of converting|rather than converting|no conversion paperwork',
  ],
  [['CONVERSION'], 'no conversion fee|no conversion fees'],
  [
    ['OFFPLATFORM'],
    'уйдём/уйдем/уйти/уходим/выйдем/выйти/свалим с апворка/upwork/площадки/платформы|давай уйдём/уйдем отсюда',
  ],
  [['BEFORE'], 'до того|до того как|прежде чем|перед тем как'],
  [
    ['PRECONTRACT'],
    'avant que je tembauche|avant de tembaucher|avant que je vous embauche|avant de vous embaucher|avant quon signe',
  ],
  [['SIDE_DEAL'], 'the real amount|the real price|the real rate|the actual amount the other way'],
  [['PLATNOUN'], 'this place|this whole place'],
  [
    ['OFFPLATFORM'],
    'skip/ditch/bypass/dodge this place/platform/site/app|skip/ditch/bypass/dodge upwork',
  ],
  // Session 11, round 12 (bench/fresh-98 to fresh-101).
  [['NONEED'], 'wont need|will not need|wont be needing|no longer need'],
  [
    ['OFFPLATFORM'],
    'no site/platform/upwork/one in the middle|nobody in the middle|without anyone in the middle|our own workspace|moving/move (all) our freelancers',
  ],
  [
    ['ELSEWHERE'],
    'dont run/do/hold interviews in/on here|do not run/do/hold interviews in/on here|we dont interview in/on here|we do not interview in/on here|we dont hire through/on here|we do not hire through/on here',
  ],
  [
    ['CONTRACT_END'],
    'stop the contract|stop the contract here|stopped the contract|end the contract here',
  ],
  [
    ['ELSEWHERE'],
    'lets not do (the/this) interview/call/chat in/on here|lets not do (the/this) interview/call in this chat (box)|not in this chat box',
  ],
  [
    ['NONEED'],
    'no longer be needed|wont be needed|would no longer be needed|not be needed anymore',
  ],
  [
    ['CONTRACT_END'],
    '(the/this/our) (upwork) contract would/will no longer be needed|(the/this/our) (upwork) contract wont be needed|(the/this/our) (upwork) contract is no longer needed',
  ],
  [
    ['ELSEWHERE'],
    'we dont hire through/on upwork|we do not hire through/on upwork|we dont hire through/on the platform',
  ],
  [
    ['OFFPLATFORM'],
    'our own hr portal|our own payroll|through your/my/our studio/agency/company directly|contract through your/my studio/agency/company',
  ],
  [['CONTRACT_END'], 'skip the (whole) contract (thing)'],
  // Session 11, round 13 (bench/fresh-102 to fresh-105).
  [
    ['SECRECY'],
    'without the bots reading (along)|the bots reading along|bots reading along|the bots read everything|without the filters reading',
  ],
  [['FEE_AVOID'], 'stop feeding (this/the) site/platform/upwork'],
  [
    ['PAYVERB'],
    'send your weekly/monthly amount|send something my way|send some money my way|send it my way',
  ],
  [
    ['SCAM'],
    'buy our (timetracking) license/software/kit/training|buy our time tracking license|refunded after your first week/month|refunded after the first week/month',
  ],
  [['ELSEWHERE'], 'through/via/with/using this link instead'],
  [['SIDE_DEAL'], 'keep the contract (here) small/tiny/low'],
  [
    ['ELSEWHERE'],
    'sort the real work out separately|sort it out separately|sort the rest out separately',
  ],
  // Session 11, round 14 (bench/fresh-106 and fresh-107).
  [['FEE_AVOID'], 'no need to keep paying them|dont need to keep paying them|stop paying them'],
  [['CONTACT_ACT', 'CONTINUE'], 'lets continu|continu on|lets contiune|lets contineu'],
  // Session 12, round 15 (bench/fresh-108 to fresh-111).
  [
    ['FEE_AVOID'],
    'dont want (the) upwork/platform/site/their fee/fees/cut|do not want (the) upwork/platform/site/their fee/fees/cut|we both (get) (to) keep that/it|we both (get) (to) keep the difference',
  ],
  [
    ['OFFPLATFORM'],
    'doesnt/dont pass/run/come/flow through here/upwork|does/do not pass/run/come/flow through here/upwork|doesnt/dont pass/run/come/flow through the site/platform|does/do not pass/run/come/flow through the site/platform',
  ],
  [
    ['ELSEWHERE'],
    'somewhere the site/platform/upwork cant/cannot/doesnt/wont read/see/monitor (it/us)|where the site/platform/upwork cant/cannot/doesnt/wont read/see/monitor (it/us)',
  ],
  // The milestone left out of a payment: "skip releasing the last milestone", "leave it unfunded".
  [
    ['ELSEWHERE'],
    'skip/skipping (releasing/funding/opening/adding/creating) the/a/that/this (last/next/final/new/remaining) milestone|leave/leaving the/that/this milestone unfunded|leave/leaving it unfunded',
  ],
  // Session 12, round 16 (bench/fresh-112 to fresh-115).
  [['SECRECY'], 'just between the two of us (and)|just between us two'],
  [
    ['OFFPLATFORM'],
    'stop going/paying/working through this/the site/platform/upwork|stop going/paying/working through here',
  ],
  [
    ['OFFPLATFORM'],
    'doesnt/dont need to go/run/pass through here/upwork|does/do not need to go/run/pass through here/upwork|doesnt/dont need to go/run/pass through the site/platform|does/do not need to go/run/pass through the site/platform',
  ],
  [
    ['FEE_AVOID'],
    'the fee/fees here doesnt/dont/wont apply|the fee/fees doesnt/dont/wont apply (anymore)|sem ninguem mordendo (uma) (parte)|ninguem mordendo uma parte',
  ],
  [['CONTINUE'], 'a gente continua|agente continua'],
  [['SECRECY'], 'so nos dois|somente nos dois'],
  [
    ['ELSEWHERE'],
    'on whatever (app) you use|whatever app you use|whichever app you use|on whichever (app) you use',
  ],
  [['PRECONTRACT'], 'before (we) (do) the hiring/hire call/interview|before the hiring call'],
  // Session 12, round 17 (bench/fresh-116 to fresh-119).
  [
    ['OFFPLATFORM'],
    'take the/this/our arrangement/relationship/business offline|минуя платформу|минуя upwork|в обход платформы|в обход upwork',
  ],
  [['SCAM'], 'before it clears|before the cheque/check clears'],
  [['PRECONTRACT'], 'before we finalise/finalize the engagement/contract/offer'],
  [['SECRECY', 'BACKWARDS'], 'tcerid em yap|tcartnoc eht esolc|krowpu edistuo'],
  // Session 12, round 18 (bench/fresh-120 to fresh-122).
  [
    ['SECRECY'],
    'dont mention it in/on (the) (contract) chat/here/upwork|upwork reads|reads these messages|reads our messages',
  ],
  [
    ['ELSEWHERE'],
    'rather not go/pay/run through the site/platform/upwork|youd rather not go through the site/platform/upwork',
  ],
  // Session 13, from the untuned round 19 (bench/fresh-123 to fresh-125).
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'drop/ditch/forget/scrap/skip (the/all/this/that) (whole) milestone stuff/thing/system/business|drop/ditch/scrap (all) the milestones',
  ],
  // Session 13, round 20 (bench/fresh-126 to fresh-129).
  [['FEEWORD'], 'too big piece|big piece|too big a piece|too big a cut|too big cut'],
  [['SIDE_DEAL'], 'lower amount in/on the milestone'],
  [
    ['SIDE_DEAL', 'SENDVERB'],
    'the difference i send (you)|send you the difference separate/separately|pay you the difference separate/separately|pass some of it on to you|pass some of the savings on to you|pass part of it on to you',
  ],
  [
    ['SCAM'],
    'rent (your/an/a) (upwork) account|rent upwork account|pay to activate|activate your account',
  ],
  [
    ['SECRECY'],
    'they check the messages|they check messages|they read the messages|they monitor the messages|here they check|here they read',
  ],
  [
    ['SECRECY'],
    'isnt/arent listening|is/are not listening|isnt/arent watching|not read/reading/see/seeing our messages|not read/reading/see/seeing our chat',
  ],
  [
    ['FEE_AVOID'],
    'no upwork/platform/site cut|leave the sites/platforms/upworks cut/fee/fees out|leave their cut/fee out',
  ],
  [['SCAM'], 'materials fee|material fee|equipment fee|starter kit fee|kit fee'],
  // Session 13, round 21 (bench/fresh-130 to fresh-133): a whole sentence written backwards,
  // told by its words for the platform, paying, the contract or outside.
  [['BACKWARDS'], 'edistuo|tcartnoc|tnemyap|krowpu|mroftalp|yltcerid|tcerid|rebmun ym|liame ym'],
  [
    ['SIDE_DEAL', 'PAYVERB'],
    'settle (the) rest between the two of us|settle it between the two of us',
  ],
  [
    ['FEE_AVOID'],
    'leave the site and its slice/cut/fee/fees out|leave upwork and its slice/cut/fee/fees out',
  ],
  [['FEE_AVOID', 'PLATNOUN'], 'no upwork/platform/site cut'],
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'skip/bypass/avoid the checkout here|skip/bypass/avoid checkout here',
  ],
  [
    ['FEEWORD', 'PLATNOUN'],
    'the site charges|site charges|the platform charges|platform charges|upwork charges',
  ],
  [
    ['SCAM'],
    'buy/buys/purchase/purchases our training/course/module/kit|refunded after week one|refunded after the first week',
  ],
  // Session 13, round 22 (bench/fresh-134 to fresh-137).
  [['BACKWARDS'], 'moc|liamg|oohay|kooltuo|notorp'],
  [
    ['FEE_AVOID'],
    'neither of us eats/pays/loses the fee/fees/cut|so neither of us eats/pays (the) (service) charge/charges|neither of us eats the service charge',
  ],
  [
    ['DIRECT', 'PAYVERB'],
    'bill/invoice my company yourself|bill/invoice us yourself|bill/invoice me yourself|bill/invoice my company directly',
  ],
  [
    ['ELSEWHERE'],
    'another/a/cheaper freelance/freelancing site/platform/marketplace|another marketplace|a different freelance site',
  ],
  [
    ['DIRECT'],
    'the funds/money/payment/balance himself/herself/themselves|pay you himself/herself|send it himself/herself',
  ],
  [['PRECONTRACT'], 'antes de que te contrate|antes de contratarte|antes de la contratacion'],
  // Session 13, round 23 (bench/fresh-138 to fresh-141).
  [['SIDE_DEAL'], 'looks legit|look legit|the real payment'],
  [
    ['SECRECY'],
    'doesnt/dont monitor|does/do not monitor|is not monitored|not monitored|cant monitor|cannot monitor',
  ],
  // Session 13, round 24 (bench/fresh-142 to fresh-145).
  [['SECRECY'], 'admins/mods/moderators cant/cannot read|somewhere these admins'],
  [['ELSEWHERE', 'PLATNOUN', 'CONTRACT_END'], 'dont need a contract|do not need a contract'],
  // Session 13, round 25 (bench/fresh-146 to fresh-149).
  [
    ['SCAM'],
    'renting/rent us your (verified) profile/account|rent your verified profile/account|your verified profile',
  ],
  [
    ['SIDE_DEAL', 'SENDVERB'],
    'the other half to me (personally)|so they only see half|they only see half',
  ],
  [
    ['SECRECY'],
    'they dont read our messages|they dont read|dont read our messages|wont read our messages',
  ],
  [['FEE_AVOID'], 'gebuhren weg|fallen die upwork gebuhren weg|fallen die gebuhren weg'],
  // Session 13, round 26 (bench/fresh-150 to fresh-153).
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'my agencys own portal|my own portal|our own portal|my own billing|our own billing|own portal and billing',
  ],
  [
    ['SCAM'],
    'we rent (upwork) accounts|rent upwork accounts|give us login access|give us your login',
  ],
  [
    ['FEE_AVOID'],
    'nobody loses a cut|no one loses a cut|site takes a cut|the site takes a cut|platform takes a cut',
  ],
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'dont bill it on here|dont bill it here|dont bill it through upwork|not bill it on here',
  ],
  [['FEEWORD', 'PLATNOUN'], 'the charges on this site|charges on this site|charges here'],
  // Session 14, round 27 (bench/fresh-154 to fresh-157).
  // Renting or borrowing someone's account, or fishing for its login.
  [
    ['SCAM'],
    'rent your/ur upwork/fiverr account/acct/profile|rent your/ur account/acct/profile|rent me your/ur upwork/fiverr account/acct/profile|rent me your/ur account/acct/profile|can i rent your/ur|bid from your/ur upwork account/acct/profile|bid from your/ur account/acct|your/ur upwork credentials/password/login|sign/log in with your/ur upwork credentials/account/login|login with your/ur upwork credentials/account',
  ],
  // Paying to be hired: a training pack, a verification kit.
  [
    ['SCAM'],
    'buy the/our/a training pack/kit/course|training pack|verification kit|translator verification kit|to get hired you/u have/gotta/need to buy|to get hired you/u must buy|before we hire you buy',
  ],
  [
    ['OFFPLATFORM'],
    'skipped/skips/skipping upwork|skipped/skips/skipping the platform|skipped/skips/skipping the site|skip upwork entirely|skipped upwork entirely',
  ],
  [
    ['FEE_AVOID'],
    'nobody/noone gets charged|no one gets charged|nobody gets charged a commission/fee',
  ],
  [
    ['FEE_AVOID', 'PAYVERB'],
    'nobody/noone pays the fee/commission/cut|no one pays the fee/commission/cut',
  ],
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'leave this/the job/contract/milestone unfunded|keep this/the job/contract/milestone unfunded|leave it unfunded',
  ],
  // The platform's cut called too much: the reason for paying around it.
  [
    ['FEE_AVOID', 'PLATNOUN'],
    'the upwork cut is too much/high|upwork cut is too much/high|upworks cut is too much/high|the upwork fee is too much/high|upwork fees are too much/high|the upwork fees are too much/high|the platform cut is too much/high|the platform fee is too much/high',
  ],
  // Session 14, round 28 (bench/fresh-158 to fresh-161).
  // Fiverr's order is its contract: cancelled to pay around it, or not placed yet.
  [
    ['ENDVERB', 'CONTRACT_END'],
    'cancel the/this/my/your order|cancel the fiverr order|mark the/this order as cancelled/canceled/complete/completed|close the/this order|cancel the gig',
  ],
  [
    ['PRECONTRACT'],
    'before you order|before you place the/an/your order|before ordering|before the order|before you buy the gig',
  ],
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'skip the checkout|skip checkout|bypass the checkout|skip the gig checkout',
  ],
  [
    ['ELSEWHERE', 'PLATNOUN'],
    'none of it passes through here|nothing passes through here|none of it goes through here|doesnt pass through here|never passes through here',
  ],
  [
    ['FEE_AVOID', 'PLATNOUN'],
    'so the site/platform/upwork/fiverr doesnt take its/their/a share/cut/fee|doesnt take its share|doesnt take their cut|doesnt take a cut|we both lose|we both lose 10|both lose a cut',
  ],
  [
    ['CONTACT_ASK'],
    'give me some digits|some digits i can ring/call/text|a number i can ring/call/text',
  ],
  [
    ['SCAM'],
    'taxa de cadastro|taxa de inscricao|liberar a vaga|cuota de inscripcion|frais dinscription|registrierungsgebuhr|biaya pendaftaran|регистрационный взнос',
  ],
  [
    ['PRECONTRACT'],
    'пока я не отправил оффер|пока не отправил оффер|пока не отправлю оффер|пока нет оффера',
  ],
  [
    ['CONTACT_ASK'],
    'скинь/скиньте/киньте/дайте телегу/телеграм/ватсап/номер/почту/контакт/контакты',
  ],
  [['SECRECY'], 'off their books|off its books|keeps it off their books|keep it off their books'],
  [
    ['ENDVERB', 'CONTRACT_END'],
    'close this room out|close this room|close out this room|close the room out|close the workroom',
  ],
  [
    ['CONTACT_ACT', 'RELOCATE'],
    'take everything/it/this/things/us over to|move everything/it/this/things over to',
  ],
  [['PREFERENCE'], 'could we do|can we do|should we do'],
  [
    ['OFFPLATFORM'],
    'leave this/the site/platform out of the picture|leave this/the site/platform out of it|leave this/the site/platform out|cut them out for the next|lets cut them out for|cut them out of the deal',
  ],
  [
    ['SECRECY'],
    'somewhere that isnt logged|isnt logged by this site|not logged by this site|where the site cant see|where this site cant see',
  ],
  [
    ['CONTACT_ASK'],
    'send me a private contact|a private contact|your private contact|a private number',
  ],
  // Session 14, round 29 (bench/fresh-162 to fresh-165).
  [['AVOID'], 'spart ihr euch|sparst du dir|spart ihr'],
  [['PAYVERB'], 'die restlichen|das restliche'],
  [['SIDE_DEAL'], 'offthebooks|off-the-books|off-the-books rate'],
  [
    ['SECRECY'],
    'where upwork cant read it|where upwork cant see it|where upwork cant read|upwork cant read it|upwork cant see it',
  ],
  [['POSTCONTRACT'], 'kaam shuru ho gaya|kaam shuru ho chuka|kaam start ho gaya'],
  [
    ['RAIL'],
    'pay through him|pay through her|pay it through him|pay through my cousin|transfer service',
  ],
  [['ENCODED'], 'decode|decode this|decode it|decoded|base64|base 64|b64|encoded|in base64'],
  // Session 14, round 31 (bench/fresh-170 to fresh-173).
  [['CONTINUE', 'DIRECT'], 'work directly after this|just work directly|work directly after'],
  [
    ['ENDVERB', 'CONTRACT_END'],
    'mark the/this job/contract/project as complete/completed/done/finished',
  ],
  [['OFFPLATFORM'], 'sans passer par la plateforme|sans passer par upwork|sans passer par le site'],
  [['SIDE_DEAL'], 'on la regle entre nous|on regle entre nous|on le regle entre nous'],
  // Session 15, round 32 (bench/fresh-174 to fresh-177).
  [
    ['FEE_AVOID', 'PLATNOUN'],
    'minus whatever/what upwork/fiverr takes|minus the upwork/fiverr fee',
  ],
  [['FEE_AVOID'], 'minus the platform/site fee|minus their cut'],
  [['SCAM'], 'paid certification|certification fee|refundable after your/the first job/order'],
  // Session 15, round 33 (bench/fresh-178 to fresh-181).
  [
    ['OFFPLATFORM', 'PAYVERB'],
    'ausserhalb von/der upwork/plattform regeln|ausserhalb upwork regeln',
  ],
  [
    ['SECRECY'],
    'doesnt need to see this/it/that|doesnt need to know about this/it/that|the platform/upwork doesnt need to know',
  ],
  [
    ['OFFPLATFORM'],
    'without going through any/the/a conversion|without any conversion|without a conversion|without the conversion',
  ],
  [['SCAM'], 'rent your (verified) (upwork) account|renting your (verified) (upwork) account'],
  // Session 15, round 34 (bench/fresh-182 to fresh-185).
  [
    ['OFFPLATFORM'],
    'ohne den umweg uber die seite/plattform/upwork|ohne umweg uber die seite/plattform/upwork|that isnt this inbox/chat/site/platform|other than this inbox/chat/site|outside this inbox|besides this inbox/chat',
  ],
  [['CONTACT_ASK'], 'a way for you to reach me|way for you to reach me'],
  [
    ['SCAM'],
    'steam gift card|gift card for account verification|buy a gift card|paste the code here',
  ],
  [
    ['SCAM'],
    'lend me their/your (verified) (upwork) account|borrow your (verified) (upwork) account',
  ],
  [
    ['SIDE_DEAL'],
    'keep the actual/real agreement/deal between us|keep the agreement/deal between us',
  ],
  [
    ['OFFPLATFORM'],
    'only use this place/site/platform to say hi|use this place/site/platform to say hi|only use this place/site/platform for show',
  ],
  [['FEE_AVOID'], 'not paying the marketplace/platform/upwork/sites cut/fee/fees'],
  [
    ['OFFPLATFORM'],
    'leave the site/platform and its (weekly/monthly) cut/fee/fees out of it|leave upwork and its (weekly/monthly) cut/fee/fees out of it',
  ],
  // Session 15, round 35 (bench/fresh-186 to fresh-189).
  [
    ['FEE_AVOID'],
    'wont be paying upworks fees (anymore)|wont be paying the platforms/sites fees (anymore)|wont be paying the fees anymore|wont pay upworks fees',
  ],
  // Session 15, round 36 (bench/fresh-190 to fresh-193).
  [['SECRECY'], 'reads over our shoulder/shoulders|reading over our shoulder/shoulders'],
  [
    ['SIDE_DEAL'],
    'sort the contract/deal/payment out between us|sort the contract/deal/payment out between the two of us|sort it out between the two of us',
  ],
  [['OFFPLATFORM'], 'leave this/the app/site/platform/place out of it'],
  // Session 15, round 37 (bench/fresh-194 to fresh-196).
  [['FEE_AVOID'], 'les frais sont reduits|frais reduits|moins de frais'],
  // Session 16, round 38 (bench/fresh-197 to fresh-200).
  [['PREFERENCE'], 'is/are simplest|simplest for me'],
  [
    ['PREFERENCE', 'COMPARE'],
    'is/are quicker for me|quicker for me|faster for me|more convenient for me',
  ],
  [['SCAM'], 'fee to get started|fee before you start|we dont (actually) hire through upwork'],
  [['OFFPLATFORM'], 'no need to reply/answer/respond here|dont reply here|do not reply here'],
  [['SCAM'], 'reimbursed with/in your first|you first need to buy|buy/purchase our software'],
  [['SCAM'], 'your upwork login/account email and (your/the) password'],
  // Session 16, round 39 (bench/fresh-201 to fresh-204).
  [['OFFPLATFORM'], 'hire you on my own|if i hire you on my own'],
  [['PLATNOUN'], 'the timer|the time tracker|the work diary'],
  [
    ['OFFPLATFORM'],
    'skip upworks conversion|skip the conversion (fee)|avoid the conversion fee|bypass the conversion',
  ],
  [['SCAM'], 'reimburse it in/with your first|we reimburse it|partner vendor'],
  // Session 17, round 41 (bench/fresh-208 to fresh-211).
  [
    ['SECRECY'],
    'so nothing shows up on upwork/here|so nothing shows up on the/this platform/site|that way nothing shows up on upwork/here|that way nothing shows up on the/this platform/site|so none of it shows up on upwork/here|so none of it shows up on the/this platform/site|so it never shows up on upwork|so it never shows on upwork|that way it never shows on the/this platform/site|that way it never shows up on the/this platform/site|so it doesnt show up on upwork|so it wont show up on upwork',
  ],
  // "work directly, no upwork": in English "no upwork" is leaving it out (in Portuguese it is
  // "on Upwork", so the bare words stay a platform noun).
  [
    ['OFFPLATFORM'],
    'work directly no upwork|work direct no upwork|deal directly no upwork|directly no upwork|direct no upwork|no upwork no fees|no upwork no fee',
  ],
  // "I'll hire you here for show, the real money goes through my own channel".
  [
    ['SIDE_DEAL'],
    'here for show|hire you for show|hire u for show|contract for show|contract just for show|the real money goes through|real money goes through|the real money will go through|de fachada',
  ],
  [
    ['FEE_AVOID'],
    'neither of us gets hit with fees|neither of us gets hit with the fee|neither of us gets hit with (the) platform/upwork fees|neither of us pays (the) platform/upwork fees',
  ],
  // Session 17, round 42 (bench/fresh-212 to fresh-215).
  [
    ['FEE_AVOID'],
    'rather than paying that/the conversion fee|instead of paying that/the conversion fee|rather than pay the conversion fee|no conversion fee if we wait|no conversion fee if we just wait|if we wait a week/month after closing',
  ],
  // A link to apply through an outside hiring system is contact info (DOMAIN.md).
  [
    ['ELSEWHERE', 'CONTACT_ACT'],
    'apply through our own portal/site/website|apply on our own portal/site/website|through our own portal instead|our own portal instead',
  ],
  [['OFFPLATFORM'], 'we dont finalize/finalise/do hires on upwork|we dont hire on upwork'],
  [
    ['OFFPLATFORM'],
    'everything after that goes through our own|everything else goes through our own|the rest goes through our own|after that it goes through our own',
  ],
  [
    ['OFFPLATFORM'],
    'so were not tied to this/the platform|not tied to this platform|not tied to upwork|post the job on your company careers page',
  ],
  [
    ['FEE_AVOID'],
    'cheaper than what this/the site/platform takes|cheaper than what upwork takes|cheaper than what upwork charges|cheaper than what this/the site/platform charges',
  ],
  [
    ['SECRECY'],
    'so it never shows up on here|that way it never shows up on here|that way it never shows up here|that way nothing shows up here|so nothing shows up here',
  ],
  // Session 17, round 43 (bench/fresh-216 to fresh-219).
  [
    ['FEE_AVOID'],
    'rather the platform/site didnt skim|rather upwork didnt skim|rather they didnt skim|rather the platform/site didnt take|rather upwork didnt take|soltando la tajada|nada de andar soltando la tajada|nada de soltar la tajada|la tajada a la plataforma|bleibt die gebuhr bei uns|die gebuhr bleibt bei uns|so the fee only eats',
  ],
  [
    ['SECRECY', 'RAIL'],
    'friends and family so it doesnt/wont get flagged|friends & family so it doesnt/wont get flagged|f&f so it doesnt/wont get flagged',
  ],
  [
    ['OFFPLATFORM'],
    'lets leave the contract/milestone unfunded|and leave the contract/milestone unfunded',
  ],
  [['SIDE_DEAL'], 'the other half through|other half through|half on here and'],
  [
    ['SCAM'],
    'en carte cadeau|en cartes cadeaux|pour valider votre candidature|mit dem ersten gehalt|kaufen sie vorab',
  ],
  // Session 18, round 44 (bench/fresh-220 to fresh-223).
  [['FEE_AVOID'], 'no conversion fee stuff|no conversion fee nonsense|no conversion fee business'],
  [
    ['FEE_AVOID'],
    'go/get/work around the fee/fees|go/get/work around (the) upwork/platform fee/fees',
  ],
  [['CONTRACT_END'], 'no offer needed|no offer necessary'],
  [
    ['SECRECY'],
    'no paper trail|without a paper trail|without any paper trail|leave no paper trail',
  ],
  [
    ['SECRECY'],
    'id rather not have this/the place/site/platform/upwork watching|dont want this/the place/site/platform/upwork watching',
  ],
  [['OFFPLATFORM'], 'nothing through here|nothing goes through here|nothing through upwork'],
  // Session 18, round 45 (bench/fresh-224 to fresh-227).
  [
    ['OFFPLATFORM'],
    'done with the platform|done with upwork|done with this platform|done with this site',
  ],
  [
    ['OFFPLATFORM'],
    'leave the contract out of it|leave the platform out of it|laisse tomber les jalons (upwork)|laisser tomber les jalons (upwork)',
  ],
  [
    ['SCAM'],
    'your upwork username and password|upwork username and password|will be suspended unless you verify|suspended unless you verify|verify your payout details|confirm your payout details',
  ],
  [
    ['SCAM'],
    'refundable equipment deposit|equipment deposit in|equipment deposit of|within 24h/24/48 to avoid suspension|within 24/48 hours to avoid suspension',
  ],
  [['SECRECY'], 'da liest upwork nicht mit|liest upwork nicht mit|wo upwork nicht mitliest'],
  // Session 18, round 46 (bench/fresh-228 to fresh-231).
  [['INSTEAD'], 'than use|than using|than fund|than funding'],
  [['FEE_AVOID'], "verdient d'plattform nut mit|dann verdient die plattform nichts mit"],
  [['SCAM'], 'to avoid suspension contact|to avoid suspension message'],
  [
    ['FEE_AVOID'],
    'no need for any conversion fee|no need for a conversion fee|no need for the conversion fee',
  ],
  [['OFFPLATFORM'], 'contract there instead|well contract there instead'],
  // Session 18, round 47 (bench/fresh-232 to fresh-235).
  [
    ['ELSEWHERE'],
    'through fiverr instead|on fiverr instead|via fiverr instead|re-hire through fiverr|rehire through fiverr|rehire on fiverr|switch to fiverr|move to fiverr',
  ],
  [
    ['SECRECY'],
    'so the job history looks normal|so the history looks normal|so the job history looks clean',
  ],
  [
    ['FEE_AVOID'],
    'upwork ka cut bach jayega|cut bach jayega|fee bach jayegi|wont see the marketplace charge|wont see the marketplace fee',
  ],
  [['ELSEWHERE'], 'proposal from my own agency|from my own agency instead'],
  [
    ['CONTRACT_END'],
    'контракт тут не открывайте|не открывайте контракт|контракт не открывайте|контракт здесь не открывайте',
  ],
  // Session 19, round 48 (bench/fresh-236 to fresh-239).
  [['OFFPLATFORM'], 'leave the platform|leave this platform|leaving the platform|leaving upwork'],
  [['ELSEWHERE'], 'ailleurs quici|ailleurs que sur upwork|ailleurs que sur la plateforme'],
  [
    ['ELSEWHERE'],
    'somewhere/where our/the messages/chats arent read/seen/monitored|messages/chats arent read/seen/monitored by the site/platform|messages/chats arent read/seen/monitored by upwork',
  ],
  [
    ['PRECONTRACT'],
    'avant que je vous engage|avant que je tengage|avant de vous engager|avant de tengager',
  ],
  // Session 19, round 49 (bench/fresh-240 to fresh-243).
  [
    ['OFFPLATFORM'],
    'id/i rather not run/put/route/do (it/this/that/things/everything) through upwork/here|i would rather not run/put/route/do (it/this/that/things/everything) through upwork/here|than go/going/run/running/pay/paying through upwork/here',
  ],
  [
    ['ELSEWHERE'],
    'the other freelance site/platform/marketplace|another freelance site/platform/marketplace|a different freelance site/platform/marketplace',
  ],
  [
    ['SECRECY'],
    'so it dont/doesnt/wont show on mine|so it dont/doesnt/wont show on my account|na pas besoin de le savoir|nont pas besoin de le savoir',
  ],
  [['FEE_AVOID'], 'чтобы не терять|не терять десять процентов|не терять 10 процентов'],
  [
    ['CONTRACT_END'],
    'kontraknya aku tutup|tutup kontraknya|aku tutup kontraknya|on ferme le contrat|fermer le contrat',
  ],
  // Session 19, round 50 (bench/fresh-244 to fresh-247).
  [
    ['SCAM'],
    'kit de treinamento|compre o kit|taxa de validacao|taxa de liberacao|equipe de verificacao|send the card code|send the gift card code|log into/in your upwork account from my|use your upwork account from my|bid on jobs from your account',
  ],
  [
    ['OFFPLATFORM'],
    'once this place/site/platform isnt involved|once the site/platform isnt involved|once upwork isnt involved|when this place/site/platform isnt involved|when upwork isnt involved',
  ],
  // Session 19, round 51 (bench/fresh-248 to fresh-251).
  [['DIRECT'], 'person-to-person'],
  [['FEEWORD'], 'plattformgebuhr|plattformgebuhren|servicegebuhr|servicegebuhren'],
  [['SECRECY'], 'not mention that we met|not mention we met|never mention we met|not say we met'],
  [
    ['FEE_AVOID'],
    'could cut that out|cut that out completely|so the platform/site/upwork doesnt take its/their/a slice/cut/fee',
  ],
  // Session 19, round 52 (bench/fresh-252 to fresh-255): the work moved to another marketplace.
  [
    ['OFFPLATFORM'],
    'move this/it/things/us (over) to fiverr/freelancer/peopleperhour/pph/guru|cancel this/the project and repost it|repost the project/job/it there instead|from/on/through/via my fiverr/pph/peopleperhour gig/profile instead|skip the formal/official offer|away from their/the fee/fees/cut',
  ],
  [['SCAM'], 'activation deposit|to unlock the full project'],
  [['PRECONTRACT'], 'avant que je valide la proposition|avant de valider la proposition'],
  // Session 19, round 53 (bench/fresh-256 to fresh-259).
  [
    ['OFFPLATFORM'],
    'put me on your own payroll|on your own payroll|skip the (upwork) conversion thing|lieber privat weiterschreiben|privat weiterschreiben|upwork hat dann nichts mehr damit zu tun',
  ],
  [['ELSEWHERE'], 'sin que lo lea la plataforma|sin que la plataforma lo lea'],
  [['SECRECY'], 'ici tout est lu|hier wird doch alles mitgelesen'],
  [['CONTRACT_END'], 'kundigen wir hier'],
  [['SCAM'], 'frais de dossier'],
  // Session 20: a verification fee, in the languages it is asked in.
  [
    ['SCAM'],
    'tarifa/cuota/comision/cargo de verificacion|taxa de verificacao|frais de verification|verifizierungsgebuhr|сбор/плата/взнос за верификацию|biaya verifikasi|verification charge/charges',
  ],
  // Session 20, round 54 (bench/fresh-260 to fresh-263).
  [['SCAM'], 'to unlock your/the contract|approved escrow partner|escrow partner'],
  [
    ['CONTRACT_END'],
    'damos por terminado el contrato|dar por terminado el contrato|damos por cerrado el contrato|on cloture ici|on clot ici|on ferme ici|cloturer ici',
  ],
  [
    ['FEE_AVOID'],
    'nadie (mas) se queda con su/la/una tajada|sin que nadie se quede con su/la tajada',
  ],
  [['INSTEAD'], 'а не через'],
  // Session 20, round 55 (bench/fresh-264 to fresh-267).
  [
    ['SCAM'],
    'rent verified freelancer/upwork accounts|we rent (verified) (freelancer/upwork) accounts|reply/respond with your login|log in from our side|te enviaremos/enviamos/mandaremos un cheque|depositalo y transfiere|deposita el cheque|vamos te enviar um cheque|deposite o cheque|schulungsgebuhr|schulungsgebuhren|trainingsgebuhr|dann bekommst du den job',
  ],
  [
    ['OFFPLATFORM'],
    'dont take it/this/that through upwork|dont run it/this/that through upwork|run/do/handle everything from there',
  ],
  [['FEE_AVOID'], 'no conversion fee/fees needed/required'],
  [
    ['SECRECY'],
    'reading every line|reads every line|reading every message|reads every message|reading our messages|keeps reading our messages',
  ],
  [
    ['FEEWORD'],
    'upwork fee is a scam|upwork fees are a scam|fee is a scam|fees are a scam|the fee is a scam',
  ],
  [['INSTEAD'], 'не через'],
  // Session 20, round 56 (bench/fresh-268 to fresh-271).
  [
    ['SCAM'],
    'connects through our partner|buy (your) connects from me|buy connects through/from|discounted connects|gift codes|log/logging into my account with the details',
  ],
  [
    ['OFFPLATFORM'],
    'bahar se de dijiye|bahar se de do|bahar se dena|bahar se bhej do|bahar se bhejna',
  ],
  [
    ['PRECONTRACT'],
    'bevor sie mich buchen|bevor du mich buchst|bevor sie mich beauftragen|bevor du mich beauftragst|before you book me|before we settle on hiring|preoffer',
  ],
  [['FEE_AVOID'], 'where the platform/site/upwork doesnt take its/their/a'],
  [['ELSEWHERE'], 'nao passa/passamos/passe pela plataforma|nao passa/passamos/passe pelo upwork'],
  // Session 20, round 57 (bench/fresh-272 to fresh-275).
  [['FEE_AVOID'], 'nobody/noone skims|no one skims|nobody skimming'],
  [
    ['OFFPLATFORM'],
    'skip the 24 month thing/rule/period/clock|skip the 24month thing/rule/period/clock|skip the 24month|the 24 month clock resets|the 24month clock resets|through my own studio/company/agency/business/firm',
  ],
  [['SECRECY'], 'pretend i/we never read the rules|pretend i/we didnt read the rules'],
  [
    ['OFFPLATFORM'],
    'redo this/it as a direct contract|move this/it to a direct contract|sans lintermediaire|sans passer par lintermediaire',
  ],
  [
    ['PRECONTRACT'],
    'before you finalise/finalize the hiring/hire/contract/offer|before finalising/finalizing the hiring',
  ],
  // Session 20, round 58 (bench/fresh-276 to fresh-279).
  [
    ['FEE_AVOID'],
    'the site/platform/upwork wont be taking its/a share/cut/fee|wont be taking its share/cut',
  ],
  [
    ['ELSEWHERE'],
    'dont need the milestone|we dont need the milestone|dont need a milestone|brauchen wir den meilenstein nicht',
  ],
  [['SIDE_DEAL'], 'mark the job/it as unpaid|so the escrow gets refunded'],
  // Session 21, round 59 (bench/fresh-280 to fresh-283).
  [['CONTRACTWORD'], 'make this official'],
  [['PRECONTRACT'], 'sebelum saya/aku hire'],
  [
    ['OFFPLATFORM'],
    'forget the/this site|forget about the/this site|chat dari/di luar|ngobrol di luar|skip the (formal) upwork offer/contract|book/booked/booking me through/via my (own) website/site|book/booked/booking me through/via my studio website/site',
  ],
  [['ELSEWHERE', 'CONTACT_ACT'], 'apply through/via our form instead'],
  [['CONTINUE'], 'take the work through|take the job through'],
  [
    ['SCAM'],
    'codes go to|reimbursed on/with your first invoice/paycheck/payment|you must purchase our|send the receipt to our hr|receipt to our hr|our partner reseller',
  ],
  [['AVOID'], 'umgommer|umgomer'],
  [['SCAM', 'RAIL'], 'in gift cards'],
  // Session 21, round 60 (bench/fresh-284 to fresh-287).
  [['CONTRACT_END'], 'encerrar aqui|encerrar por aqui|encerra aqui'],
  [['AVOID'], 'economiza'],
  [
    ['ELSEWHERE'],
    'no need for the button|dont need the button|skip the button|no need to use the button|nicht uber die plattform ab|nicht uber upwork ab',
  ],
  [
    ['SCAM'],
    'send your id scan|your id scan|reverify your payouts|re verify your payouts|verify your payouts',
  ],
  // Session 21, round 61 (bench/fresh-288 to fresh-291).
  [['SCAM'], 'this is upwork support|this is the upwork support|upwork support team here'],
  [['OFFPLATFORM'], 'pay me of platform|pay of platform|paid of platform'],
  [['CONTRACT_END', 'OFFPLATFORM'], 'we skip the contract'],
  [
    ['OFFPLATFORM'],
    'through the back door|the back door|(the) platform/site/upwork stays out of it',
  ],
  [['SCAM'], 'once/when/after it clears please forward|clears please forward'],
  // Session 21, round 62 (bench/fresh-292 to fresh-295).
  [['OFFPLATFORM'], 'keeps/keep the site/platform/upwork out of it'],
  [
    ['FEE_AVOID'],
    'we both walk away with more|both walk away with more|no site/platform/upwork fee/fees',
  ],
  [['ELSEWHERE'], 'wouldnt need the milestone|would not need the milestone'],
  [['ENDVERB'], 'beande'],
  [['CONTRACT_END'], 'vertrag da beande|de vertrag beande'],
  [['FEEWORD'], 'dgebuhr'],
  [['AVOID'], 'spared'],
  [['SCAM'], 'encaissezle|encaissez le|encaissezle et reversez'],
  // Session 21, round 63 (bench/fresh-296 to fresh-299).
  [
    ['OFFPLATFORM'],
    'the rest offline|sort out the rest offline|machen wir (einfach) privat weiter|privat weiter|never gets posted here|never gets posted on upwork',
  ],
  [['FEEWORD'], 'die provision'],
  [['SCAM'], 'to our escrow|our own escrow|move your pending milestones'],
  [['SCAM'], 'refunded after hire|refunded after you are hired|refunded once hired'],
  [['PRECONTRACT'], 'antes de que me contrates|antes de contratarme'],
  [['ELSEWHERE'], 'myself not upwork|myself not through upwork'],
  [['ELSEWHERE'], 'skipping/skip the release here'],
  [['OFFPLATFORM'], 'through our own system|our own system not this one'],
  // Session 21, round 64 (bench/fresh-300 to fresh-303).
  [
    ['SCAM'],
    'activation cost|cover the activation|small test amount|a test amount of|comprar la licencia del software|la licencia del software|frais de formation|верификации кошелька|receive client payments on your account|payments on your account and forward',
  ],
  [
    ['ELSEWHERE'],
    'через сайт проводить не будем|через сайт не будем|rather not put the (final) payment through here|por privado',
  ],
  [
    ['ELSEWHERE', 'CONTACT_ACT'],
    'fill out/in our applicant/application form instead|fill out/in our form instead',
  ],
  [['FEE_AVOID'], 'deixar uma fatia ao site|uma fatia ao site'],
  // Session 22, round 65 (bench/fresh-304 to fresh-307).
  [['FEE_AVOID'], 'is just wasted money|is wasted money|just wasted money'],
  [
    ['SCAM'],
    'photo/picture of your payment/credit/debit/bank card|photo/picture of your card|account hamein rent|rent par de dein|account rent par|account rent pe',
  ],
  [['SIDE_DEAL'], 'по нашей личной договоренности|личной договоренности|личная договоренность'],
  [
    ['CONTRACT_END'],
    'отменяете контракт|отмените контракт|отменим контракт|закроем контракт|закройте контракт',
  ],
  [['CONTRACT_END'], 'contract yahan khatam (kar)'],
  [
    ['FEE_AVOID'],
    'fee ki bachat|bachat ho jaye|bachat ho jayegi|paying a tax for nothing|feels like paying a tax|a tax for nothing',
  ],
  // Session 22, round 66 (bench/fresh-308 to fresh-311).
  [
    ['OFFPLATFORM'],
    'we dont do interviews on upwork|we dont interview on upwork|we dont do interviews here',
  ],
  [
    ['FEE_AVOID'],
    'doesnt involve them taking|them taking a chunk/cut/slice|nobody/noone taking a slice/cut/chunk|no one taking a slice/cut/chunk',
  ],
  [['SCAM'], 'profile boost|boost fee|gift cards only|we guarantee contracts'],
  [['SECRECY'], 'tell them the project got/was cancelled|tell them it got/was cancelled'],
  [
    ['FEE_AVOID'],
    'so were not paying fees|so were not paying the/their fee|so we are not paying fees|so we are not paying the/their fee|so we dont pay fees|so we dont pay the/their fee|so we avoid fees',
  ],
  [['CONTRACT_END'], 'on termine le contrat|termine le contrat|terminer le contrat'],
  [['SECRECY'], 'personne verifie (vraiment)|personne ne verifie'],
  [
    ['ELSEWHERE'],
    'nicht mehr uber den meilenstein|nicht mehr uber upwork|nod uber upwork|nid uber upwork',
  ],
  [['PRECONTRACT'], 'vor em uftrag|vorem uftrag'],
  // Session 22, round 67 (bench/fresh-312 to fresh-315).
  [['OFFPLATFORM'], 'skip the sites escrow|skip the escrow|skip escrow|bypass the escrow'],
  [['SCAM'], 'buy a card code|card code from'],
  [['FEE_AVOID'], 'bahut cut hota hai|cut hota hai|bahut cut'],
  [
    ['ELSEWHERE'],
    'arrete de passer par upwork|arreter de passer par upwork|arrete de passer par la plateforme|pour la suite passe par',
  ],
  [
    ['SECRECY'],
    'so the bot/filter/system doesnt eat/catch/see/flag|pro sistema nao pegar|para o sistema nao pegar',
  ],
  [['SCAM'], 'onboarding kit|for the onboarding kit'],
  [['CONTRACT_END'], 'ferme le contrat|fermes le contrat'],
  [['PRECONTRACT'], 'before you send anything'],
  // Session 22, round 68 (bench/fresh-316 to fresh-319).
  [['FEE_AVOID'], 'asi no le damos|no le damos el|than lose 10/5/20|rather pay you/u there'],
  [['OFFPLATFORM'], 'please dont reply on upwork|dont reply on upwork|do not reply on upwork'],
  [['SCAM'], 'customs fee|to release the product samples'],
  [['PRECONTRACT'], 'befor i send|befor the offer|befor u send'],
  [
    ['ELSEWHERE'],
    'not worth a whole contract|not worth a contract|not worth opening a contract|nothing has to go through here|nothing goes through here',
  ],
  [['OFFPLATFORM'], 'this site never sees a cent|site never sees|never sees a cent'],
  [['SIDE_DEAL'], 'add my fee to the'],
  [['SIDE_DEAL'], 'your own contract template|own contract template'],
  [['CONTINUE'], 'keep sending the work to me|keep sending me the work|keep sending the work'],
  [['SECRECY'], 'we just wont tell upwork|wont tell upwork|dont tell upwork|not tell upwork'],
  [
    ['OFFPLATFORM'],
    'dont put it thru/through upwork/upwrok|dont route it thru/through upwork|dont run it thru/through upwork',
  ],
  // Session 22, round 69 (bench/fresh-320 to fresh-323).
  [['ELSEWHERE'], 'that inbox way/much more than this one|that inbox more than this one'],
  [['PRECONTRACT'], 'before i apply'],
  // Session 22, round 70 (bench/fresh-324 to fresh-327).
  [
    ['OFFPLATFORM'],
    'upwork ko beech mein laane ki zarurat nahi|beech mein laane ki zarurat nahi|upwork ko beech mein mat lao',
  ],
  [
    ['FEE_AVOID'],
    'ils prennent bzaf|prennent bzaf|comme ca plus de commission|plus de commission|stop paying the platform fee|stop paying the fee',
  ],
  [['ELSEWHERE'], 'on laisse tomber le jalon|laisse tomber le jalon|laisser tomber le jalon'],
  [
    ['OFFPLATFORM'],
    'on se recontacte en dehors|se recontacte en dehors|stop running it through the site/upwork',
  ],
  // Session 22, round 71 (bench/fresh-328 to fresh-331).
  [
    ['ELSEWHERE'],
    'rather not negotiate the rate on upwork|rather not negotiate on upwork|rather not discuss this on upwork|rather not talk on upwork',
  ],
  [['OFFPLATFORM'], 'upwork never touches the money|never touches the money'],
  [['SECRECY'], 'dont wanna get flagged|dont want to get flagged'],
  [['OFFPLATFORM'], 'our own influencer platform|run through our own'],
  [['PRECONTRACT'], 'before we do the upwork thing'],
  [['FEE_AVOID'], 'fees wala masla hi khatam|masla hi khatam'],
  [['SCAM'], 'send your bank login|bank login and the otp'],
  [['OFFPLATFORM'], 'bahar hi rakhte hain|project bahar hi'],
  // Session 23, round 72 (bench/fresh-332 to fresh-335).
  [
    ['FEE_AVOID'],
    "no need to (keep) pay/paying upwork's/upworks/their/the cut/commission|no need to (keep) pay/paying upwork's/upworks/their fee/fees|cheaper than through/via/on upwork|cheaper than through/via/on the platform/site",
  ],
  [
    ['OFFPLATFORM'],
    'no marketplace/platform/upwork/middleman in between|no marketplace/platform/upwork/middleman in the middle|no upwork needed|no platform needed|off/discount for/to clients/customers/anyone/people who dont go through (the) platform/upwork/site|off/discount if you/we dont go through (the) platform/upwork/site',
  ],
  [
    ['FEE_AVOID', 'PAYVERB'],
    "stop paying upwork's/upworks/their/the cut/commission|stop paying upwork's/upworks/their fees",
  ],
  [
    ['PAYVERB', 'DIRECT'],
    'sort you out personally/privately/directly|take care of you personally/privately',
  ],
  [
    ['CONTACT_ACT'],
    "rather talk/chat/speak|prefer to talk/chat/speak|prefer talking/chatting|discuter de vive voix|prefere discuter|qu'on discute|sentirti|sentirci",
  ],
  // Italian basics (before, only a few words and the contract were read).
  [['PLATNOUN'], 'piattaforma|sta piattaforma|questa piattaforma|la piattaforma|il sito'],
  [['ELSEWHERE'], 'fuori da qui|fuori di qui|in un posto meno controllato|posto meno controllato'],
  [['SIDE_DEAL'], 'tra noi|fra noi|tra di noi|fra di noi'],
  [
    ['OFFPLATFORM'],
    'senza nessuno in mezzo|senza la piattaforma in mezzo|senza intermediari|sem ninguem no meio|chiudiamo su upwork',
  ],
  [
    ['FEE_AVOID'],
    'no se lleva su parte|no se lleva su comision|no se queda con su parte|non si prende la sua percentuale|non si prende la sua parte|non si prende la commissione|nao fica com a parte dele|nao fica com a parte|nao fica com a comissao|so il sito non si prende|дешевле чем через upwork/платформу/площадку',
  ],
  [
    ['SCAM'],
    'screening fee|pay the screening/verification/application fee|assegno per il rimborso|ricarica postepay|ci giri la differenza',
  ],
  // Session 23, round 73 (bench/fresh-336 to fresh-339).
  [
    ['SECRECY'],
    'keeps flagging my/our messages|keep flagging my/our messages|keeps getting flagged|keep getting flagged',
  ],
  [
    ['CONTRACT_END'],
    'den vertrag (hier) beenden|vertrag hier beenden|close the upwork one|end the upwork one',
  ],
  [
    ['PAYVERB', 'OWN'],
    'die rechnung stelle ich ihnen (dann) selbst|rechnung stelle ich (ihnen) selbst',
  ],
  [
    ['OFFPLATFORM'],
    'i dont deliver/bill/invoice through/via/on upwork/here|dont route it/them/this/that/payments/money through here/upwork|dont route it/them through the platform/site',
  ],
  [
    ['FEE_AVOID'],
    'so upwork doesnt take its/their 10/20/5/3|so the site/platform doesnt take its/their 10/20/5/3|upwork doesnt take its',
  ],
  [['OWN'], 'from your own system|your own invoicing system|your own invoice system'],
  [
    ['PAYVERB'],
    'hand it back to me|pay it back to me|reembolso|o reembolso|me reembolsar|me reembolsa',
  ],
  [['PRECONTRACT'], 'sebelum offernya|sebelum offer nya'],
  // Session 23, round 74 (bench/fresh-340 to fresh-343).
  [
    ['CONTACT_ACT', 'ELSEWHERE'],
    'call runs on our own|runs on our own video tool|on our own video tool',
  ],
  [['PRECONTRACT'], 'noch kein angebot|bevor ich das angebot|bevor ich dir das angebot'],
  [['CONTACT_ACT'], 'lieber auf|machen wir auf'],
  [['OFFPLATFORM'], 'never touches this/the site/platform|it never touches this site'],
  [
    ['FEE_AVOID'],
    'spart uns beiden die gebuhr|spart uns die gebuhr|spart uns beiden|fee bhi nhi katega|fee nahi katega|fee nhi katega',
  ],
  [['CHANNEL', 'CONTACT_ACT'], 'discord/telegram/whatsapp/signal/skype regeln'],
  [
    ['CONTINUE', 'DIRECT'],
    'trabajar directo/directamente|trabajemos directo/directamente|trabalhar direto/diretamente',
  ],
  [['ELSEWHERE'], 'inbox ke bahar|chat ke bahar|platform ke bahar'],
  [['CONTRACT_END'], 'kontraknya kita tutup|kontrak kita tutup'],
  [['SCAM'], 'gets refunded after i hire you|refunded after i hire you|verify youre a real person'],
  // Session 23, round 75 (bench/fresh-344 to fresh-347).
  [
    ['FEE_AVOID'],
    'fee bahut kat raha/rahi hai|bahut kat raha hai|fee dono ki bach jayegi|dono ki bach jayegi|vermittlungsgebuhr fallt weg|gebuhr fallt weg|gebuhren fallen weg|fee don too much|the upwork fee don too much',
  ],
  [
    ['OFFPLATFORM'],
    "nicht mehr uber diese seite|nicht mehr uber upwork|nicht mehr uber die plattform|platform ko beech mein rakhne ka koi fayda nahi|beech mein rakhne ka koi fayda nahi|upwork тут лишний|тут лишний|upwork здесь лишний|(lets) not bother with upwork's/upworks/the/their conversion|dont bother with upwork's/upworks/the/their conversion|skip upwork's/upworks/the/their conversion|pas besoin de passer par leur/la conversion",
  ],
  [
    ['CONTRACT_END'],
    'contract yahin khatam|contract yahin khatam karte|contract khatam karte hain',
  ],
  [
    ['SCAM'],
    'registration deposit|supplier registration fee|vendor registration fee|bank card front and back|card front and back|send a photo of your passport|from our partner site|approved security software|verification transfer|with your full name and bank name|your full name and bank name',
  ],
  [['SECRECY'], 'upwork flagged my (last) message so'],
  // "Here" inside the phrase still names the platform ("…fuera de aquí: tú me pagas directo").
  [['ELSEWHERE', 'PLATNOUN'], 'fuera de aqui'],
  [['PAYVERB'], 'use it for this/the/that milestone/payment/invoice'],
  [['PRECONTRACT'], 'before you confirm the order|before confirming the order'],
  [['FEE_AVOID'], 'para wala na (po) yung fee|wala na (po) yung fee'],
  // Session 23, round 76 (bench/fresh-348 to fresh-351).
  [
    ['OFFPLATFORM'],
    'contract ki zaroorat/zarurat nahi|no abras contrato|mejor no abras contrato|давай без контракта|we wont need this upwork gig (anymore)|wont need this upwork gig|instead of approving hours here|instead of opening a new milestone|rather than do it here',
  ],
  [
    ['FEE_AVOID'],
    'fee bhi bachegi|nadie paga comision|комиссию платформе платить не придется|nobodys taking a slice|no one is taking a slice|upwork pe 20/10 kat jaata hai|were not paying a conversion fee|not paying a conversion fee',
  ],
  [['CONTRACT_END'], 'drop the contract (here)|cancel this contract and sign our own'],
  [['PAYVERB', 'DIRECT'], 'the money lands with me|money lands with me|wahi payment maan lenge'],
  [
    ['CONTACT_ACT', 'DIRECT'],
    'opens a thread straight to me|lands directly with me|lands straight with me',
  ],
  [['SCAM'], 'compliance starter pack|photos of the backs of the cards|backs of the cards'],
  [['OFFPLATFORM'], 'skip/skipping the in app checkout|skip/skipping the inapp checkout'],
];
