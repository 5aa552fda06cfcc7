import type { Contact, Directory } from '../../../core/types.js';
import { context, escapeMrkdwn, header, section, type HomeView, type KnownBlock } from './block-kit.js';

// The App Home tab: what the bot does, the three commands, and who to call in each region.

const INTRO = [
  'Jeg svarer på spørgsmål om din rolle som frivillig støtte — med kilde fra Hjerteforeningens materialer.',
  'Skriv til mig her i *Beskeder*, eller nævn mig (@hjertebot) i en kanal. Jeg svarer i tråden.',
  'Jeg giver ikke medicinsk rådgivning, og jeg gemmer ikke dine samtaler.',
].join('\n');

const COMMANDS = [
  '*/afbud* — meld afbud til en vagt. Din tovholder får besked med det samme.',
  '*/orlov* — søg om orlov. Din konsulent får besked.',
  '*/bekymring* — del en bekymring, fx om et barns trivsel eller nogen i fare. Den går straks til en konsulent. Er nogen i livsfare: *ring 112 først*.',
].join('\n');

export function homeView(directory: Directory): HomeView {
  const blocks: KnownBlock[] = [
    header('Hjertebot — din hjælper som frivillig'),
    section(INTRO),
    context('English works too: just write in English.'),
    { type: 'divider' },
    header('Kommandoer'),
    section(COMMANDS),
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
