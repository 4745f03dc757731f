import type { LexiconLine } from './types';

// Payment rails and payment verbs, across the supported languages.
export const PAYMENT_LEXICON: readonly LexiconLine[] = [
  [
    ['RAIL'],
    'paypal|paypall|paypai|paypa1|pay pal|paypal.me|venmo|zelle|cash app|cashapp|cash.app|payoneer|revolut|skrill|neteller|western union|moneygram|money gram|transferwise|google pay|gpay|apple pay|apple cash|stripe|stripe link|stripe invoice|gift card*|itunes card*|steam card*|amazon card*',
  ],
  [
    ['RAIL'],
    'pix|mercado pago|mercadopago|upi|paytm|phonepe|easypaisa|easy paisa|jazzcash|jazz cash|bkash|gcash|m pesa|mpesa|alipay|wechat pay|lydia|bizum|sepa|interac|e transfer|etransfer|ovo|gopay|shopeepay|dana ke|sadapay|nayapay|qiwi|yoomoney|sbp|сбп|сбер*|тинькофф|юmoney',
  ],
  [
    ['RAIL'],
    'bank transfer*|wire transfer*|bank wire|wire (it/the/me/you)|ach|ach transfer|iban|swift|swift code|bic|routing number|sort code|account number|bank account|bank details|banking details|my bank|my account details|account details|account ending|cheque|transferencia bancaria|transferencia|transferencia direta|virement|virement bancaire|uberweisung|bankuberweisung|bankverbindung|kontonummer|rekening|rekening bca|bca|mandiri|bank transfer|перевод на карту|на карту|карту|карта|банковский перевод|реквизиты|номер карты|bank me|account me',
  ],
  [
    ['RAIL', 'BANKDATA'],
    'send me your bank|send your bank|your bank info|your bank information|your bank details|your banking details|your account details|your card details|your card number|your iban|my iban|my bank details|my bank info|my account details|card details',
  ],
  [
    ['RAIL'],
    'bank info|bank information|crypto|cryptocurrency|crypto wallet|bitcoin|btc|eth|ethereum|usdt|usdc|tether|trc20|erc20|bep20|binance|binance pay|litecoin|ltc|solana|sol wallet|wallet address|receiving address|my wallet|your wallet|own wallet|wallet app|metamask|trust wallet|coins|in coins|криптовалют*|крипт*|биткоин*|usdt trc20',
  ],
  [
    ['RAIL', 'BACKWARDS'],
    'lapyap|omnev|ellez|ppa hsac|tpircs|nioctib|otpyrc|reenoyap|tdsu|esiw ym',
  ],
  [
    ['RAIL'],
    'friends and family|friends & family|f&f|split bills|split the bill|splitting bills|app i use to split',
  ],
  [
    ['RAIL'],
    'into my account|into my personal account|my personal account|my personal bank|direct deposit|by direct deposit|straight into my (bank/personal/own) account|directly into my (bank/personal/own) account',
  ],
  [['SENDVERB'], 'send|sending|sent|drop|transfer|transferring|move|load|top up'],
  [['RAIL_WEAK'], 'wise|card|transfer|wire|check|cash|dana|gpay|money'],
  [
    ['RAIL'],
    'via/through/by/on/with/using/to/in/thru/per/por/par/lewat/pakai wise|my/your wise|wise account|by/with/via/per/por/par/on/to card|my/your/own card|by/with/per/via/in cash|in/with/via cash app|via/by/per transfer|by/via wire|my/your paypal|via/par/por/per/mit paypal|cash transfer',
  ],
  [
    ['RAIL_ASK'],
    'wire the rest|wire it|wire you|wire me|paytm kar do|gpay kar do|upi kar do|paytm karo|gpay karo|transfer kar do|paypal/venmo/zelle/wise/revolut/payoneer me|cashapp/gpay/upi me|p4yp4l m3|send it to my paypal|mandame por paypal',
  ],
  [
    ['PAYVERB'],
    'forward the money|forward the extra|forward the rest|forward it|refund you|pay*|paid|repay|invoice*|bill|bills|billing|bill you|bill my|wire|remit*|settle|settle up|send the money/payment/amount/balance/rest/remaining/difference/funds/deposit|send you the money|send money|send the rest|send it|send me the|the rest|the balance|the remaining|remaining amount|remaining balance|the amount|money|funds|deposit|receive|receiving|accept|compensate|reimburse|transfer|transfer it|tip you|make up the difference',
  ],
  [
    ['PAYVERB'],
    'pagar|pago|pague|pagame|pagarte|te pago|pagos|pagamento|pagamentos|cobrar|cobro|factura|facturar|fatura|faturar|payer|paie|paiement|payez|paye|payons|regler|facture|facturer|bezahlen|zahlen|zahlung|zahle|rechnung|uberweisen|schicken|uberweise|bayar|bayarnya|membayar|pembayaran|tagihan|kirim|kirimkan|paisa|paise|paisay|bhej|bhejo|bhej do|bhej dein|bhejna|payment bhej|оплат*|заплач*|плат*|перевед*|перевест*|перевод*|деньги|счет|счёт',
  ],
  [
    ['NEUTRAL'],
    'bank holiday|bank holidays|pay attention|paid attention|pay off|check out|check in|checkin|cash flow|transfer the files|transfer the domain|file transfer|data transfer|transfer learning|wise choice|wise decision|otherwise|likewise|card sort*|card component|card layout|check the|check it|check this|check that|check if|check whether|please check|i check|to check|double check|spot check|fact check|sanity check|health check|type check|check your|check my',
  ],
  // Paying, per language: the verb forms people actually type, not just the infinitive.
  [
    ['PAYVERB'],
    'paga|pagas|pagamos|pagan|pagues|paguen|pagare|pagaria|pagarle|pagarme|pagaremos|pagado|pagaste|abonar|te abono|abono|te transfiero|transfiero|transferir|te deposito|depositar|cobrarte|cobrame|te pagamos|vou pagar|vou te pagar|pagou|pagando|te transfiro|transfiro|recebo|receber|receba|cobranca|je te paie|te payer|payerai|paierai|paierais|paye moi|payez moi|regle|reglement|versement|verser|je te vire|virer|vire|zahle dir|bezahle|bezahlst|bezahlt|zahlst|uberweis|uberweist|uberwiesen|begleichen|abrechnen|rechne ab|rechnen ab|bayarin|dibayar|saya bayar|ku bayar|kubayar|transferin|ditransfer|tf|kirim uang|kirim duit|lunasi|pelunasan|sisanya|перечисл*|оплачу|оплатим|расплач*|рассчита*|расчет|расчёт|остаток|предоплат*|pay kar|pay kar dunga|pay karunga|payment kar|payment kar dunga|payment karunga|paise bhej|paise bhejo|paisay bhej|paisay bhejo|transfer kar|raqam|square up|squared up',
  ],
  [
    ['SENDVERB'],
    'скин*|закин*|кину|кинь|kirim|kirimin|envio|envia|te envio|mando|te mando|manda|envoie|envoyer|schicke|schick|bhejta|bhejunga|bhej dunga',
  ],
  // Regional rails and wallets written the way they follow a preposition or possessive.
  [
    ['RAIL'],
    'ke dana|dana saya|dana kamu|via dana|lewat dana|pakai dana|akun dana|linkaja|jenius|rekening saya|rekening kamu|rek saya|no rek|norek|nomor rekening|rekening bri|rekening bni|ke rekening|ke rek|nequi|daviplata|yape|plin|clabe|cbu|cvu|spei|cuenta bancaria|mi cuenta bancaria|numero de cuenta|a mi cuenta|en efectivo|con efectivo|chave pix|picpay|nubank|conta bancaria|minha conta|na minha conta|em dinheiro|dinheiro vivo|paylib|wero|mon rib|ton rib|rib|en liquide|en especes|especes|in bar|bar bezahlen|bargeld|barzahlung|auf mein konto|aufs konto|mein konto|meine kontodaten|kontodaten|наличн*|налом|налик*|на карточку|карточку|на мой счет|на мой счёт|на счет|на счёт|тиньк*|киви|юмани|tunai|uang tunai|cash mein|naqad|mere account|mere account mein|account mein|bank account mein|upi id|khata|to my bank|straight/directly to my (bank/personal/own) account',
  ],
  // Idioms that look like other concepts.
  [['NEUTRAL'], 'we are square|were square|well be square|all square|call it square|be square'],
  [
    ['RAIL', 'PAYVERB'],
    'zahle dich bar|zahle bar|bezahle bar|zahlen bar|bar zahlen|bar bezahlen|bar auf die hand|cash auf die hand',
  ],
  [['RAIL'], 'rekeningnya|gopaynya|ovonya|dananya|paypalnya|crypto only'],
  [['PREFERENCE'], 'use my|use your|via my|through my'],
  [['PAYVERB'], 'paye-moi|payez-moi|paie-moi|vire-moi|virez-moi'],
  [
    ['PAYVERB'],
    'el resto|lo que falta|el restante|lo restante|o restante|o resto|le reste|den rest|den restbetrag|restbetrag|sisa|baaki|baki|baqi',
  ],
  [['SENDVERB'], 'te hago un|hago un|te faco um|faco um|te fais un'],
  // Bank details asked for or given, per language.
  [
    ['RAIL', 'BANKDATA'],
    'dados bancarios|teus dados bancarios|seus dados bancarios|datos bancarios|tus datos bancarios|sus datos bancarios|coordonnees bancaires|tes coordonnees bancaires|vos coordonnees bancaires|bankdaten|deine bankdaten|ihre bankdaten|банковские реквизиты|ваши реквизиты|твои реквизиты|data rekening|nomor rekeningnya|bank ki details|apni bank details|apne bank details',
  ],
  [
    ['RAIL'],
    'digital gold|stablecoin*|stable coins|sats|satoshis|lightning address|lightning wallet|internet money|orange coin',
  ],
  // Money itself, per language (pays beside a rail or "directly").
  [
    ['PAYVERB'],
    "l'argent|argent|dinero|el dinero|dinheiro|o dinheiro|grana|geld|das geld|uang|duit|uangnya|duitnya|pesos|reais",
  ],
  [
    ['RAIL_ASK'],
    'jazzcash/easypaisa/paytm/gpay/upi/phonepe/sadapay/nayapay/bkash/gcash kar do/dein/dena/dijiye/karo/karna',
  ],
  // A payment app named by what it is, not by its brand.
  [
    ['RAIL'],
    'transfer app|payment app|payment apps|money app|banking app|money transfer app|other/another/different/alternative/alternate payment method/methods/option/options',
  ],
  [
    ['RAIL', 'ELSEWHERE'],
    'other/another/different/alternative/alternate payment/transfer/money app/apps/service/services',
  ],
  [['PAYVERB'], 'refund|refunded|pay you back|pay back|top you up'],
  [['RAIL'], 'to your bank|into your bank|to your bank account'],
  [
    ['PAYVERB'],
    'bayaran|bayarannya|pembayarannya|paymentnya|bonus|the bonus|a bonus|a tip|the tip',
  ],
  // More regional rails and remittance or crypto services, by brand.
  [
    ['RAIL'],
    'remitly|xoom|worldremit|world remit|airtm|payeer|paysera|perfect money|webmoney|advcash|paxum|wirex|n26|monzo|orange money|mtn momo|momo wallet|opay|palmpay|paystack transfer|chipper cash|line pay|paypay|kakaopay|kakao pay|promptpay|paynow|truemoney|paymaya|maya wallet|vipps|mobilepay|twint|swish|blik|via chime|chime app|cash apps|bybit|okx|kucoin|binance id|ton wallet|toncoin|phantom wallet|exodus wallet|money order|postal order',
  ],
  [
    ['RAIL', 'BANKDATA'],
    'your account info|your account information|send me your account info/information/details|give me your account info/information/details',
  ],
  [['PAYVERB'], 'cobramos|cobras|te cobro'],
  [['RAIL_ASK'], 'hand you (the) cash|give you (the) cash|pay you in cash'],
  [['RAIL'], 'in cash|cash in hand'],
  // Found by the independent sets bench/fresh-8.jsonl to bench/fresh-12.jsonl: Italian, Polish
  // and Portuguese rails and verbs, the bill-splitting app unnamed, tips, cash at a meeting,
  // "I take ...", a payment account asked about by name.
  [
    ['RAIL'],
    'bonifico|bonifico bancario|blikiem|bill splitting app|app people use to split|app to split the bill|app to split bills|app for splitting bills|splitting app|mb way|mbway|bar beim treffen|bar auf die hand',
  ],
  [
    ['PAYVERB'],
    'pagas me|pagues me|paga me|pagar me|trinkgeld|propina|gorjeta|pourboire|bill us|bill me|invoice us|invoice me',
  ],
  [
    ['PREFERENCE'],
    'prefiero|prefiro|je prefere|ich bevorzuge|lieber|i take|i accept|i can take|i also take|whichever u like|whichever you like|whichever you prefer',
  ],
  [
    ['RAIL_ASK'],
    'do you have (a) wise/paypal/venmo/zelle/revolut/payoneer/skrill/cashapp (account)|you have (a) wise/revolut/payoneer (account)',
  ],
  // Found by the independent sets bench/fresh-15.jsonl to bench/fresh-29.jsonl, one entry per
  // concept: the rail as a verb aimed at you, apps described, pix as a verb, German paying
  // verbs and account data, tokens to a wallet, a QR code to scan.
  [
    ['RAIL_ASK'],
    'venmo/paypal/zelle/cashapp/wise/revolut you|cash app you|pp me|pp u|pp you|faz um pix|manda um pix|me faz um pix|faz o pix',
  ],
  [
    ['RAIL'],
    'the app with the dollar sign|dollar sign app|the green dollar app|satispay|u p i|paid in tokens|in tokens|tokens to a wallet|to a wallet|scan my qr code|scan my qr|my qr code',
  ],
  [['PAYVERB'], 'zahl ich dir|zahle ich dir|zahl dir|zahlen wir dir|bezahle dich'],
  [['BANKDATA'], 'kontodaten|meine kontodaten'],
  // Typos that a prefix match would read as a verb of paying ("pay*"): the brand wins.
  [['RAIL'], 'paypl|payapl|pyapal'],
  // Session 7: "pp" for PayPal after a possessive or "via" (also two 🅿️ emoji).
  [['RAIL'], 'via pp|my pp|ur pp|your pp|on pp|pp acct|pp account'],
  // Session 8: a payment method as what is done ("wanna just do zelle from now on"); not the
  // Portuguese "do" ("o uso do Pix", "a taxa do PayPal").
  [
    ['PAYVERB', 'RAIL'],
    'just/wanna/lets/rather/happy/could do zelle/paypal/venmo/cashapp/wise/revolut/crypto/upi/pix/bizum|just/wanna/lets/rather/could do a bank transfer/wire',
  ],
  // Session 9 (bench/fresh-64 to fresh-69): Pix keys and refunds in Portuguese, the Hindi
  // "GPay kar dijiye", a misspelt Zelle, a tip jar, a plain transfer, where the money lands.
  [['BANKDATA'], 'chave pix|sua chave pix|tua chave pix|minha chave pix'],
  [['PAYVERB'], 'devolvo pelo|te devolvo pelo|devolvo no|te devolvo no|devolvo via'],
  [
    ['PAYVERB', 'RAIL'],
    'gpay/paytm/phonepe/upi kar do/dijiye/dena/dijie|gpay/paytm/phonepe/upi kardo/kardijiye',
  ],
  [['RAIL'], 'zele|tip jar|my tip jar|plain transfer|a plain transfer|straight transfer|pp f&f'],
  [
    ['RAIL_ASK'],
    'where youd like the money to land|where you want the money to land|where the money should land|where should i send the money|where do i send the money|where should the money go',
  ],
  [['RAIL'], 'app everyone uses to split|split dinner bills|split the dinner bill|apple card'],
  [
    ['PAYVERB', 'RAIL'],
    'lets/just use zelle/paypal/venmo/cashapp/wise/revolut/crypto/upi/pix/bizum/payoneer',
  ],
  [
    ['RAIL'],
    'via/thru/through/on/by zell|the app linked/tied to it|the app linked/tied to your number',
  ],
  [
    ['RAIL'],
    'the blue app with the p|blue app with the p|the app with the p|hand me an envelope|an envelope with the money|envelope with cash|cash in an envelope',
  ],
  [
    ['PAYVERB'],
    'parcela|a primeira parcela|primeira parcela|parcelas|send a little something|a little something upfront|something upfront',
  ],
  [['RAIL_ASK'], 'zell me|zele me'],
  [['PAYVERB', 'RAIL'], 'in person in an envelope|off in person in an envelope'],
  [['RAIL'], 'in coin|pay in coin|par lydia|via lydia|sur lydia|payid|through payid'],
  [['NEUTRAL'], 'checkout link|a checkout link|my checkout link'],
  [['RAIL_ASK'], 'upi it|upi me|gpay it|gpay me|paytm it|paytm me'],
  [['PAYVERB'], 'la prime|pour la prime|une prime'],
  [['PAYVERB'], 'settled with me|settle with me|settle it/them/those with me'],
  [['SENDVERB'], 'mandamelo|mandamela|enviamelo|enviamela|pasamelo|me lo mandas|me lo pasas'],
  // Session 11, round 11 (bench/fresh-94 to fresh-97).
  // "paypal me" is also the key of "paypal.me" (a rail): listed here too, the two merge.
  [['RAIL_ASK'], 'paypal me|paypal us'],
  [['RAIL'], 'thru/via/through/by/on/over pp'],
  // Session 11, round 12 (bench/fresh-98 to fresh-101).
  [['RAIL'], 'from her/his/their/my/our own account|from her/his personal account'],
  [['RAIL'], 'tipjar'],
  [['PAYVERB'], 'tip me|tip us'],
  [['RAIL'], 'the pp app|pp app'],
  // Session 11, round 13 (bench/fresh-102 to fresh-105).
  [['RAIL_ASK'], 'come in coins/crypto/btc/usdt|in coins instead'],
  [['SENDVERB'], 'shoot|shoot over'],
  // Session 12, round 15 (bench/fresh-108 to fresh-111).
  [['RAIL'], 'pay pall|frends n/and family|friends n family'],
  // A payment link spelled out in words.
  [['PAYLINK'], 'paypal dot me|paypal dot me slash'],
  // Session 13, from the untuned round 19 (bench/fresh-123 to fresh-125).
  [
    ['NEUTRAL'],
    'pay/paid/paying (more/closer/close/extra/special/careful/little/much/no/full) attention',
  ],
  [
    ['TECH'],
    'concilie|conciliar|conciliacion|conciliamos|conciliei|conciliacao|extracto del banco|extracto bancario|extrato bancario|kontoauszug|releve bancaire|rapprochement bancaire',
  ],
  [['RAIL'], 'in an envelope'],
  [['RAIL_ASK'], 'hand you the money/cash|hand over the money/cash'],
  // Session 13, round 20 (bench/fresh-126 to fresh-129).
  [['RAIL'], 'from my account to your account|my account to your account|account to account'],
  [['RAIL'], 'by/via/through/on/over cash app'],
  [
    ['RAIL'],
    "brother-in-law's/sister-in-law's/brother's/sister's/wife's/husband's/cousin's/friend's/partner's/mother's/father's/mom's/dad's/son's/daughter's account",
  ],
  [['RAIL'], 'app with the dollar sign|the dollar sign app'],
  [
    ['SENDVERB'],
    'pass it on to me|passes it on to me|forwards it to me|forwards to me|forward it to me',
  ],
  [['RAIL'], 'one of those money apps|those money apps|a money app|money apps'],
  [
    ['RAIL'],
    'straight to my account|directly to my account|checkout on my own site/website|my own checkout|my own payment page|payment page on my site',
  ],
  [['PAYVERB'], 'half upfront|half up front|half on delivery'],
  // Session 13, round 24 (bench/fresh-142 to fresh-145).
  [
    ['RAIL_ASK'],
    'wire it to my account|wire it to me|wire the money to my account|wire the rest to my account',
  ],
  [['RAIL'], 'friends-and-family|friends and family arrangement'],
  [['PREFERENCE'], 'youd take|would you take|do you take'],
  [['RAIL_ASK'], 'i wire you|ill wire you|i will wire you|i can wire you'],
  [['PAYVERB'], 'abwickeln'],
  // Session 13, round 26 (bench/fresh-150 to fresh-153).
  [['RAIL_ASK'], 'a check mailed to you|pop it in the post'],
  [
    ['RAIL'],
    'e-transfer|transfer it from my account|from my bank account|transfer it from my bank',
  ],
  // Session 14, round 27 (bench/fresh-154 to fresh-157).
  // Asked for with a contact verb: still the verb "send me your" too.
  [
    ['RAIL', 'BANKDATA', 'CONTACT_ACT'],
    'send me your iban|send your iban|share your iban|give me your iban|send me ur iban',
  ],
  [['RAIL', 'BANKDATA'], 'wallet addy|my wallet addy'],
  [['RAIL_ASK'], 'ill wire it|i will wire it|i can wire it|ill wire the rest|ill wire the money'],
  [
    ['NEUTRAL'],
    'ill wire it up|i will wire it up|i can wire it up|wire it up|wire it into|wire it to the|wire them/these/those/this/that/everything up|wire it all up|wire up|wired up|wiring up|wires up',
  ],
  [
    ['RAIL_ASK'],
    'paypal friends & family|paypal friends and family|paypal f&f|f&f only|friends & family only|friends and family only',
  ],
  [
    ['RAIL_ASK'],
    'paypal/venmo/zelle/gcash/cashapp/revolut/payoneer/paytm/upi/pix/bizum/usdt/btc pls/please/plz',
  ],
  [
    ['RAIL'],
    'your usual app|ur usual app|your usual payment app|your regular app|whatever app you use|whatever app you usually use',
  ],
  [['RAIL', 'BACKWARDS'], 'ppahsac|tulover|ppa hsac em yap'],
  // "the real $1,800 goes over Revolut": money going by a way of paying.
  [['SENDVERB'], 'goes over|goes via|go via|goes by'],
  // "ca$h @pp", "ca$h_4p": the app's name with its "a" typed as a sign.
  [['RAIL'], 'cash pp|cash_ap|cash_app|cash_pp'],
  // Session 14, round 28 (bench/fresh-158 to fresh-161).
  [
    ['RAIL', 'BANKDATA'],
    'my details for the money|my details for the payment|my details for the transfer',
  ],
  [['RAIL'], 'hand to hand|pay in person|paid in person'],
  [['PAYVERB'], 'uberweisung regeln|direkt regeln|bar regeln|anders regeln'],
  [['RAIL'], 'wise transfer|wise transfers|a wise transfer'],
  [['RAIL', 'BACKWARDS'], 'refsnart knab|knab aiv|em yap'],
  // Misheard by voice typing: "pay on ear" (Payoneer), "ven mo", "zell".
  [['RAIL'], 'pay on ear|payon ear|ven mo|zell'],
  [['PAYLINK'], 'send me a stripe payment link|a stripe payment link|stripe payment link for'],
  // Session 15, round 32 (bench/fresh-174 to fresh-177): Indonesian word order ("transfer
  // bank" is a bank transfer) and its short "tf".
  [['RAIL'], 'transfer bank|lewat/pakai/via transfer (bank)|tf bank|via/lewat tf (bank)'],
  [['RAIL'], 'the way friends send each other money|friends send each other money'],
  // "if the last two came through Revolut": money arriving by a way of paying.
  [
    ['PAYVERB', 'RAIL'],
    'came/come/comes through/via revolut/paypal/venmo/zelle/wise/payoneer/skrill/cashapp/usdt/crypto/pix/upi',
  ],
  [
    ['RAIL'],
    'the account in the pdf/invoice/attachment/doc|the account details in the pdf/invoice/attachment',
  ],
  // Session 15, round 33 (bench/fresh-178 to fresh-181).
  [['RAIL', 'BANKDATA'], 'the name on your account|name on your bank account'],
  [['PAYVERB'], 'push across|push it across|push the money across'],
  // Session 15, round 34 (bench/fresh-182 to fresh-185).
  [['PAYVERB'], 'die kohle|schick mir die kohle|kohle schicken'],
  [
    ['RAIL'],
    'монетками|монетами|в монетах|криптой|в крипте|на кошелек|на кошелёк|на мой кошелек|на мой кошелёк',
  ],
  [['RAIL'], 'the blue p|the blue p one|blue p app'],
  [['SENDVERB'], 'envoie le|envoie-le|envoie moi|envoie-moi|envoyez le|envoyez-le|envoyez moi'],
  [['RAIL'], 'sur mon revolut/paypal/wise/compte|sur ton revolut/paypal/wise'],
  [['PAYVERB'], 'hand you the difference/rest/balance/remainder'],
  [
    ['RAIL'],
    'send money to your handle|one of those apps where i (just) send money|apps where i (just) send money',
  ],
  // Session 15, round 36 (bench/fresh-190 to fresh-193).
  [
    ['RAIL'],
    'the/that blue payment app|friends-and-family button|friends and family button|the app with the little/green dollar sign',
  ],
  // Session 16, round 38 (bench/fresh-197 to fresh-200).
  [['RAIL'], 'mobile money'],
  // Session 16, round 39 (bench/fresh-201 to fresh-204).
  [['RAIL', 'PREFERENCE'], 'prefer wise|prefer to use wise|prefer a wise transfer'],
  [
    ['RAIL', 'BANKDATA'],
    'te paso mis datos bancarios|te mando mis datos bancarios|te passo meus dados bancarios',
  ],
  [['RAIL', 'PAYVERB'], 'hand/give you an envelope|hand you cash|an envelope of cash'],
  // Session 17, round 41: how a client says the reader would be paid ("we pay all our
  // contractors in USDT"): not someone else's payroll.
  [
    ['PAYVERB'],
    'we pay all our contractors/freelancers|we pay our contractors/freelancers|we pay all contractors/freelancers|we normally/usually/always pay (our) contractors/freelancers',
  ],
  [['PREFERENCE'], 'lets just do this one as|lets do this one as|lets just do it as|lets do it as'],
  [
    ['PAYVERB'],
    'do the final/last/next/second/third milestone by|do this milestone by|do the milestone by',
  ],
  [['PAYVERB', 'RAIL'], 'you take coins/crypto/bitcoin/btc/usdt/eth'],
  [['PAYVERB', 'RAIL'], 'te hago una transferencia|te hago la transferencia|te hago un bizum'],
  [['PAYVERB', 'RAIL'], 'per uberweisung regeln'],
  [['PAYVERB'], 'should show up in your|will show up in your'],
  [['RAIL'], 'over wise'],
  // Session 18, round 44 (bench/fresh-220 to fresh-223).
  [['RAIL_ASK'], 'i venmo/zelle/paypal/revolut/cashapp the difference/rest/balance'],
  [['RAIL'], 'the p app|on the p app'],
  [['RAIL_ASK'], 'e-transfer you|etransfer you|interac you'],
  // Session 18, round 45 (bench/fresh-224 to fresh-227).
  [['PAYVERB'], 'an upfront'],
  // Session 18, round 46 (bench/fresh-228 to fresh-231).
  [['RAIL', 'PAYVERB'], 'zahl ich bar|zahl bar|zahle ich bar|zahl dich bar'],
  // Session 19, round 48 (bench/fresh-236 to fresh-239): "hit me on PayPal" is paying.
  [
    ['RAIL', 'PAYVERB'],
    'hit me on/via paypal/venmo/cashapp/zelle/wise/payoneer/revolut/pp/gcash/upi/pix/bizum|hit me on/via cash app',
  ],
  // "payroll run(s) through our own HR portal": the payroll itself, not a payroll run.
  [['PAYVERB'], 'payroll run/runs/goes through'],
  // Session 19, round 49 (bench/fresh-240 to fresh-243).
  [['RAIL', 'PAYVERB'], 'pake dana|pakai dana|lewat dana|via dana|ke dana'],
  [['SCAM'], 'за доступ к проекту|для доступа к проекту'],
  // Session 20: "envíala por Western Union".
  [['SENDVERB'], 'enviala|envialo|envielo|enviela|mandala|mandalo|transferila|transferilo'],
  // Session 20, round 54: "vous me réglez par virement".
  [['PAYVERB'], 'me reglez|me reglerez|reglez moi|me regler|me regles'],
  // Session 20, round 55.
  [['PAYVERB'], 'paies|payes|paieras|payeras|возврат|the extra part'],
  [['RAIL'], 'paysafecard|paysafe card|paysafe'],
  // Session 20, round 56.
  [['PAYVERB'], 'slip you|slip it to you'],
  [
    ['RAIL'],
    'your account and branch number|account and branch number|branch number|associates wallet|brothers wallet|partners wallet',
  ],
  // The writer paid, in German: "zahl mir den Rest per PayPal".
  [['PAYVERB'], 'zahl|zahlt'],
  // Session 20, round 57.
  [['RAIL'], 'mi wallet|a mi wallet|mi billetera'],
  [
    ['RAIL', 'PAYVERB'],
    'cash when youre in town|cash when you are in town|cash when we meet|cash in person',
  ],
  [['RAIL', 'BANKDATA'], 'my wise/payoneer/revolut/paypal details'],
  [['SENDVERB'], 'mandar'],
  // Session 20, round 58.
  [
    ['RAIL', 'PAYVERB'],
    'take it in coins|paid in coins|do a bank transfer|zahlst du bar|zahlen sie bar',
  ],
  [['RAIL'], 'wallet string'],
  // Session 21, round 59.
  [['RAIL'], 'heres my payment page|here is my payment page|uberweisig|do wise|do it on wise'],
  [['RAIL', 'PREFERENCE'], 'could/can/shall we do wise'],
  // Session 21, round 60.
  [['RAIL', 'PAYVERB'], 'geb/gebe dir das bar|zahl/zahle dir das bar|bar beim nachsten treffen'],
  // Session 21, round 61.
  [['PAYVERB'], 'can/do/will/would u/you take'],
  // Session 21, round 62.
  [['RAIL'], 'digital tokens|receiving wallet'],
  // Session 21, round 63.
  [['RAIL'], 'my wifes/husbands/brothers/sisters/moms/dads acc/account'],
  [['RAIL', 'PAYVERB'], 'hand it over in person'],
  // Session 21, round 64.
  [['RAIL', 'PAYVERB'], 'отдам наличными'],
  // Session 22, round 65 (bench/fresh-304 to fresh-307).
  [['RAIL'], 'деньги при встрече|оплата при встрече|наличными при встрече'],
  [
    ['RAIL'],
    'as a gift between friends|gift between friends|as a gift instead|straight/directly to/into your (bank) account',
  ],
  [['RAIL'], 'a personal account i could|personal account i could send'],
  // Session 22, round 66 (bench/fresh-308 to fresh-311).
  [['RAIL'], 'bar geben|mir auch bar|bar zahlen'],
  [['PAYVERB'], 'the last bit|do the last'],
  [['RAIL_ASK'], 'google pay kar deta/deti/dunga/dungi/denge|cash app me|cashapp me'],
  [['PAYVERB'], 'rest can go|the rest can go|rest goes to|the rest goes to'],
  [['RAIL'], 'piks'],
  // Session 22, round 68 (bench/fresh-316 to fresh-319).
  [['RAIL_ASK'], 'yapeo|yapear|yapeame|te yapeo'],
  [['RAIL'], 'cash tag|cashtag'],
  [['RAIL'], 'by buying from my shop|buying from my shop|buy from my shop'],
  // Session 22, round 70 (bench/fresh-324 to fresh-327).
  [['PAYVERB'], 'je vous rembourse|je te rembourse'],
  [['RAIL'], 'votre compte perso|ton compte perso|compte perso'],
  [
    ['RAIL'],
    'sur mon ccp|mon ccp|baridimob|via payconiq|send the money to my account|money to my account',
  ],
  [['PAYVERB'], 'tu me verses|me verses'],
  // Session 22, round 71 (bench/fresh-328 to fresh-331).
  [['RAIL'], 'bhai ke account se|ke account se bhijwa|raast pe|raast'],
  // Session 23, round 72 (bench/fresh-332 to fresh-335).
  [['RAIL'], 'satispey|postepay|in contanti|en mano|em numerario'],
  [['PAYVERB'], 'ti pago|te la do|te lo do|te lo doy|te la doy|pagote|pago te|pagarti'],
  // Session 23, round 73 (bench/fresh-336 to fresh-339).
  [['RAIL'], 'payonear|payoner|payonner|unter freunden|als freunde|freunde und familie'],
  // Session 23, round 74 (bench/fresh-340 to fresh-343).
  [
    ['RAIL_ASK'],
    'pay/paid me in (knife/game/cs/csgo/steam) skins|gpay kr du|gpay kar du|gpay kr dun',
  ],
  [
    ['RAIL'],
    'my trade link|steam trade link|tarjetas de regalo|tarjeta de regalo|voucher google play|pakai voucher',
  ],
  // Session 23, round 75 (bench/fresh-344 to fresh-347).
  [
    ['RAIL'],
    'square invoice|your own square invoice|personal square link|my personal square link|moniepoint|kuda|kuda transfer',
  ],
  [['PAYVERB'], 'i send yung balance|isend yung balance|send yung balance'],
  // Session 23, round 76 (bench/fresh-348 to fresh-351).
  [
    ['RAIL'],
    'my patreon|on my patreon|my substack|my gumroad|my gumroad page|my membership page|my support page|my kajabi|mein jahresabo auf patreon|hotmart|getcourse|boosty|trakteer|my own checkout (page)|through/via/on my own checkout (page)|my own wave account',
  ],
];
