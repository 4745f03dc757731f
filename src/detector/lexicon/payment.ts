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
  [['RAIL'], 'lapyap|omnev|ellez|ppa hsac|tpircs|nioctib'],
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
    'pagar|pago|pague|pagame|pagarte|te pago|pagos|pagamento|pagamentos|cobrar|cobro|factura|facturar|fatura|faturar|payer|paie|paiement|payez|paye|payons|regler|facture|facturer|bezahlen|zahlen|zahlung|zahle|rechnung|uberweisen|schicken|uberweise|bayar|bayarnya|membayar|pembayaran|tagihan|transfer|kirim|kirimkan|paisa|paise|paisay|bhej|bhejo|bhej do|bhej dein|bhejna|payment bhej|оплат*|заплач*|плат*|перевед*|перевест*|перевод*|деньги|счет|счёт',
  ],
  [
    ['NEUTRAL'],
    'bank holiday|bank holidays|pay attention|paid attention|pay off|check out|check in|checkin|cash flow|transfer the files|transfer the domain|file transfer|data transfer|transfer learning|wise choice|wise decision|otherwise|likewise|card sort*|card component|card layout|check the|check it|check this|check that|check if|check whether|please check|i check|to check|double check|spot check|fact check|sanity check|health check|type check|check your|check my',
  ],
];
