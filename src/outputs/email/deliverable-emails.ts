// The emails about deliverables, in the client's language: final work waiting for payment ("complete, delivered on
// payment") and files released ("your files are ready"). Both link to the client's portal.
import { translatorFor } from '../../i18n/server.ts';
import type { Language } from '../../schemas/common.ts';
import { formatMoney } from '../pdf/invoice-format.ts';

export type DraftedEmail = { subject: string; bodyText: string };

type Common = { language: Language; name: string; freelancer: string; workspace: string; contractTitle: string; portalUrl: string };

function listFormat(items: string[], language: Language): string {
  return new Intl.ListFormat(language === 'es' ? 'es-ES' : 'en-GB', { type: 'conjunction' }).format(items);
}

function compose(language: Language, paragraphs: string[], workspace: string): string {
  return [...paragraphs, translatorFor(language)('email.footer', { workspace })].join('\n\n');
}

/** To the client, when final work is added while money is owed: it is done, and it is released the moment the balance is paid. */
export function deliveredOnPaymentEmail(
  input: Common & { due: { number: string; balance: number; currency: string }[] },
): DraftedEmail {
  const t = translatorFor(input.language);
  const d = (key: string, vars: Record<string, unknown> = {}) => t(`email.deliverables.held.${key}`, { ...input, ...vars });
  const total = input.due.reduce((sum, invoice) => sum + invoice.balance, 0);
  const currencies = new Set(input.due.map((invoice) => invoice.currency));
  const numbers = listFormat(input.due.map((invoice) => invoice.number), input.language);
  const due =
    input.due.length === 0
      ? d('awaitingInvoice')
      : currencies.size === 1
        ? d('due', { count: input.due.length, amount: formatMoney(total, input.due[0]!.currency, input.language), numbers })
        : d('dueSeveral', { numbers });
  return {
    subject: d('subject'),
    bodyText: compose(input.language, [d('greeting'), d('complete'), due, d('portal'), d('closing')], input.workspace),
  };
}

/** To the client, when final work is released (paid, or released by the freelancer): where to download it. */
export function filesReadyEmail(input: Common & { titles: string[] }): DraftedEmail {
  const t = translatorFor(input.language);
  const d = (key: string, vars: Record<string, unknown> = {}) => t(`email.deliverables.ready.${key}`, { ...input, ...vars });
  const list = input.titles.map((title) => `• ${title}`).join('\n');
  return {
    subject: d('subject'),
    bodyText: compose(input.language, [d('greeting'), `${d('intro', { count: input.titles.length })}\n${list}`, d('portal'), d('closing')], input.workspace),
  };
}
