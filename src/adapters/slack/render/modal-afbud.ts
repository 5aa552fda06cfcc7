import type { Directory } from '../../../core/types.js';
import { AFBUD_BLOCKS, CALLBACK } from '../ids.js';
import { context } from './block-kit.js';
import { dateInput, groupSelect, type ModalMetadata, modal, textInput, userInput } from './modal-parts.js';

/** /afbud: which shift, where, and optionally the partner who should know too. */
export function afbudModal(directory: Directory, metadata: ModalMetadata) {
  return modal({
    callbackId: CALLBACK.afbud,
    title: 'Meld afbud',
    submit: 'Send afbud',
    close: 'Annullér',
    metadata,
    blocks: [
      context('Din tovholder får besked med det samme. Du behøver ikke forklare hvorfor.'),
      dateInput({ blockId: AFBUD_BLOCKS.date, label: 'Dato for vagten', placeholder: 'Vælg dato' }),
      textInput({
        blockId: AFBUD_BLOCKS.shift,
        label: 'Hvilken vagt?',
        placeholder: 'fx formiddag eller 14–17',
        maxLength: 40,
      }),
      groupSelect({ blockId: AFBUD_BLOCKS.group, label: 'Hospital / afdeling', placeholder: 'Vælg sted' }, directory),
      userInput({
        blockId: AFBUD_BLOCKS.partner,
        label: 'Din vagtmakker',
        placeholder: 'Vælg person',
        hint: 'Valgfrit: din makker får også besked.',
        optional: true,
      }),
    ],
  });
}
