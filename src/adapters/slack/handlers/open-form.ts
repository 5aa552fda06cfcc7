import type { webApi } from '@slack/bolt';
import type { Directory } from '../../../core/types.js';
import type { SlackDeps } from '../deps.js';
import type { ModalView } from '../render/block-kit.js';
import { afbudModal } from '../render/modal-afbud.js';
import { bekymringModal } from '../render/modal-bekymring.js';
import { orlovModal } from '../render/modal-orlov.js';
import type { ModalMetadata } from '../render/modal-parts.js';

export type FormKind = 'afbud' | 'orlov' | 'bekymring';

const MODALS: Record<FormKind, (directory: Directory, metadata: ModalMetadata) => ModalView> = {
  afbud: afbudModal,
  orlov: orlovModal,
  bekymring: bekymringModal,
};

/** Opens a form with views.open; the trigger id is only valid for 3 seconds, so this runs right after ack. */
export async function openForm(
  client: webApi.WebClient,
  form: { kind: FormKind; triggerId: string; metadata: ModalMetadata },
  deps: SlackDeps,
): Promise<boolean> {
  const started = Date.now();
  try {
    await client.views.open({
      trigger_id: form.triggerId,
      view: MODALS[form.kind](deps.core.directory, form.metadata),
    });
    deps.logger.info({ event: 'slack_form_opened', form: form.kind, ms: Date.now() - started }, 'form opened');
    return true;
  } catch (err) {
    deps.logger.warn(
      { event: 'slack_form_open_failed', form: form.kind, ms: Date.now() - started, err },
      'form not opened',
    );
    return false;
  }
}

export const FORM_OPEN_FAILED =
  'Formularen kunne ikke åbnes lige nu. Prøv igen om lidt — haster det, så ring til din konsulent (se fanen Hjem).';
