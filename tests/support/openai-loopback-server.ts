import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback server speaking the wire format of OpenAI's Chat Completions and Embeddings
// endpoints (plain and Azure paths), so tests drive the real `openai` SDK. Every request body
// is recorded for assertions on what would have left the machine.

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  raw: string;
  body: unknown;
}

/** What the server does with one request. */
export type LoopbackReply =
  | { kind: 'json'; status?: number; headers?: Record<string, string>; body: unknown; delayMs?: number }
  /** Accepts the request and never answers (until the client gives up or the server closes). */
  | { kind: 'hang' };

export type ChatHandler = (body: ChatRequestBody, nth: number) => LoopbackReply;

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  [k: string]: unknown;
}

export interface OpenAILoopback {
  /** e.g. http://127.0.0.1:41234/v1 — OPENAI_BASE_URL for the SDK. */
  baseURL: string;
  /** e.g. http://127.0.0.1:41234 — AZURE_OPENAI_ENDPOINT. */
  origin: string;
  requests: RecordedRequest[];
  chatRequests(): RecordedRequest[];
  embeddingRequests(): RecordedRequest[];
  /** Replaces the chat behaviour; the default echoes passage 1 with a [1] citation. */
  onChat(handler: ChatHandler): void;
  /** Replaces the embeddings behaviour; the default returns bag-of-words vectors. */
  onEmbeddings(handler: (body: unknown) => LoopbackReply): void;
  /** Changes the vector size of the default embeddings (as if another model were deployed). */
  setEmbeddingDimensions(n: number): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startOpenAILoopback(opts: { embeddingDimensions?: number } = {}): Promise<OpenAILoopback> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let dims = opts.embeddingDimensions ?? 64;
  let chat: ChatHandler = echoFirstPassage;
  let embeddings: ((body: unknown) => LoopbackReply) | undefined;
  let chatCount = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        raw,
        body,
      });
      if (req.method === 'POST' && url.pathname.endsWith('/chat/completions')) {
        chatCount += 1;
        return reply(res, chat(body as ChatRequestBody, chatCount));
      }
      if (req.method === 'POST' && url.pathname.endsWith('/embeddings')) {
        return reply(res, embeddings ? embeddings(body) : embeddingsReply(body, dims));
      }
      reply(res, errorReply(404, 'invalid_request_error', `Unknown path ${url.pathname}`));
    });
  });

  function reply(res: ServerResponse, r: LoopbackReply): void {
    if (r.kind === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(r.status ?? 200, {
        'content-type': 'application/json',
        'x-request-id': `req_${requests.length}`,
        ...r.headers,
      });
      res.end(JSON.stringify(r.body));
    };
    if (r.delayMs) {
      const t = setTimeout(send, r.delayMs);
      res.on('close', () => clearTimeout(t));
    } else send();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const isChat = (r: RecordedRequest) => r.path.endsWith('/chat/completions');
  const isEmbed = (r: RecordedRequest) => r.path.endsWith('/embeddings');
  return {
    baseURL: `${origin}/v1`,
    origin,
    requests,
    chatRequests: () => requests.filter(isChat),
    embeddingRequests: () => requests.filter(isEmbed),
    onChat(handler) {
      chat = handler;
    },
    onEmbeddings(handler) {
      embeddings = handler;
    },
    setEmbeddingDimensions(n) {
      dims = n;
    },
    reset() {
      requests.length = 0;
      chatCount = 0;
      chat = echoFirstPassage;
      embeddings = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------- Wire-format builders ----------

/** A chat.completion whose message content is `content` (a string, or an object sent as JSON). */
export function chatCompletion(
  content: unknown,
  extra: { finishReason?: string; refusal?: string } = {},
): LoopbackReply {
  return {
    kind: 'json',
    body: {
      id: 'chatcmpl-loopback',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: 'loopback-model',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: typeof content === 'string' ? content : JSON.stringify(content),
            refusal: extra.refusal ?? null,
          },
          logprobs: null,
          finish_reason: extra.finishReason ?? 'stop',
        },
      ],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    },
  };
}

/** The structured answer our prompt asks for. */
export const modelAnswer = (answer: string, cited: number[]) => chatCompletion({ abstain: false, answer, cited });
export const modelAbstains = () => chatCompletion({ abstain: true, answer: '', cited: [] });

/** OpenAI's error body; 429s carry retry-after the way the API sends them. */
export function errorReply(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): LoopbackReply {
  return { kind: 'json', status, headers, body: { error: { message, type, param: null, code: null } } };
}
export const rateLimited = (retryAfterSeconds = 0) =>
  errorReply(429, 'requests', 'Rate limit reached for requests', {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-remaining-requests': '0',
  });
export const serverError = () =>
  errorReply(500, 'server_error', 'The server had an error while processing your request.');

/** Passages as our user message numbers them: <passage n="k" …>text</passage>. */
export function passagesIn(body: ChatRequestBody): string[] {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  return [...user.matchAll(/<passage n="(\d+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)].map((m) => m[2] ?? '');
}

/**
 * The default "model": quotes passage 1 and cites it. It can only echo what retrieval found,
 * so scores in this mode measure the generated-answer path, not a language model's quality.
 */
export const echoFirstPassage: ChatHandler = (body) => {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  // A query-rewrite request: this "model" cannot translate, so it hands the question back.
  if (!user.includes('<passages>'))
    return chatCompletion({ query: /<question>\n([\s\S]*?)\n<\/question>/.exec(user)?.[1] ?? '' });
  const first = passagesIn(body)[0];
  return first ? modelAnswer(`${first.trim()} [1]`, [1]) : modelAbstains();
};

function embeddingsReply(body: unknown, dims: number): LoopbackReply {
  const b = body as { input?: unknown; model?: string; encoding_format?: string };
  const inputs = Array.isArray(b.input) ? b.input.map(String) : [String(b.input ?? '')];
  return {
    kind: 'json',
    body: {
      object: 'list',
      model: b.model ?? 'loopback-embedding',
      data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: hashedVector(text, dims) })),
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    },
  };
}

/** Deterministic bag-of-words vector, so similar texts get similar vectors. */
export function hashedVector(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2)) {
    let h = 2166136261;
    for (const ch of word) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
    v[Math.abs(h) % dims]! += 1;
  }
  return v;
}
