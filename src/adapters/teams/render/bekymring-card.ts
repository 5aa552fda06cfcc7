import type { Directory } from '../../../core/types.js';
import { MAX_FREE_TEXT_CHARS } from '../../../core/workflows/bekymring.js';
import type { BekymringField, BekymringKind } from '../../../core/workflows/contracts.js';
import { Field, Verb } from '../ids.js';
import {
  type AdaptiveCard,
  attention,
  cancelAction,
  card,
  choiceSet,
  execute,
  heading,
  subtle,
  textInput,
  warning,
  withError,
} from './card.js';
import { errorSummary, type FormState } from './form-state.js';
import { texts } from './texts.js';

/** The bekymring form. Its first question is whether someone is in danger right now. */
export function bekymringCard(directory: Directory, state: FormState<BekymringField>): AdaptiveCard {
  const t = texts(state.lang);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const kinds: { title: string; value: BekymringKind }[] = [
    { title: t.kindAfvaergepligt, value: 'afvaergepligt' },
    { title: t.kindUnderretningspligt, value: 'underretningspligt' },
    { title: t.kindGraense, value: 'graenseoverskridende' },
    { title: t.kindSparring, value: 'sparring' },
  ];
  const regions = directory.regions.map((r) => ({ title: r.name, value: r.id }));
  const yesNo = [
    { title: t.yes, value: 'yes' },
    { title: t.no, value: 'no' },
  ];
  return card(
    [
      heading(t.bekymringTitle),
      attention(t.acuteFirst),
      ...errorSummary(state),
      ...withError(
        choiceSet(Field.acute, t.acuteQuestion, yesNo, {
          value: v.acute,
          required: true,
          expanded: true,
          errorMessage: t.required,
        }),
        e.acute,
      ),
      ...withError(
        choiceSet(Field.kind, t.kind, kinds, {
          value: v.kind,
          required: true,
          expanded: true,
          errorMessage: t.required,
        }),
        e.kind,
      ),
      ...withError(
        choiceSet(Field.region, t.region, regions, {
          value: v.region,
          required: true,
          errorMessage: t.required,
          placeholder: t.regionPlaceholder,
        }),
        e.region,
      ),
      warning(t.noPii),
      // Free text is never shown again after an error on it: it may hold the very data we warn about.
      ...withError(
        textInput(Field.text, t.text, {
          value: e.text ? undefined : v.text,
          multiline: true,
          maxLength: MAX_FREE_TEXT_CHARS,
          placeholder: t.noPii,
        }),
        e.text,
      ),
      subtle(t.bekymringIntro),
    ],
    [
      execute(t.sendBekymring, Verb.bekymringSubmit, { lang: state.lang }, 'positive'),
      cancelAction(t.cancel, Verb.formCancel, { lang: state.lang }),
    ],
  );
}
