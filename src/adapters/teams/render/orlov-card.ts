import type { Directory } from '../../../core/types.js';
import type { OrlovField } from '../../../core/workflows/contracts.js';
import { MAX_LEAVE_MONTHS } from '../../../core/workflows/date-fields.js';
import { Field, Verb } from '../ids.js';
import {
  type AdaptiveCard,
  cancelAction,
  card,
  choiceSet,
  dateInput,
  execute,
  heading,
  numberInput,
  subtle,
  withError,
} from './card.js';
import { errorSummary, type FormState } from './form-state.js';
import { texts } from './texts.js';

export function orlovCard(directory: Directory, state: FormState<OrlovField>): AdaptiveCard {
  const t = texts(state.lang);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const regions = directory.regions.map((r) => ({ title: r.name, value: r.id }));
  return card(
    [
      heading(t.orlovTitle),
      subtle(t.orlovIntro),
      ...errorSummary(state),
      ...withError(
        choiceSet(Field.region, t.region, regions, {
          value: v.region,
          required: true,
          errorMessage: t.required,
          placeholder: t.regionPlaceholder,
        }),
        e.region,
      ),
      ...withError(
        dateInput(Field.start, t.start, {
          value: v.start,
          required: true,
          errorMessage: t.required,
          placeholder: t.datePlaceholder,
        }),
        e.start,
      ),
      ...withError(dateInput(Field.end, t.end, { value: v.end, placeholder: t.datePlaceholder }), e.end),
      ...withError(
        numberInput(Field.months, t.months, {
          value: v.months,
          min: 1,
          max: MAX_LEAVE_MONTHS,
          placeholder: t.monthsPlaceholder,
        }),
        e.months,
      ),
    ],
    [
      execute(t.sendOrlov, Verb.orlovSubmit, { lang: state.lang }, 'positive'),
      cancelAction(t.cancel, Verb.formCancel, { lang: state.lang }),
    ],
  );
}
