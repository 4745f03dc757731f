// Glue for the common single-composer page: room layout + composer + editor + test hook.
import { createApp, createComposer, sampleMessages } from './layout.ts';
import type { App, Composer, Message } from './layout.ts';
import { installStandin } from './standin.ts';
import type { EditorAdapter, StandinControl } from './standin.ts';
import type { Mounted } from './editors/plain.ts';

export interface RoomPageOptions<M extends Mounted> {
  editor: string;
  party?: string;
  job?: string;
  messages?: Message[];
  banner?: string;
  /** Class on the composer's editor slot (TipTap uses "composer"). */
  slotClass?: string;
  mount(slot: HTMLElement, onSend: () => void): M | Promise<M>;
  /** Mount after this many ms instead of immediately. */
  delayMs?: number;
}

export interface RoomPage<M extends Mounted> {
  app: App;
  composer: Composer;
  control: StandinControl;
  mounted: Promise<M>;
}

export function roomPage<M extends Mounted>(opts: RoomPageOptions<M>): RoomPage<M> {
  const party = opts.party ?? 'Jordan Lee';
  const app = createApp({
    title: party,
    party,
    job: opts.job ?? 'Landing page redesign (Fixed price)',
    messages: opts.messages ?? sampleMessages(party),
    banner: opts.banner,
  });
  const adapters: (EditorAdapter | undefined)[] = [undefined];
  const control = installStandin({ editor: opts.editor, thread: app.thread, adapters });
  let current: M | undefined;
  const composer = createComposer({
    onSend: () => control.send(0),
    onBold: () => current?.bold?.(),
    slotClass: opts.slotClass,
  });
  app.composerHost.append(composer.element);
  const mount = async (): Promise<M> => {
    current = await opts.mount(composer.editorSlot, () => control.send(0));
    adapters[0] = current;
    control.markReady();
    return current;
  };
  const mounted =
    opts.delayMs === undefined
      ? mount()
      : new Promise<M>((resolve) => setTimeout(() => resolve(mount()), opts.delayMs));
  return { app, composer, control, mounted };
}
