import type { Directory } from '../../../core/types.js';
import type { AfbudField } from '../../../core/workflows/contracts.js';
import { Field, Verb } from '../ids.js';
import {
  type AdaptiveCard,
  type CardElement,
  cancelAction,
  card,
  choiceSet,
  dateInput,
  execute,
  heading,
  subtle,
  textInput,
  withError,
} from './card.js';
import { errorSummary, type FormState } from './form-state.js';
import { texts } from './texts.js';

/** The afbud form; shown again with the volunteer's input and the core's field errors when a field is wrong. */
export function afbudCard(directory: Directory, state: FormState<AfbudField>): AdaptiveCard {
  const t = texts(state.lang);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const groups = directory.groups.map((g) => ({ title: g.name, value: g.id }));
  // Teams' people picker: a search over the organisation's directory that yields an AAD object id.
  const partner: CardElement = {
    type: 'Input.ChoiceSet',
    id: Field.partner,
    label: t.partner,
    choices: [],
    'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
    placeholder: t.partnerPlaceholder,
    isRequired: false,
    ...(v.partner ? { value: v.partner } : {}),
  };
  return card(
    [
      heading(t.afbudTitle),
      subtle(t.afbudIntro),
      ...errorSummary(state),
      ...withError(
        dateInput(Field.date, t.date, {
          value: v.date,
          required: true,
          errorMessage: t.required,
          placeholder: t.datePlaceholder,
        }),
        e.date,
      ),
      ...withError(
        textInput(Field.shift, t.shift, {
          value: v.shift,
          placeholder: t.shiftPlaceholder,
          required: true,
          maxLength: 40,
          errorMessage: t.required,
        }),
        e.shift,
      ),
      ...withError(
        choiceSet(Field.group, t.group, groups, {
          value: v.group,
          required: true,
          errorMessage: t.required,
          placeholder: t.groupPlaceholder,
        }),
        e.group,
      ),
      ...withError(partner, e.partner),
    ],
    [
      execute(t.sendAfbud, Verb.afbudSubmit, { lang: state.lang }, 'positive'),
      cancelAction(t.cancel, Verb.formCancel, { lang: state.lang }),
    ],
  );
}
