import nodemailer from 'nodemailer';
import type { SecondChannel } from '../../core/workflows/second-channel.js';

/**
 * Urgent ladder steps by e-mail through SMTP_URL (smtp:// or smtps://, credentials in the URL).
 * Plain text, metadata only: the case id, its kind, whom to call back, where to answer.
 */
export function smtpChannel(opts: { url: string; from: string }): SecondChannel & { close(): void } {
  const transport = nodemailer.createTransport({
    url: opts.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 15_000,
  });
  return {
    async notify(to, message) {
      if (!to.email) throw new Error('no e-mail address');
      await transport.sendMail({
        from: opts.from,
        to: to.email,
        subject: message.subject,
        text: `${message.lines.join('\n')}\n`,
      });
    },
    close: () => transport.close(),
  };
}
