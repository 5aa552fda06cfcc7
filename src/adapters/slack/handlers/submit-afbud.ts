import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { AFBUD_BLOCKS, CALLBACK } from '../ids.js';
import { onFormSubmission } from './submit-workflow.js';

/** /afbud submitted: to the group's tovholder (or the region's consultant), and the partner if chosen. */
export function registerAfbudSubmission(app: App, deps: SlackDeps): void {
  onFormSubmission(app, deps, {
    callbackId: CALLBACK.afbud,
    kind: 'afbud',
    blocks: AFBUD_BLOCKS,
    run: ({ state, volunteer }, ports) =>
      deps.core.afbud(
        {
          volunteer,
          date: state.date(AFBUD_BLOCKS.date) ?? '',
          shift: state.text(AFBUD_BLOCKS.shift) ?? '',
          groupId: state.option(AFBUD_BLOCKS.group) ?? '',
          partnerUserId: state.user(AFBUD_BLOCKS.partner),
        },
        ports,
      ),
  });
}
