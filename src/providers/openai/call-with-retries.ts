import { APIConnectionError, APIError, APIUserAbortError } from 'openai';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Wall-clock budget for all attempts and waits together; past it the caller falls back. */
  budgetMs: number;
}

export interface CallOutcome<T> {
  value: T;
  attempts: number;
}

/** The call failed for good; carries metadata only (never a message from the server). */
export class OpenAICallError extends Error {
  override name = 'OpenAICallError';
  constructor(
    readonly reason: 'budget_exceeded' | 'aborted' | 'http_error' | 'connection_error' | 'invalid_response',
    readonly attempts: number,
    readonly status?: number,
  ) {
    super(`OpenAI call failed: ${reason}${status ? ` (${status})` : ''}`);
  }
}

/** Any failure as call metadata, for a log line that carries no server message or content. */
export const asCallError = (e: unknown): OpenAICallError =>
  e instanceof OpenAICallError ? e : new OpenAICallError('invalid_response', 0);

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Runs one API call with bounded retries on 408/409/429/5xx and connection errors, inside a
 * total budget that includes waits the server asks for (retry-after). The SDK's own retry sleep
 * cannot be interrupted and honours any retry-after, so we retry ourselves: a volunteer always
 * gets an answer within the budget, and a wait that would overrun it is not started.
 */
export async function callWithRetries<T>(
  policy: RetryPolicy,
  parent: AbortSignal | undefined,
  attempt: (signal: AbortSignal, timeoutMs: number) => Promise<T>,
): Promise<CallOutcome<T>> {
  const deadline = Date.now() + policy.budgetMs;
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(new OpenAICallError('aborted', 0));
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new OpenAICallError('budget_exceeded', 0)), policy.budgetMs);
  // Settles as soon as the budget runs out or the caller gives up, whatever the SDK is doing.
  const stopped = new Promise<never>((_, reject) => {
    const fail = () => reject(controller.signal.reason);
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  let attempts = 0;
  try {
    for (;;) {
      attempts += 1;
      try {
        const value = await Promise.race([attempt(controller.signal, Math.max(1, deadline - Date.now())), stopped]);
        return { value, attempts };
      } catch (e) {
        const failure = classify(e, attempts, controller.signal);
        const wait = failure.retryable && attempts <= policy.maxRetries ? delayBeforeRetry(e, attempts) : undefined;
        if (wait === undefined || Date.now() + wait >= deadline) throw failure.error;
        await Promise.race([sleep(wait), stopped]);
      }
    }
  } catch (e) {
    throw e instanceof OpenAICallError ? withAttempts(e, attempts) : new OpenAICallError('invalid_response', attempts);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  }
}

function classify(e: unknown, attempts: number, signal: AbortSignal): { error: OpenAICallError; retryable: boolean } {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return {
      error: reason instanceof OpenAICallError ? reason : new OpenAICallError('aborted', attempts),
      retryable: false,
    };
  }
  if (e instanceof OpenAICallError) return { error: e, retryable: false };
  if (e instanceof APIUserAbortError) return { error: new OpenAICallError('aborted', attempts), retryable: false };
  // Connection errors (timeouts included) have no status; the SDK models them as APIError subclasses.
  if (e instanceof APIConnectionError)
    return { error: new OpenAICallError('connection_error', attempts), retryable: true };
  if (e instanceof APIError && typeof e.status === 'number') {
    const s = e.status;
    return {
      error: new OpenAICallError('http_error', attempts, s),
      retryable: s === 408 || s === 409 || s === 429 || s >= 500,
    };
  }
  return { error: new OpenAICallError('invalid_response', attempts), retryable: false };
}

/** Server's retry-after(-ms) when given, else exponential backoff with jitter. */
function delayBeforeRetry(e: unknown, attempts: number): number {
  const headers = e instanceof APIError ? e.headers : undefined;
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers?.get('retry-after');
  if (after) {
    const seconds = Number.parseFloat(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  const backoff = Math.min(BASE_DELAY_MS * 2 ** (attempts - 1), MAX_DELAY_MS);
  return backoff * (1 - Math.random() * 0.25);
}

function withAttempts(e: OpenAICallError, attempts: number): OpenAICallError {
  return e.attempts === attempts ? e : new OpenAICallError(e.reason, attempts, e.status);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
