import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../../../logger.js';
import { InboundActivitySchema, isLoopbackAddress, isLoopbackUrl, proxyHeaderOf } from './activity-schema.js';

/**
 * Rejects what must never reach the SDK: anonymous requests from other machines, bodies that are
 * not activities, and (in anonymous mode) service URLs that would make the bot call elsewhere.
 * The log names the problem's path only, never the content.
 */
export function validateActivity(opts: { anonymous: boolean; tenantId?: string; logger: Logger }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // A reverse proxy on this machine also connects from loopback; its headers give it away.
    if (opts.anonymous && (!isLoopbackAddress(req.socket.remoteAddress) || proxyHeaderOf(req.headers))) {
      opts.logger.warn({ event: 'teams_rejected', reason: 'non_loopback_in_anonymous_mode' }, 'request rejected');
      res
        .status(403)
        .json({ error: 'forbidden', message: 'Local development mode accepts requests from this machine only.' });
      return;
    }
    const parsed = InboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const paths = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))].slice(0, 5);
      opts.logger.warn({ event: 'teams_rejected', reason: 'invalid_activity', paths }, 'request rejected');
      res
        .status(400)
        .json({ error: 'bad_request', message: 'The body is not a valid Bot Framework activity.', fields: paths });
      return;
    }
    if (opts.anonymous && !isLoopbackUrl(parsed.data.serviceUrl)) {
      opts.logger.warn({ event: 'teams_rejected', reason: 'non_loopback_service_url' }, 'request rejected');
      res
        .status(400)
        .json({ error: 'bad_request', message: 'Local development mode only replies to a connector on this machine.' });
      return;
    }
    // The app serves one organisation: activities that name another tenant are refused.
    const tenant = parsed.data.conversation.tenantId ?? tenantOf(parsed.data.channelData);
    if (opts.tenantId && tenant && tenant !== opts.tenantId) {
      opts.logger.warn({ event: 'teams_rejected', reason: 'other_tenant' }, 'request rejected');
      res.status(403).json({ error: 'forbidden', message: 'This bot serves one organisation only.' });
      return;
    }
    next();
  };
}

function tenantOf(channelData: unknown): string | undefined {
  const id = (channelData as { tenant?: { id?: unknown } } | null | undefined)?.tenant?.id;
  return typeof id === 'string' ? id : undefined;
}
