// A real SMTP server on 127.0.0.1 (random port) that records what it receives, or refuses every recipient.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedEmail = { from: string; to: string[]; raw: string; subject: string; messageId: string };

export type SmtpSink = {
  url: string;
  received: ReceivedEmail[];
  /** RCPT TO commands seen, accepted or refused: one per delivery attempt. */
  recipientAttempts: string[];
  close(): Promise<void>;
};

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  // Unfold continuation lines before looking for the header.
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
  return match?.[1]?.trim() ?? '';
}

/** Starts the server; `rejectRecipients` answers 550 to every RCPT TO, like a mailbox that does not exist. */
export async function startSmtpSink({ rejectRecipients = false }: { rejectRecipients?: boolean } = {}): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const recipientAttempts: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: a self-signed STARTTLS offer would only make nodemailer refuse the certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      recipientAttempts.push(address.address);
      if (rejectRecipients) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    recipientAttempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
