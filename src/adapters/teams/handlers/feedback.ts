import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';
import { texts } from '../render/texts.js';
import { type CardOutcome, LangField } from './card-outcome.js';

const FeedbackData = z.object({
  answerId: z.string().min(1).max(100),
  rating: z.enum(['up', 'down']),
  lang: LangField,
});

/** 👍/👎 on an answer: the rating and the answer's random id, nothing about the question. */
export function recordFeedback(deps: TeamsDeps, data: unknown): CardOutcome {
  const parsed = FeedbackData.safeParse(data);
  if (!parsed.success) return { kind: 'bad_request', text: texts('da').badAction };
  deps.core.recordFeedback({ platform: 'teams', rating: parsed.data.rating, answerId: parsed.data.answerId });
  return { kind: 'message', text: texts(parsed.data.lang).feedbackThanks };
}
