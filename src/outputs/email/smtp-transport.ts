// Sends one stored email over SMTP with nodemailer; used only by the outbox delivery job.
import nodemailer, { type Transporter } from 'nodemailer';

export type Mailer = {
  send(message: { from: string; to: string; subject: string; text: string; messageId: string }): Promise<void>;
  close(): void;
};

export function createSmtpMailer(smtpUrl: string): Mailer {
  const transporter: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({ ...message, messageId: message.messageId });
    },
    close: () => transporter.close(),
  };
}
