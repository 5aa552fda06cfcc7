import { z } from 'zod';

// The parts of a Bot Framework activity the adapter relies on, checked before the SDK sees the
// body: the SDK answers anything else with a 500 and an HTML stack trace.

const id = z.string().min(1).max(1024);

const Account = z.looseObject({
  id,
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(128).optional(),
  role: z.string().max(64).optional(),
});

export const InboundActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: Account,
  recipient: Account,
  conversation: z.looseObject({
    id,
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(128).optional(),
    isGroup: z.boolean().optional(),
  }),
  // Every word a volunteer writes is screened for danger, so no text Teams can send (about 28 kB) is refused here.
  text: z.string().max(100_000).optional(),
  name: z.string().max(256).optional(),
  replyToId: z.string().max(1024).optional(),
  locale: z.string().max(64).optional(),
  value: z.unknown().optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(256) }))
    .max(64)
    .optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256) }))
    .max(32)
    .optional(),
});
export type InboundActivity = z.infer<typeof InboundActivitySchema>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** In anonymous mode replies may only go back to a connector on this machine (the Playground). */
export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
export const isLoopbackAddress = (address: string | undefined): boolean =>
  address !== undefined && LOOPBACK_ADDRESSES.has(address);

const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip', 'via'];
/** The first header a proxy adds that the request carries; such a request did not start on this machine. */
export const proxyHeaderOf = (headers: Record<string, unknown>): string | undefined =>
  PROXY_HEADERS.find((h) => headers[h] !== undefined);
