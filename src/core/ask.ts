import type { Logger } from '../logger.js';
import { answerQuestion, reply } from './answers/answer-question.js';
import { sanitizeMessage } from './input.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { AnswerGenerator } from './ports.js';
import { screenForConcern } from './screening/concern.js';
import { dutyReply } from './screening/duty-reply.js';
import type { PersonalDataScreen } from './screening/personal-data.js';
import { screenWholeText } from './screening/screen-whole.js';
import { smallTalk, smallTalkReply } from './small-talk.js';
import type { AskContext, BotReply, ConversationTurn, Lang } from './types.js';
import { withWorkflowHint } from './workflow-hint.js';

// Free chat: clean the input, strip personal data before anything else sees it, screen for
// danger before retrieval or any model, and only then answer from the documents.

export interface AskDeps {
  knowledge: KnowledgeBase;
  generator?: AnswerGenerator;
  logger: Logger;
  screenPersonalData: (text: string) => PersonalDataScreen;
}

const PII_WARNING: Record<Lang, string> = {
  da: 'Din besked indeholdt vist personoplysninger (fx navn, CPR-nummer, telefonnummer eller e-mail). Jeg har fjernet dem og gemmer intet. Husk håndbogens regel: skriv ikke personoplysninger ned om dem, du taler med – og del dem ikke her.',
  en: 'Your message seemed to contain personal data (e.g. a name, CPR number, phone number or e-mail). I removed it and keep nothing. Remember the handbook rule: do not write down personal data about the people you talk to – and do not share it here.',
};

const UNAVAILABLE: Record<Lang, string> = {
  da: 'Jeg kan ikke søge i dokumenterne lige nu. Prøv igen om lidt, eller spørg din tovholder eller frivilligkonsulent.',
  en: 'I cannot search the documents right now. Please try again shortly, or ask your tovholder or volunteer consultant.',
};

// The offer tier, stated above the answer when the screen is not sure enough to route. Questions
// about the duties are not offers: they get a calm answer from the handbook.
export const OFFER_LINE: Record<Lang, string> = {
  da: 'Det lyder, som om du måske er bekymret for nogen — er nogen i fare lige nu, så ring 112; /bekymring når din konsulent.',
  en: 'It sounds like you may be worried about someone — if anyone is in danger right now, call 112; /bekymring reaches your consultant.',
};

export async function ask(message: unknown, deps: AskDeps, ctx?: AskContext): Promise<BotReply> {
  const started = performance.now();
  const input = sanitizeMessage(message);
  const text = input.text;
  if (text === undefined) return reply(input.lang, input.ok ? '' : input.reply);

  // Personal data out first: nothing below (safety patterns, search, a model, logs) sees it.
  const pii = deps.screenPersonalData(text);
  const piiWarning = pii.kinds.length > 0;
  // The whole message, however long: the length limit below only decides whether it is answered.
  const safety = screenWholeText(pii.redacted);
  const lang = input.lang;
  const done = (r: BotReply, mode: string): BotReply => {
    deps.logger.info(
      {
        event: 'ask',
        mode,
        lang: r.lang,
        route: r.route,
        acute: r.acuteDanger,
        pii: pii.kinds,
        abstained: r.abstained,
        ms: Math.round(performance.now() - started),
      },
      'ask',
    );
    return r;
  };

  if (safety.route) {
    const duty = dutyReply(safety.route, safety.acuteDanger, lang, deps.knowledge.chunks);
    return done(withPiiWarning(duty, piiWarning), 'duty');
  }
  const offer = safety.setAside === true || screenForConcern(pii.redacted).offer;
  if (!input.ok) return done(withPiiWarning(withOffer(reply(lang, input.reply), offer), piiWarning), input.problem);
  const chat = smallTalk(pii.redacted);
  if (chat) return done({ ...reply(lang, smallTalkReply(chat, lang)), abstained: false }, chat);

  let answer: BotReply;
  try {
    answer = await answerQuestion(
      pii.redacted,
      { knowledge: deps.knowledge, generator: deps.generator, logger: deps.logger },
      strippedContext(ctx, deps),
    );
  } catch (e) {
    deps.logger.error({ event: 'ask_failed', err: e }, 'answering failed');
    return done(withPiiWarning(withOffer(reply(lang, UNAVAILABLE[lang]), offer), piiWarning), 'error');
  }
  return done(
    withPiiWarning(withOffer(withWorkflowHint(answer, pii.redacted), offer || answer.offerBekymring), piiWarning),
    offer ? 'offer' : 'answer',
  );
}

/** Earlier turns are screened the same way before they reach search or a model. */
function strippedContext(ctx: AskContext | undefined, deps: AskDeps): AskContext | undefined {
  if (!ctx?.history?.length) return ctx;
  const history: ConversationTurn[] = ctx.history
    .slice(-6)
    .map((t) => ({ role: t.role, text: deps.screenPersonalData(String(t.text).slice(0, 2000)).redacted }));
  return { ...ctx, history };
}

/** The offer line above the answer, and the /bekymring button. */
function withOffer(r: BotReply, offer: boolean): BotReply {
  if (!offer) return r;
  return { ...r, offerBekymring: true, text: `${OFFER_LINE[r.lang]}\n\n${r.text}` };
}

function withPiiWarning(r: BotReply, piiWarning: boolean): BotReply {
  if (!piiWarning) return r;
  return { ...r, piiWarning: true, text: `${PII_WARNING[r.lang]}\n\n${r.text}` };
}
