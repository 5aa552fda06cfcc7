import type { App, ViewSubmitAction } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { AFBUD_BLOCKS, CALLBACK } from '../ids.js';
import { parseModalMetadata, viewState, ViewSubmission } from '../payloads.js';
import { submitWorkflow } from './submit-workflow.js';

/** /afbud submitted: to the group's tovholder (or the region's consultant), and the partner if chosen. */
export function registerAfbudSubmission(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(CALLBACK.afbud, async ({ ack, body, client }) => {
    const parsed = ViewSubmission.safeParse(body);
    if (!parsed.success) return ack();
    const { view, user } = parsed.data;
    const state = viewState(view);
    const { lang } = parseModalMetadata(view.private_metadata);
    await submitWorkflow({
      kind: 'afbud',
      ack,
      client,
      body: parsed.data,
      blocks: AFBUD_BLOCKS,
      deps,
      run: (ports) =>
        deps.core.afbud(
          {
            volunteer: { platform: 'slack', userId: user.id, lang },
            date: state.date(AFBUD_BLOCKS.date) ?? '',
            shift: state.text(AFBUD_BLOCKS.shift) ?? '',
            groupId: state.option(AFBUD_BLOCKS.group) ?? '',
            partnerUserId: state.user(AFBUD_BLOCKS.partner),
          },
          ports,
        ),
    });
  });
}
