import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions as http, HTTPResponseAck, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { errorMetadata, type Logger } from '../../logger.js';
import type { boltLogger } from './bolt-logger.js';

type BoltLogger = ReturnType<typeof boltLogger>;

/**
 * Requests Slack needs nothing but a bare 200 for: slash commands, button presses and events (our
 * listeners never answer them with a body). View submissions are not among them: their ack may
 * carry field errors (`response_action: errors`), so they wait for the listener.
 */
export function acksWithoutBody(body: Record<string, unknown>): boolean {
  if (typeof body.command === 'string') return true;
  return body.type === 'event_callback' || body.type === 'block_actions' || body.type === 'view_closed';
}

/**
 * Bolt receiver for POST /slack/events on the shared HTTP server (served ahead of Express). Verifies the signature with
 * Bolt's own functions (bad, missing or stale → 401) and answers url_verification and ssl_check,
 * as Bolt's receivers do. The difference: requests that need only a bare 200 are acked here,
 * before Bolt's middleware runs, and Bolt processes them once no other ack is pending
 * (`afterAcks`). A burst of 50 slash commands is then acked in the time of 50 signature checks
 * instead of 50 passes through every listener's middleware.
 */
export class EarlyAckReceiver implements Receiver {
  private bolt: App | undefined;

  constructor(
    private readonly opts: {
      signingSecret: string;
      boltLogger: BoltLogger;
      logger: Logger;
      afterAcks: () => Promise<void>;
    },
  ) {}

  init(bolt: App): void {
    this.bolt = bolt;
  }

  // The shared HTTP server owns the port; there is nothing to start or stop here.
  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** Resolves when the request is fully handled (listeners included); never rejects. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    this.receive(req, res).catch((error: unknown) => {
      this.opts.logger.warn({ event: 'slack_dispatch_error', err: errorMetadata(error) }, 'dispatch failed');
      if (!res.headersSent) http.buildNoBodyResponse(res, 500);
    });

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await this.verifiedBody(req, res);
    if (!body) return;
    if (body.ssl_check === '1') return http.buildSSLCheckResponse(res);
    if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);

    const retries = { retryNum: http.extractRetryNumFromHTTPRequest(req), retryReason: http.extractRetryReasonFromHTTPRequest(req) };
    if (acksWithoutBody(body)) {
      http.buildNoBodyResponse(res, 200);
      await this.opts.afterAcks();
      // Already answered: the listener's own ack() has nothing left to send.
      return this.dispatch({ body, ack: async () => {}, ...retries, customProperties: {} }, req, res, undefined);
    }
    const ack = new HTTPResponseAck({ logger: this.opts.boltLogger, processBeforeResponse: false, httpRequest: req, httpRequestBody: body, httpResponse: res });
    return this.dispatch({ body, ack: ack.bind(), ...retries, customProperties: {} }, req, res, ack);
  }

  /** The parsed body of a correctly signed request; otherwise the error status is sent and undefined returned. */
  private async verifiedBody(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
    let buffered;
    try {
      buffered = await http.parseAndVerifyHTTPRequest({ signingSecret: this.opts.signingSecret }, req);
    } catch (error) {
      const tooLarge = http.isRawBodyError(error) && error.statusCode === 413;
      this.opts.logger.warn({ event: 'slack_request_rejected', status: tooLarge ? 413 : 401 }, 'request rejected');
      http.buildNoBodyResponse(res, tooLarge ? 413 : 401);
      return undefined;
    }
    try {
      return http.parseHTTPRequestBody(buffered) as Record<string, unknown>;
    } catch {
      this.opts.logger.warn({ event: 'slack_request_rejected', status: 400 }, 'malformed body');
      http.buildNoBodyResponse(res, 400);
      return undefined;
    }
  }

  private async dispatch(event: ReceiverEvent, req: IncomingMessage, res: ServerResponse, ack: HTTPResponseAck | undefined): Promise<void> {
    if (!this.bolt) throw new Error('Slack receiver used before Bolt initialised it');
    try {
      await this.bolt.processEvent(event);
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      // Bolt's own handling: 401 when authorize failed (Slack retries), 500 otherwise.
      const handled = await http.defaultProcessEventErrorHandler({ error, logger: this.opts.boltLogger, request: req, response: res, storedResponse: undefined });
      if (handled) ack?.ack();
    }
  }
}
