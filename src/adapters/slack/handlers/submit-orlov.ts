import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { CALLBACK, ORLOV_BLOCKS } from '../ids.js';
import { onFormSubmission } from './submit-workflow.js';

/** /orlov submitted: to the region's consultant. The core checks dates and the longest leave allowed. */
export function registerOrlovSubmission(app: App, deps: SlackDeps): void {
  onFormSubmission(app, deps, {
    callbackId: CALLBACK.orlov,
    kind: 'orlov',
    blocks: ORLOV_BLOCKS,
    run: ({ state, volunteer }, ports) => {
      const months = state.text(ORLOV_BLOCKS.months);
      return deps.core.orlov(
        {
          volunteer,
          regionId: state.option(ORLOV_BLOCKS.region) ?? '',
          startDate: state.date(ORLOV_BLOCKS.start) ?? '',
          endDate: state.date(ORLOV_BLOCKS.end),
          // The core validates the range; a non-number reaches it as NaN and gets a field error.
          months: months === undefined ? undefined : Number(months),
        },
        ports,
      );
    },
  });
}
