import type { IncomingMessage, ServerResponse } from 'node:http';
import { type App, HTTPResponseAck, HTTPModuleFunctions as http, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { errorMetadata, type Logger } from '../../logger.js';
import { cutAfterAnswer } from '../../server/bounded-body.js';
import { markVerified } from '../../server/http-server.js';
import type { boltLogger } from './bolt-logger.js';
import { DispatchQueue } from './dispatch-queue.js';

type BoltLogger = ReturnType<typeof boltLogger>;

/** Slack's payloads are a few kB; anything over this is refused (413) before the signature is checked. */
export const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;

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
  /** Events acked here wait their turn as bodies, so a burst does not hold a Bolt context per question. */
  readonly queue = new DispatchQueue();

  constructor(
    private readonly opts: {
      signingSecret: string;
      boltLogger: BoltLogger;
      logger: Logger;
      afterAcks: () => Promise<void>;
      /** Called once the signature holds: only verified requests count for the ack gate. */
      onVerified?: (req: IncomingMessage, res: ServerResponse) => void;
      /** Work that outlives the response (an acked event still to be answered); shutdown waits for it. */
      track?: (work: Promise<void>) => Promise<void>;
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

  /** Resolves when the request is answered (an acked event's listeners run later, tracked through `track`); never rejects. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    this.receive(req, res).catch((error: unknown) => {
      this.opts.logger.warn({ event: 'slack_dispatch_error', err: errorMetadata(error) }, 'dispatch failed');
      if (!res.headersSent) http.buildNoBodyResponse(res, 400);
    });

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await this.verifiedBody(req, res);
    if (!body) return;
    this.opts.onVerified?.(req, res);
    if (body.ssl_check === '1') return http.buildSSLCheckResponse(res);
    if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);

    const retries = {
      retryNum: http.extractRetryNumFromHTTPRequest(req),
      retryReason: http.extractRetryReasonFromHTTPRequest(req),
    };
    if (acksWithoutBody(body)) {
      if (body.type === 'event_callback' && this.queue.full) {
        this.opts.logger.warn({ event: 'slack_busy', status: 503 }, 'dispatch queue full');
        return http.buildNoBodyResponse(res, 503);
      }
      http.buildNoBodyResponse(res, 200);
      // Already answered: the listener's own ack() has nothing left to send. Only the event is
      // kept while it waits (not the request or response).
      const event: ReceiverEvent = { body, ack: async () => {}, ...retries, customProperties: {} };
      const later = this.dispatchLater(event);
      void (this.opts.track ? this.opts.track(later) : later);
      return;
    }
    const ack = new HTTPResponseAck({
      logger: this.opts.boltLogger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    return this.dispatch({ body, ack: ack.bind(), ...retries, customProperties: {} }, req, res, ack);
  }

  /**
   * Not awaited by receive(), whose frame would keep the request and response alive while the event
   * waits. Events (questions) take turns in the queue; commands and button presses may open a modal
   * within their trigger_id's 3 seconds, so they never wait behind questions.
   */
  private async dispatchLater(event: ReceiverEvent): Promise<void> {
    await this.opts.afterAcks();
    if (event.body.type === 'event_callback') await this.queue.run(() => this.dispatchAcked(event));
    else await this.dispatchAcked(event);
  }

  /** An event already answered with 200: a failure can only be logged. */
  private async dispatchAcked(event: ReceiverEvent): Promise<void> {
    try {
      if (!this.bolt) throw new Error('Slack receiver used before Bolt initialised it');
      await this.bolt.processEvent(event);
    } catch (error) {
      this.opts.logger.warn({ event: 'slack_dispatch_error', err: errorMetadata(error) }, 'dispatch failed');
    }
  }

  /** The parsed body of a correctly signed request; otherwise the error status is sent and undefined returned. */
  private async verifiedBody(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
    let buffered: Awaited<ReturnType<typeof http.parseAndVerifyHTTPRequest>>;
    try {
      // raw-body refuses a declared length over the limit before reading, and stops reading at the limit.
      buffered = await http.parseAndVerifyHTTPRequest(
        { signingSecret: this.opts.signingSecret, bodyLimit: SLACK_BODY_LIMIT_BYTES },
        req,
      );
    } catch (error) {
      const status = http.isRawBodyError(error) ? (error.statusCode === 413 ? 413 : 400) : 401;
      this.opts.logger.warn({ event: 'slack_request_rejected', status }, 'request rejected');
      // The rest of an oversized or broken upload is not read, and the connection is cut soon after.
      if (status !== 401) cutAfterAnswer(req, res);
      http.buildNoBodyResponse(res, status);
      return undefined;
    }
    markVerified(req);
    let body: unknown;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch {
      body = undefined;
    }
    // JSON that is not an object (null, a number, a list) is as malformed as no JSON.
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      this.opts.logger.warn({ event: 'slack_request_rejected', status: 400 }, 'malformed body');
      http.buildNoBodyResponse(res, 400);
      return undefined;
    }
    return body as Record<string, unknown>;
  }

  private async dispatch(
    event: ReceiverEvent,
    req: IncomingMessage,
    res: ServerResponse,
    ack: HTTPResponseAck,
  ): Promise<void> {
    if (!this.bolt) throw new Error('Slack receiver used before Bolt initialised it');
    try {
      await this.bolt.processEvent(event);
    } catch (error) {
      ack.ack();
      if (error instanceof Error && (error as { code?: unknown }).code === 'slack_bolt_authorization_error') {
        // Bolt's own handling when authorize failed: 401, so Slack retries.
        await http.defaultProcessEventErrorHandler({
          error,
          logger: this.opts.boltLogger,
          request: req,
          response: res,
          storedResponse: undefined,
        });
        return;
      }
      // Only signed requests get here: what broke was their payload's shape (400, never a 500).
      this.opts.logger.warn({ event: 'slack_dispatch_error', err: errorMetadata(error) }, 'dispatch failed');
      if (!res.headersSent) http.buildNoBodyResponse(res, 400);
      return;
    }
    // Every listener has run: a request none of them acked (an unknown type or callback) is answered
    // now, not with Bolt's 404 three seconds later.
    if (!res.headersSent) {
      this.opts.logger.warn({ event: 'slack_request_unhandled', status: 400 }, 'no listener acked');
      ack.ack();
      http.buildNoBodyResponse(res, 400);
    }
  }
}
