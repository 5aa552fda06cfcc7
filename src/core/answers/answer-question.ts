import type { Logger } from '../../logger.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { SearchHit, SearchResult } from '../knowledge/rank/hybrid-retriever.js';
import { detectLanguage } from '../language.js';
import type { AnswerGenerator } from '../ports.js';
import { ANSWER } from '../tuning.js';
import type { AskContext, BotReply, Chunk, Citation, Lang, RankedPassage } from '../types.js';
import { type Asked, decide } from './decision.js';
import { composeExtractive } from './extractive.js';
import { followUpContext } from './follow-up.js';
import { generateGrounded, withDeadline } from './generated.js';
import { isMedicalAdviceQuestion } from './medical-guard.js';
import { questionSpecifics } from './specifics.js';
import { textsFor } from './texts.js';

export interface AnswerDeps {
  knowledge: KnowledgeBase;
  generator?: AnswerGenerator;
  logger: Logger;
  /** Deadline for one model call; the extractive answer is used when it passes. */
  generatorTimeoutMs?: number;
}

export const toCitation = (c: Chunk): Citation => ({
  doc: c.doc,
  title: c.title,
  section: c.section,
  ...(c.page !== undefined ? { page: c.page } : {}),
  text: c.text,
});

/** Control characters and runs of whitespace out; length capped. */
export function cleanQuestion(question: string): string {
  return question
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\ufeff\uFFFD]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, ANSWER.maxQueryChars);
}

/** A reply with no answer in it yet: abstained, nothing cited, routed nowhere. */
export function reply(lang: Lang, text: string, extra: Partial<BotReply> = {}): BotReply {
  return {
    text,
    lang,
    citations: [],
    abstained: true,
    route: null,
    acuteDanger: false,
    piiWarning: false,
    offerBekymring: false,
    retrieved: [],
    ...extra,
  };
}

async function danishRewrite(deps: AnswerDeps, question: string): Promise<string | undefined> {
  const rewrite = deps.generator?.rewriteQuery?.bind(deps.generator);
  if (!rewrite) return undefined;
  try {
    const out = await withDeadline(Math.min(deps.generatorTimeoutMs ?? 5000, 5000), (signal) =>
      rewrite(question, signal),
    );
    return out?.trim() ? out.trim().slice(0, 300) : undefined;
  } catch (e) {
    deps.logger.warn({ event: 'query_rewrite_failed', err: e }, 'query rewrite failed');
    return undefined;
  }
}

/** Cited passage numbers become 1..m in the order the citations are listed. */
function renumber(text: string, cited: Chunk[], passages: Chunk[]): string {
  const map = new Map(cited.map((c, i) => [passages.indexOf(c) + 1, i + 1]));
  return text.replace(/\[(\d{1,3})\]/g, (m, n: string) => (map.has(Number(n)) ? `[${map.get(Number(n))}]` : m));
}

/**
 * The passages a question is answered from, in rank order, and the message as the decision reads it
 * (with the names and datum it asks for, specifics.ts). Shared with npm run fit-decision.
 */
export async function searchForAnswer(
  clean: string,
  lang: Lang,
  deps: AnswerDeps,
  ctx?: AskContext,
): Promise<{ result: SearchResult; hits: SearchHit[]; asked: Asked }> {
  const context = followUpContext(clean, ctx?.history);
  const extra = lang === 'en' ? await danishRewrite(deps, clean) : undefined;
  const result = await deps.knowledge.retriever.search(clean, { k: ANSWER.retrieve, context, extra });
  const specifics = questionSpecifics(clean, result.query.concepts, deps.knowledge.chunks);
  // Whether a passage holds the names and datum asked for is one of the decision's features, not a filter.
  return { result, hits: result.hits, asked: { ...result, question: clean, specifics } };
}

export async function answerQuestion(question: string, deps: AnswerDeps, ctx?: AskContext): Promise<BotReply> {
  const started = performance.now();
  const { knowledge, logger } = deps;
  const clean = cleanQuestion(question);
  const lang = detectLanguage(clean);
  const t = textsFor(lang);
  const done = (r: BotReply, mode: string): BotReply => {
    logger.info(
      {
        event: 'answer',
        mode,
        lang,
        abstained: r.abstained,
        citations: r.citations.length,
        ms: Math.round(performance.now() - started),
      },
      'answered',
    );
    return r;
  };
  if (!/\p{L}{2}|\p{N}/u.test(clean)) return done(reply(lang, t.empty), 'empty');

  const { result, hits, asked } = await searchForAnswer(clean, lang, deps, ctx);
  const retrieved: RankedPassage[] = result.hits.map(({ chunk, score }) => ({ chunk, score }));

  if (isMedicalAdviceQuestion(clean)) return done(reply(lang, t.medical, { retrieved }), 'medical');
  const decision = decide(hits, asked);
  const top = decision.lead;
  if (!top) return done(reply(lang, t.abstain, { retrieved }), 'abstain');
  const covered = decision.kind === 'answer';
  const hedge = (text: string) => (covered ? text : `${t.tentativeLead}\n\n${text}\n\n${t.tentativeClose}`);
  const mode = (m: string) => (covered ? m : `${m}-tentative`);

  if (deps.generator) {
    const passages = result.hits.slice(0, ANSWER.generatorPassages).map((h) => h.chunk);
    const outcome = await generateGrounded(
      deps.generator,
      { question: clean, lang, passages },
      logger,
      deps.generatorTimeoutMs,
    );
    if (outcome.kind === 'abstain') return done(reply(lang, t.abstain, { retrieved }), mode('generated'));
    if (outcome.kind === 'answer') {
      const text = hedge(renumber(outcome.text, outcome.cited, passages));
      return done(
        reply(lang, text, { abstained: false, generated: true, citations: outcome.cited.map(toCitation), retrieved }),
        mode('generated'),
      );
    }
  }
  // English answers name the document in English; the quote stays in the Danish original.
  const titleOf = (c: Chunk) =>
    (lang === 'en' ? knowledge.documents.find((d) => d.doc === c.doc)?.titleEn : undefined) ?? c.title;
  const section = knowledge.chunks.filter((c) => c.doc === top.chunk.doc && c.section === top.chunk.section);
  const answer = composeExtractive({
    lang,
    question: clean,
    top,
    hits,
    concepts: result.query.concepts,
    titleOf,
    section,
  });
  return done(
    reply(lang, hedge(answer.text), { abstained: false, citations: answer.cited.map(toCitation), retrieved }),
    mode('extractive'),
  );
}
