import { createHmac } from 'node:crypto';
import { stringify } from 'node:querystring';

// Signs requests the way Slack does (https://api.slack.com/authentication/verifying-requests-from-slack):
// v0=HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}").

export interface SignedRequest {
  body: string;
  contentType: string;
}

export const asJson = (payload: unknown): SignedRequest => ({
  body: JSON.stringify(payload),
  contentType: 'application/json',
});
export const asForm = (fields: Record<string, string>): SignedRequest => ({
  body: stringify(fields),
  contentType: 'application/x-www-form-urlencoded',
});
/** Interactivity payloads arrive as a form with one JSON field, `payload`. */
export const asInteraction = (payload: unknown): SignedRequest => asForm({ payload: JSON.stringify(payload) });

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Seconds since epoch; default now. */
  timestamp?: number;
  /** Overrides the computed signature (forged); null leaves the header out. */
  signature?: string | null;
  retryNum?: number;
}

export async function sendSigned(url: string, req: SignedRequest, opts: SendOptions): Promise<Response> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': req.contentType,
    'x-slack-request-timestamp': String(timestamp),
  };
  const sig = opts.signature === undefined ? signature(opts.secret ?? '', timestamp, req.body) : opts.signature;
  if (sig !== null) headers['x-slack-signature'] = sig;
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body: req.body });
}
