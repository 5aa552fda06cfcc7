import type { App, ViewSubmitAction } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { CALLBACK, ORLOV_BLOCKS } from '../ids.js';
import { parseModalMetadata, viewState, ViewSubmission } from '../payloads.js';
import { submitWorkflow } from './submit-workflow.js';

/** /orlov submitted: to the region's consultant. The core checks dates and the longest leave allowed. */
export function registerOrlovSubmission(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(CALLBACK.orlov, async ({ ack, body, client }) => {
    const parsed = ViewSubmission.safeParse(body);
    if (!parsed.success) return ack();
    const { view, user } = parsed.data;
    const state = viewState(view);
    const { lang } = parseModalMetadata(view.private_metadata);
    const months = state.text(ORLOV_BLOCKS.months);
    await submitWorkflow({
      kind: 'orlov',
      ack,
      client,
      body: parsed.data,
      blocks: ORLOV_BLOCKS,
      deps,
      run: (ports) =>
        deps.core.orlov(
          {
            volunteer: { platform: 'slack', userId: user.id, lang },
            regionId: state.option(ORLOV_BLOCKS.region) ?? '',
            startDate: state.date(ORLOV_BLOCKS.start) ?? '',
            endDate: state.date(ORLOV_BLOCKS.end),
            // The core validates the range; a non-number reaches it as NaN and gets a field error.
            months: months === undefined ? undefined : Number(months),
          },
          ports,
        ),
    });
  });
}
