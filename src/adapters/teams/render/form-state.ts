import type { Lang } from '../../../core/types.js';
import type { FieldErrors } from '../../../core/workflows/contracts.js';
import { attention, type CardElement } from './card.js';
import { texts } from './texts.js';

/** What a form is drawn from: the language, earlier input (when shown again) and field errors. */
export interface FormState<F extends string> {
  lang: Lang;
  values?: Partial<Record<F, string>>;
  errors?: FieldErrors<F>;
}

/** The "fix the fields below" line, shown only when a field has an error. */
export function errorSummary<F extends string>(state: FormState<F>): CardElement[] {
  const hasErrors = Object.values(state.errors ?? {}).some(Boolean);
  return hasErrors ? [attention(texts(state.lang).fixErrors)] : [];
}
