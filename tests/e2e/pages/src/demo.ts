// The page `npm start` opens: a realistic room with a TipTap composer.
import { roomPage } from './page.ts';
import { mountTiptap } from './editors/tiptap.ts';

roomPage({
  editor: 'demo',
  party: 'Chris Delaney',
  job: 'Shopify store setup and product uploads (Fixed price)',
  banner: 'Onside demo page — nothing here is sent anywhere',
  messages: [
    {
      from: 'them',
      text: 'Hi! Thanks for the proposal. Your portfolio looks like exactly what we need for the new store.',
      time: '10:14',
    },
    {
      from: 'me',
      text: 'Thank you, Chris! I can start this week. Do you already have the product photos and descriptions?',
      time: '10:20',
    },
    {
      from: 'them',
      text: 'Yes, about 40 products. I will upload them to the shared folder today.',
      time: '10:26',
    },
    {
      from: 'them',
      text: "Can we continue on WhatsApp? Also I'd rather pay you through PayPal to skip the fees.",
      time: '10:27',
    },
  ],
  mount: (slot, onSend) => mountTiptap(slot, { onSend }),
});
