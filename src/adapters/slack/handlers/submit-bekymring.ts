import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../deps.js';
import { BEKYMRING_BLOCKS, CALLBACK } from '../ids.js';
import { parseModalMetadata, viewState, ViewSubmission } from '../payloads.js';
import { submitWorkflow } from './submit-workflow.js';

const Kind = z.enum(['afvaergepligt', 'underretningspligt', 'graenseoverskridende', 'sparring']);

/** /bekymring submitted: straight to the region's consultant; acute danger puts 112 first. */
export function registerBekymringSubmission(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(CALLBACK.bekymring, async ({ ack, body, client }) => {
    const parsed = ViewSubmission.safeParse(body);
    if (!parsed.success) return ack();
    const { view, user } = parsed.data;
    const state = viewState(view);
    const { lang } = parseModalMetadata(view.private_metadata);
    const acute = state.option(BEKYMRING_BLOCKS.acute);
    const kind = Kind.safeParse(state.option(BEKYMRING_BLOCKS.kind));
    // Both radios are required inputs, so Slack itself refuses an empty choice.
    if (acute === undefined || !kind.success) {
      const errors = lang === 'en' ? { acute: 'Please answer.', kind: 'Please choose one.' } : { acute: 'Svar venligst.', kind: 'Vælg en.' };
      return ack({
        response_action: 'errors',
        errors: {
          ...(acute === undefined ? { [BEKYMRING_BLOCKS.acute]: errors.acute } : {}),
          ...(!kind.success ? { [BEKYMRING_BLOCKS.kind]: errors.kind } : {}),
        },
      });
    }
    await submitWorkflow({
      kind: 'bekymring',
      ack,
      client,
      body: parsed.data,
      blocks: BEKYMRING_BLOCKS,
      deps,
      run: (ports) =>
        deps.core.bekymring(
          {
            volunteer: { platform: 'slack', userId: user.id, lang },
            acuteDanger: acute === 'yes',
            kind: kind.data,
            regionId: state.option(BEKYMRING_BLOCKS.region) ?? '',
            freeText: state.text(BEKYMRING_BLOCKS.text),
          },
          ports,
        ),
    });
  });
}
