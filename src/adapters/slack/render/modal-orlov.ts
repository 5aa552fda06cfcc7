import type { Directory } from '../../../core/types.js';
import { CALLBACK, ORLOV_BLOCKS } from '../ids.js';
import { context } from './block-kit.js';
import { dateInput, type ModalMetadata, modal, numberInput, regionSelect } from './modal-parts.js';

/** /orlov: region (whose consultant gets it), start, and either an end date or a number of months. */
export function orlovModal(directory: Directory, metadata: ModalMetadata) {
  return modal({
    callbackId: CALLBACK.orlov,
    title: 'Søg om orlov',
    submit: 'Send',
    close: 'Annullér',
    metadata,
    blocks: [
      context(
        'Orlov kan højst vare seks måneder. Din konsulent får besked og vender tilbage. Angiv enten en slutdato eller et antal måneder.',
      ),
      regionSelect({ blockId: ORLOV_BLOCKS.region, label: 'Din region', placeholder: 'Vælg region' }, directory),
      dateInput({ blockId: ORLOV_BLOCKS.start, label: 'Fra og med', placeholder: 'Vælg dato' }),
      dateInput({ blockId: ORLOV_BLOCKS.end, label: 'Til og med', placeholder: 'Vælg dato', optional: true }),
      numberInput({
        blockId: ORLOV_BLOCKS.months,
        label: 'Eller antal måneder',
        placeholder: 'fx 3',
        optional: true,
      }),
    ],
  });
}
