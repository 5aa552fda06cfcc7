import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import { z } from 'zod';
import type { GeneratedDraft } from '../../core/ports.js';

/**
 * The JSON schema sent as response_format, written by hand in the subset strict structured
 * output accepts everywhere (no length or range keywords, which some servers reject);
 * limits are enforced when the reply is parsed with the zod schemas below.
 */
function strictObject(name: string, properties: Record<string, object>): ResponseFormatJSONSchema {
  return {
    type: 'json_schema',
    json_schema: {
      name,
      strict: true,
      schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
    },
  };
}

export const ANSWER_FORMAT = strictObject('grounded_answer', {
  abstain: { type: 'boolean' },
  answer: { type: 'string' },
  cited: { type: 'array', items: { type: 'integer' } },
});

export const QUERY_FORMAT = strictObject('danish_search_terms', { query: { type: 'string' } });

export const ModelAnswerSchema = z.object({
  abstain: z.boolean(),
  answer: z.string().max(4000),
  cited: z.array(z.number().int()).max(20),
});

export const ModelQuerySchema = z.object({
  query: z.string().max(1000),
});

const MAX_ANSWER_CHARS = 1500;

/**
 * Parses the model's message into a draft, or null when it is not one. Citation ranges and the
 * [n]/cited agreement are checked again by the core; here we only reject what is not an answer.
 */
export function parseDraft(content: string | null | undefined): GeneratedDraft | null {
  const parsed = ModelAnswerSchema.safeParse(parseJson(content));
  if (!parsed.success) return null;
  const { abstain, answer, cited } = parsed.data;
  if (abstain) return { kind: 'abstain' };
  const text = answer.trim();
  if (!text || text.length > MAX_ANSWER_CHARS) return null;
  return { kind: 'answer', text, cited: [...new Set(cited)].sort((a, b) => a - b) };
}

export function parseQuery(content: string | null | undefined): string | null {
  const parsed = ModelQuerySchema.safeParse(parseJson(content));
  if (!parsed.success) return null;
  const query = parsed.data.query.replace(/\s+/g, ' ').trim();
  return query && query.length <= 300 ? query : null;
}

function parseJson(content: string | null | undefined): unknown {
  if (!content) return undefined;
  // Some compatible servers wrap JSON in a code fence even when asked for a JSON object.
  const unfenced = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  try {
    return JSON.parse(unfenced);
  } catch {
    return undefined;
  }
}
