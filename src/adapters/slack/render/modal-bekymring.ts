import type { Directory, Lang } from '../../../core/types.js';
import { MAX_FREE_TEXT_CHARS } from '../../../core/workflows/bekymring.js';
import type { BekymringKind } from '../../../core/workflows/contracts.js';
import { BEKYMRING_BLOCKS, CALLBACK } from '../ids.js';
import { FREE_TEXT_WARNING, type ModalMetadata, modal, radioInput, regionSelect, textInput } from './modal-parts.js';

// /bekymring: the acute-danger question comes first, before anything else is asked.

const KINDS: Record<Lang, Record<BekymringKind, { text: string; description: string }>> = {
  da: {
    afvaergepligt: {
      text: 'Livsfare eller alvorlig forbrydelse',
      description: 'Afværgepligt — går straks til en konsulent',
    },
    underretningspligt: { text: 'Et barns trivsel', description: 'Underretningspligt — går straks til en konsulent' },
    graenseoverskridende: { text: 'Grænseoverskridende adfærd', description: 'Over for dig eller andre' },
    sparring: { text: 'Svær samtale — jeg har brug for sparring', description: 'En konsulent tager en snak med dig' },
  },
  en: {
    afvaergepligt: {
      text: 'Danger to life or a serious crime',
      description: 'Duty to prevent — goes to a consultant at once',
    },
    underretningspligt: { text: "A child's wellbeing", description: 'Duty to report — goes to a consultant at once' },
    graenseoverskridende: { text: 'Boundary-crossing behaviour', description: 'Towards you or others' },
    sparring: {
      text: 'A hard conversation — I need to talk it through',
      description: 'A consultant will talk with you',
    },
  },
};

const TEXT = {
  da: {
    title: 'Del en bekymring',
    submit: 'Send til konsulent',
    close: 'Annullér',
    acute: 'Er nogen i akut fare lige nu?',
    acuteHint: 'Hvis nogen er i livsfare: ring 112 først — og udfyld derefter formularen.',
    yes: 'Ja — nogen er i fare lige nu',
    no: 'Nej',
    kind: 'Hvad drejer det sig om?',
    region: 'Din region',
    regionPlaceholder: 'Vælg region',
    text: 'Kort beskrivelse (valgfri)',
  },
  en: {
    title: 'Share a concern',
    submit: 'Send to consultant',
    close: 'Cancel',
    acute: 'Is anyone in acute danger right now?',
    acuteHint: 'If a life is in danger: call 112 first — then fill in this form.',
    yes: 'Yes — someone is in danger right now',
    no: 'No',
    kind: 'What is it about?',
    region: 'Your region',
    regionPlaceholder: 'Choose region',
    text: 'Short description (optional)',
  },
} as const;

export function bekymringModal(directory: Directory, metadata: ModalMetadata) {
  const t = TEXT[metadata.lang];
  const kinds = KINDS[metadata.lang];
  return modal({
    callbackId: CALLBACK.bekymring,
    title: t.title,
    submit: t.submit,
    close: t.close,
    metadata,
    blocks: [
      radioInput({
        blockId: BEKYMRING_BLOCKS.acute,
        label: t.acute,
        hint: t.acuteHint,
        options: [
          { text: t.yes, value: 'yes' },
          { text: t.no, value: 'no' },
        ],
      }),
      radioInput({
        blockId: BEKYMRING_BLOCKS.kind,
        label: t.kind,
        options: (Object.keys(kinds) as BekymringKind[]).map((k) => ({ value: k, ...kinds[k] })),
      }),
      regionSelect({ blockId: BEKYMRING_BLOCKS.region, label: t.region, placeholder: t.regionPlaceholder }, directory),
      textInput({
        blockId: BEKYMRING_BLOCKS.text,
        label: t.text,
        hint: FREE_TEXT_WARNING[metadata.lang],
        multiline: true,
        maxLength: MAX_FREE_TEXT_CHARS,
        optional: true,
      }),
    ],
  });
}
