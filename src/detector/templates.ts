import type { Category } from './types';

// Compliant replies: calm, professional, a boundary rather than a lecture (DOMAIN.md,
// "Deciding whether to convert"). Every template must scan clean; a test proves it.
export interface Template {
  id:
    | 'decline-payment'
    | 'decline-contact'
    | 'propose-conversion'
    | 'propose-milestones'
    | 'spot-scam';
  title: { en: string; es: string };
  text: { en: string; es: string };
  useFor: Category[];
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'decline-payment',
    title: { en: 'Keep payment on Upwork', es: 'Mantener el pago en Upwork' },
    text: {
      en: 'Thanks for the offer! Since we connected on Upwork, I keep all payments here, which protects both of us. Could we set up the next milestone in this contract?',
      es: '¡Gracias por la propuesta! Como nos conocimos en Upwork, todos mis cobros pasan por aquí, así estamos protegidos los dos. ¿Creamos el siguiente hito en este contrato?',
    },
    useFor: ['payment', 'circumvention'],
  },
  {
    id: 'decline-contact',
    title: { en: 'Keep talking here for now', es: 'Seguir hablando aquí por ahora' },
    text: {
      en: "I'd be glad to talk it through! Until the contract starts, I keep our conversation in Upwork Messages. If a call helps, we can use the built-in Upwork call.",
      es: '¡Con gusto lo hablamos! Hasta que empiece el contrato, mantengo la conversación en los mensajes de Upwork. Si ayuda una llamada, podemos usar la llamada integrada de Upwork.',
    },
    useFor: ['contact'],
  },
  {
    id: 'propose-conversion',
    title: { en: 'Suggest the official conversion', es: 'Proponer la conversión oficial' },
    text: {
      en: "I'd love to keep working together long term. Since we met on Upwork, the compliant way is Upwork's official conversion process: you can start it from the contract's menu (Request Contract Conversion), and Upwork shows the exact fee there. Until then, work and payment stay here.",
      es: 'Me encantaría seguir colaborando a largo plazo. Como nos conocimos en Upwork, la forma correcta es el proceso oficial de conversión: puedes iniciarlo desde el menú del contrato (Request Contract Conversion) y Upwork muestra la tarifa exacta. Hasta entonces, el trabajo y los cobros siguen aquí.',
    },
    useFor: ['circumvention'],
  },
  {
    id: 'propose-milestones',
    title: { en: 'Offer milestones instead', es: 'Ofrecer hitos' },
    text: {
      en: 'To make this easier on your budget, I can split the project into smaller milestones here, so you only fund one part at a time.',
      es: 'Para facilitarlo con tu presupuesto, puedo dividir el proyecto en hitos más pequeños aquí, para que solo financies una parte cada vez.',
    },
    useFor: ['payment', 'circumvention'],
  },
  {
    id: 'spot-scam',
    title: {
      en: 'Politely step back from a likely scam',
      es: 'Apartarse con educación de una posible estafa',
    },
    text: {
      en: 'Thanks for reaching out. I only take interviews, offers and payment through Upwork, and I never buy equipment or training to get hired. If the role is real, please send the offer here.',
      es: 'Gracias por escribir. Solo hago entrevistas, ofertas y cobros a través de Upwork, y nunca compro equipos ni formación para ser contratado. Si el puesto es real, envía la oferta por aquí.',
    },
    useFor: ['payment', 'contact'],
  },
];
