import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives (authentication accepted for user "bot"). */
export async function startSmtpLoopback(): Promise<{
  url: string;
  mails: ReceivedMail[];
  until(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onAuth: (auth, _session, cb) => (auth.username === 'bot' ? cb(null, { user: 'bot' }) : cb(new Error('bad user'))),
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        for (const w of waiters.filter((x) => mails.length >= x.n)) w.resolve();
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://bot:secret@127.0.0.1:${port}`,
    mails,
    until: (n, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (mails.length >= n) return resolve();
        const timer = setTimeout(() => reject(new Error(`only ${mails.length} of ${n} mails`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
