import type { Contact, Directory } from '../../../core/types.js';
import { ACTION, BLOCK } from '../ids.js';
import { button, context, escapeMrkdwn, type HomeView, header, type KnownBlock, section } from './block-kit.js';

// The App Home tab: what the bot does, the three forms as buttons, and who to call in each region.

const INTRO = [
  'Jeg svarer på spørgsmål om din rolle som frivillig støtte — med kilde fra Hjerteforeningens materialer.',
  'Skriv til mig her i *Beskeder*, eller nævn mig (@hjertebot) i en kanal. Jeg svarer i tråden.',
  'Jeg giver ikke medicinsk rådgivning, og jeg gemmer ikke dine samtaler.',
].join('\n');

const COMMANDS = [
  '*Meld afbud* (/afbud) — din tovholder får besked med det samme.',
  '*Søg orlov* (/orlov) — op til seks måneder. Din konsulent får besked.',
  '*Del en bekymring* (/bekymring) — fx om et barns trivsel eller nogen i fare. Den går straks til en konsulent. Er nogen i livsfare: *ring 112 først*.',
].join('\n');

/** The three forms as buttons: slash commands do not work in threads, buttons work everywhere. */
const FORM_BUTTONS: KnownBlock = {
  type: 'actions',
  block_id: BLOCK.homeForms,
  elements: [
    button({ text: 'Meld afbud', actionId: ACTION.openAfbud, value: 'da', style: 'primary' }),
    button({ text: 'Søg orlov', actionId: ACTION.openOrlov, value: 'da' }),
    button({ text: 'Del en bekymring', actionId: ACTION.openBekymring, value: 'da', style: 'danger' }),
  ],
};

export function homeView(directory: Directory): HomeView {
  const blocks: KnownBlock[] = [
    header('Hjertebot — din hjælper som frivillig'),
    section(INTRO),
    context('English works too: just write in English.'),
    { type: 'divider' },
    header('Blanketter'),
    section(COMMANDS),
    FORM_BUTTONS,
    context(
      'Knapperne virker overalt; kommandoerne kan ikke bruges inde i en tråd. Du finder dem også under ⚡ Genveje.',
    ),
    { type: 'divider' },
    header('Konsulenter'),
    ...directory.regions.map((r) => section(`*${escapeMrkdwn(r.name)}*\n${contactLine(r.consultant)}`)),
    context(`Kan du ikke få fat i din konsulent? ${contactLine(directory.fallback)}`),
  ];
  return { type: 'home', blocks };
}

function contactLine(c: Contact): string {
  const who = c.chat.slack ? `<@${c.chat.slack}>` : escapeMrkdwn(c.name);
  const parts = [`${who} (${escapeMrkdwn(c.role)})`, `tlf. ${escapeMrkdwn(c.phone)}`];
  if (c.email) parts.push(`<mailto:${c.email}|${escapeMrkdwn(c.email)}>`);
  return parts.join(' · ');
}
