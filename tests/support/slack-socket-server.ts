import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

// A loopback stand-in for Slack's Socket Mode endpoint: a minimal WebSocket server (RFC 6455 text,
// ping/pong and close frames) that says hello, sends envelopes, and records the app's acks.
// https://api.slack.com/apis/socket-mode

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface Envelope {
  envelope_id: string;
  type: 'events_api' | 'slash_commands' | 'interactive';
  payload: unknown;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export class SlackSocketFake {
  /** Messages the app sent back (acks), parsed. */
  readonly received: Record<string, unknown>[] = [];
  private server?: Server;
  private sockets = new Set<Duplex>();
  private waiters: (() => void)[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = createServer((_req, res) => res.writeHead(426).end());
    this.server.on('upgrade', (req, socket) => this.accept(String(req.headers['sec-websocket-key'] ?? ''), socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    return this;
  }

  get connected(): number {
    return this.sockets.size;
  }

  send(envelope: Envelope): void {
    for (const s of this.sockets) s.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
  }

  async ackFor(envelopeId: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const find = () => this.received.find((m) => m.envelope_id === envelopeId);
    const deadline = Date.now() + timeoutMs;
    while (!find()) {
      if (Date.now() > deadline) throw new Error(`no ack for ${envelopeId}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return find()!;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(key: string, socket: Duplex): void {
    const accept = createHash('sha1')
      .update(key + WS_GUID)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let parsed = readFrame(buffer); parsed; parsed = readFrame(buffer)) {
        buffer = buffer.subarray(parsed.length);
        this.onFrame(socket, parsed.opcode, parsed.payload);
      }
    });
    socket.write(
      frame(
        0x1,
        Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000HJERTE' } })),
      ),
    );
  }

  private onFrame(socket: Duplex, opcode: number, payload: Buffer): void {
    if (opcode === 0x9) socket.write(frame(0xa, payload));
    else if (opcode === 0x8) {
      socket.end(frame(0x8, payload.subarray(0, 2)));
      this.sockets.delete(socket);
    } else if (opcode === 0x1) {
      this.received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
      for (const w of this.waiters.splice(0)) w();
    }
  }
}

/** Server-to-client frames are never masked. */
function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Client-to-server frames are always masked. Returns undefined until a whole frame is buffered. */
function readFrame(buf: Buffer): { opcode: number; payload: Buffer; length: number } | undefined {
  if (buf.length < 2) return undefined;
  const opcode = buf[0]! & 0x0f;
  const masked = (buf[1]! & 0x80) !== 0;
  let len = buf[1]! & 0x7f;
  let offset = 2;
  if (len === 126) {
    if (buf.length < 4) return undefined;
    len = buf.readUInt16BE(2);
    offset = 4;
  } else if (len === 127) {
    if (buf.length < 10) return undefined;
    len = Number(buf.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (buf.length < offset + len) return undefined;
  const payload = Buffer.from(buf.subarray(offset, offset + len));
  if (masked) for (let i = 0; i < len; i++) payload[i] = payload[i]! ^ buf[maskOffset + (i % 4)]!;
  return { opcode, payload, length: offset + len };
}

export async function startSlackSocketFake(): Promise<SlackSocketFake> {
  return new SlackSocketFake().start();
}
