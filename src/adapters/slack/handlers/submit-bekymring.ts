import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../deps.js';
import { BEKYMRING_BLOCKS, CALLBACK } from '../ids.js';
import { onFormSubmission } from './submit-workflow.js';

const Kind = z.enum(['afvaergepligt', 'underretningspligt', 'graenseoverskridende', 'sparring']);

const MISSING = {
  da: { acute: 'Svar venligst.', kind: 'Vælg en.' },
  en: { acute: 'Please answer.', kind: 'Please choose one.' },
} as const;

/** /bekymring submitted: straight to the region's consultant; acute danger puts 112 first. */
export function registerBekymringSubmission(app: App, deps: SlackDeps): void {
  onFormSubmission(app, deps, {
    callbackId: CALLBACK.bekymring,
    kind: 'bekymring',
    blocks: BEKYMRING_BLOCKS,
    run: async ({ state, volunteer, lang }, ports) => {
      const acute = state.option(BEKYMRING_BLOCKS.acute);
      const kind = Kind.safeParse(state.option(BEKYMRING_BLOCKS.kind));
      // Both radios are required inputs, so Slack itself refuses an empty choice; this is the backstop.
      if (acute === undefined || !kind.success) {
        const errors = {
          ...(acute === undefined ? { acute: MISSING[lang].acute } : {}),
          ...(!kind.success ? { kind: MISSING[lang].kind } : {}),
        };
        return { ok: false, lang, errors };
      }
      return deps.core.bekymring(
        {
          volunteer,
          acuteDanger: acute === 'yes',
          kind: kind.data,
          regionId: state.option(BEKYMRING_BLOCKS.region) ?? '',
          freeText: state.text(BEKYMRING_BLOCKS.text),
        },
        ports,
      );
    },
  });
}
