// Translatable text for boundaries, extras, concerns and the health card: keys with params, and their English and Spanish templates.
//
// Same pattern as vetting/reason.ts and reason-templates.ts: `{ key, params }` travels as data, presentation translates it.
// Placeholders are i18next's; `$t(health.unit.days, {"count": {{days}} })` nests a counted noun that agrees in number.
import { catalogOf, type Catalog, type ReasonTemplate, type TemplateLanguage } from '../vetting/reason-templates.ts';
import type { HealthReasonKind } from './health-reasons.ts';

/** Every sentence Sana can say about a relationship, with exactly the params its templates use. */
export type HealthTextParams = {
  'health.reminder.outsideHours': { count: number; days: number };
  'health.reminder.onBlockedDays': { count: number };
  'health.reminder.callsOverLimit': { count: number; limit: number };
  'health.reminder.wrongChannel': { count: number };

  'health.extras.recurringUnpaid': { description: string; hours: number };
  'health.extras.pilingUp': { count: number; days: number };

  'health.concern.raiseIt': { summary: string; days: number };
  'health.concern.feelsOff': { summary: string; days: number };
  'health.concern.checkInMessage': Record<string, never>;

  'health.communication.nothingDue': { days: number };
  'health.communication.unanswered': { count: number; total: number; days: number };
  'health.panic.requests': { count: number; days: number };
  'health.panic.trueEmergencies': { count: number };
  'health.panic.missedCommitments': { count: number };
  'health.integrity.incidents': { count: number; days: number; limit: number };
  'health.decline.noInvoiceData': Record<string, never>;
  'health.decline.latePayments': { count: number; total: number; days: number };
  /** `amount` in major units of `currency` (1320.5), formatted as money in the reader's language. */
  'health.decline.overdueBalance': { count: number; amount: number; currency: string; days: number };
  'health.decline.brokenPromises': { count: number; days: number };
  'health.decline.excuses': { count: number };
  'health.decline.budgetCuts': { count: number };
  'health.expectations.incidents': { count: number; days: number };
  'health.expectations.persisting': { count: number };

  'health.why.decisive': { reason: HealthReasonKind };
  'health.why.severalToAct': { count: number; limit: number };
  'health.why.toAct': { reason: HealthReasonKind };
  'health.why.severalToWatch': { count: number; limit: number };
  'health.why.toWatch': { reason: HealthReasonKind };
  'health.why.allClear': Record<string, never>;

  'health.agenda.opening': Record<string, never>;
  'health.agenda.thanks': { count: number };
  'health.agenda.communication': { count: number };
  'health.agenda.panic': { count: number };
  'health.agenda.panicHurtsOthers': { count: number; missed: number };
  'health.agenda.integrity': { count: number };
  'health.agenda.latePayments': { count: number };
  'health.agenda.budget': { count: number };
  'health.agenda.expectations': { count: number };
  'health.agenda.openConcern': { summary: string };
  'health.agenda.theirSide': Record<string, never>;
  'health.agenda.nextStep': Record<string, never>;
};

export type HealthTextKey = keyof HealthTextParams;

/** `{ key: 'health.reminder.outsideHours', params: { count: 3, days: 14 } }`: presentation translates it. */
export type HealthText = { [K in HealthTextKey]: { key: K; params: HealthTextParams[K] } }[HealthTextKey];

export function healthText<K extends HealthTextKey>(key: K, params: HealthTextParams[K]): HealthText {
  return { key, params } as HealthText;
}

const days = (n: string) => `$t(health.unit.days, {"count": {{${n}}} })`;

const sentences = {
  'health.reminder.outsideHours': {
    en: { one: `1 contact outside your office hours in the last ${days('days')}`, other: `{{count}} contacts outside your office hours in the last ${days('days')}` },
    es: { one: `1 contacto fuera de tu horario en los últimos ${days('days')}`, other: `{{count}} contactos fuera de tu horario en los últimos ${days('days')}` },
  },
  'health.reminder.onBlockedDays': {
    en: { one: '1 of them on a day you keep blocked', other: '{{count}} of them on days you keep blocked' },
    es: { one: 'Uno de ellos en un día que tienes bloqueado', other: '{{count}} de ellos en días que tienes bloqueados' },
  },
  'health.reminder.callsOverLimit': {
    en: { one: '1 call beyond your limit of {{limit}} a week', other: '{{count}} calls beyond your limit of {{limit}} a week' },
    es: { one: '1 llamada por encima de tu límite de {{limit}} por semana', other: '{{count}} llamadas por encima de tu límite de {{limit}} por semana' },
  },
  'health.reminder.wrongChannel': {
    en: { one: '1 contact on a channel you use least or do not offer', other: '{{count}} contacts on channels you use least or do not offer' },
    es: { one: '1 contacto por un canal que usas poco o que no ofreces', other: '{{count}} contactos por canales que usas poco o que no ofreces' },
  },

  'health.extras.recurringUnpaid': {
    en: '"{{description}}" comes back every time and is not paid ({{hours, number}} h each time): propose a contract amendment or a higher rate',
    es: '«{{description}}» se repite cada vez y no se paga ({{hours, number}} h cada vez): propón una modificación del contrato o una subida de tarifa',
  },
  'health.extras.pilingUp': {
    en: { one: `1 unpaid extra in the last ${days('days')}`, other: `{{count}} unpaid extras in the last ${days('days')}: at this pace, working for free becomes the expected thing` },
    es: { one: `1 extra sin cobrar en los últimos ${days('days')}`, other: `{{count}} extras sin cobrar en los últimos ${days('days')}: a este ritmo, trabajar gratis pasa a ser lo esperado` },
  },

  'health.concern.raiseIt': {
    en: `"{{summary}}" has been open for ${days('days')}: bring it up while it is still small`,
    es: `«{{summary}}» lleva abierto ${days('days')}: sácalo ahora, mientras aún es pequeño`,
  },
  'health.concern.feelsOff': {
    en: `Something has felt off for ${days('days')} ({{summary}}): a short, friendly check-in clears the air`,
    es: `Hace ${days('days')} que algo no te cuadra ({{summary}}): una pregunta breve y amable despeja el ambiente`,
  },
  'health.concern.checkInMessage': {
    en: 'Hi! Just checking in: how do you feel our work together is going? If there is anything you would like done differently, I would really like to hear it.',
    es: '¡Hola! Quería preguntarte qué tal ves nuestra colaboración. Si hay algo que prefieras que haga de otra manera, me gustaría mucho saberlo.',
  },

  'health.communication.nothingDue': {
    en: `No important message waited for an answer in the last ${days('days')}`,
    es: `Ningún mensaje importante ha esperado respuesta en los últimos ${days('days')}`,
  },
  'health.communication.unanswered': {
    en: {
      zero: `All {{total}} important messages of the last ${days('days')} were answered in time`,
      one: `1 of {{total}} important messages went unanswered past the reply window in the last ${days('days')}`,
      other: `{{count}} of {{total}} important messages went unanswered past the reply window in the last ${days('days')}`,
    },
    es: {
      zero: `Los {{total}} mensajes importantes de los últimos ${days('days')} recibieron respuesta a tiempo`,
      one: `1 de {{total}} mensajes importantes se quedó sin respuesta dentro del plazo en los últimos ${days('days')}`,
      other: `{{count}} de {{total}} mensajes importantes se quedaron sin respuesta dentro del plazo en los últimos ${days('days')}`,
    },
  },
  'health.panic.requests': {
    en: {
      zero: `No rush or emergency requests in the last ${days('days')}`,
      one: `1 rush or emergency request in the last ${days('days')}`,
      other: `{{count}} rush or emergency requests in the last ${days('days')}`,
    },
    es: {
      zero: `Ninguna petición urgente en los últimos ${days('days')}`,
      one: `1 petición urgente en los últimos ${days('days')}`,
      other: `{{count}} peticiones urgentes en los últimos ${days('days')}`,
    },
  },
  'health.panic.trueEmergencies': {
    en: { one: '1 of them was a true emergency', other: '{{count}} of them were true emergencies' },
    es: { one: 'Una de ellas era una emergencia de verdad', other: '{{count}} de ellas eran emergencias de verdad' },
  },
  'health.panic.missedCommitments': {
    en: { one: '1 commitment to another client slipped because of them', other: '{{count}} commitments to other clients slipped because of them' },
    es: { one: 'Por su culpa fallaste 1 compromiso con otro cliente', other: 'Por su culpa fallaste {{count}} compromisos con otros clientes' },
  },
  'health.integrity.incidents': {
    en: {
      zero: `No integrity incidents in the last ${days('days')}; your line is {{limit}}`,
      one: `1 integrity incident in the last ${days('days')}; your line is {{limit}}`,
      other: `{{count}} integrity incidents in the last ${days('days')}; your line is {{limit}}`,
    },
    es: {
      zero: `Ningún problema de integridad en los últimos ${days('days')}; tu límite es {{limit}}`,
      one: `1 problema de integridad en los últimos ${days('days')}; tu límite es {{limit}}`,
      other: `{{count}} problemas de integridad en los últimos ${days('days')}; tu límite es {{limit}}`,
    },
  },
  'health.decline.noInvoiceData': {
    en: 'No invoice data for this client: only excuses and budget cuts are counted',
    es: 'No hay datos de facturas de este cliente: solo cuentan las excusas y los recortes de presupuesto',
  },
  'health.decline.latePayments': {
    en: {
      zero: `None of the {{total}} invoices due in the last ${days('days')} was paid late`,
      one: `1 of {{total}} invoices due in the last ${days('days')} was paid late or is still unpaid`,
      other: `{{count}} of {{total}} invoices due in the last ${days('days')} were paid late or are still unpaid`,
    },
    es: {
      zero: `Ninguna de las {{total}} facturas que vencían en los últimos ${days('days')} se pagó tarde`,
      one: `1 de {{total}} facturas que vencían en los últimos ${days('days')} se pagó tarde o sigue sin pagar`,
      other: `{{count}} de {{total}} facturas que vencían en los últimos ${days('days')} se pagaron tarde o siguen sin pagar`,
    },
  },
  'health.decline.overdueBalance': {
    en: {
      one: `{{amount, currency}} still owed on 1 invoice past its due date, ${days('days')} overdue`,
      other: `{{amount, currency}} still owed on {{count}} invoices past their due date, the oldest ${days('days')} overdue`,
    },
    es: {
      one: `Queda por cobrar {{amount, currency}} de 1 factura vencida, con ${days('days')} de retraso`,
      other: `Queda por cobrar {{amount, currency}} de {{count}} facturas vencidas; la más antigua lleva ${days('days')} de retraso`,
    },
  },
  'health.decline.brokenPromises': {
    en: { one: `1 promise to pay broken in the last ${days('days')}`, other: `{{count}} promises to pay broken in the last ${days('days')}` },
    es: { one: `1 promesa de pago incumplida en los últimos ${days('days')}`, other: `{{count}} promesas de pago incumplidas en los últimos ${days('days')}` },
  },
  'health.decline.excuses': {
    en: { zero: 'No excuses logged', one: '1 excuse logged', other: '{{count}} excuses logged' },
    es: { zero: 'Ninguna excusa registrada', one: '1 excusa registrada', other: '{{count}} excusas registradas' },
  },
  'health.decline.budgetCuts': {
    en: { zero: 'No budget cuts', one: '1 budget cut', other: '{{count}} budget cuts' },
    es: { zero: 'Ningún recorte de presupuesto', one: '1 recorte de presupuesto', other: '{{count}} recortes de presupuesto' },
  },
  'health.expectations.incidents': {
    en: {
      zero: `No unrealistic expectations logged in the last ${days('days')}`,
      one: `1 unrealistic expectation in the last ${days('days')}`,
      other: `{{count}} unrealistic expectations in the last ${days('days')}`,
    },
    es: {
      zero: `Ninguna expectativa poco realista en los últimos ${days('days')}`,
      one: `1 expectativa poco realista en los últimos ${days('days')}`,
      other: `{{count}} expectativas poco realistas en los últimos ${days('days')}`,
    },
  },
  'health.expectations.persisting': {
    en: { one: 'It was already happening before (1 in the previous period): this kind of pattern tends to grow', other: 'It was already happening before ({{count}} in the previous period): this kind of pattern tends to grow' },
    es: { one: 'Ya pasaba antes (1 en el periodo anterior): este tipo de patrón suele ir a más', other: 'Ya pasaba antes ({{count}} en el periodo anterior): este tipo de patrón suele ir a más' },
  },

  'health.why.decisive': {
    en: '$t(health.reason.{{reason}}) calls for action, and that alone is reason enough for you to leave',
    es: '$t(health.reason.{{reason}}): pide actuar, y para ti eso basta por sí solo para irte',
  },
  'health.why.severalToAct': {
    en: { one: '1 reason calls for action; {{limit}} are enough to plan the exit', other: '{{count}} reasons call for action; {{limit}} are enough to plan the exit' },
    es: { one: '1 motivo pide actuar; con {{limit}} ya conviene planear la salida', other: '{{count}} motivos piden actuar; con {{limit}} ya conviene planear la salida' },
  },
  'health.why.toAct': {
    en: 'Calls for action: $t(health.reason.{{reason}})',
    es: 'Pide actuar: $t(health.reason.{{reason}})',
  },
  'health.why.severalToWatch': {
    en: { one: '1 reason to keep an eye on; {{limit}} are worth a conversation', other: '{{count}} reasons to keep an eye on; {{limit}} are worth a conversation' },
    es: { one: '1 motivo para vigilar; con {{limit}} merece la pena hablarlo', other: '{{count}} motivos para vigilar; con {{limit}} merece la pena hablarlo' },
  },
  'health.why.toWatch': {
    en: 'Worth watching: $t(health.reason.{{reason}})',
    es: 'Conviene vigilar: $t(health.reason.{{reason}})',
  },
  'health.why.allClear': {
    en: 'None of the five reasons to let a client go shows up',
    es: 'No aparece ninguno de los cinco motivos para dejar a un cliente',
  },

  'health.agenda.opening': {
    en: 'Start with what works well and why you value working together',
    es: 'Empieza por lo que funciona bien y por qué valoras trabajar juntos',
  },
  'health.agenda.thanks': {
    en: { one: 'Thank them for the goodwill they have shown', other: 'Thank them for the goodwill they have shown ({{count}} times)' },
    es: { one: 'Agradécele la buena voluntad que ha mostrado', other: 'Agradécele la buena voluntad que ha mostrado ({{count}} veces)' },
  },
  'health.agenda.communication': {
    en: { one: 'Important messages sometimes go unanswered (1 recently): agree how quickly each of you replies', other: 'Important messages go unanswered ({{count}} recently): agree how quickly each of you replies' },
    es: { one: 'A veces los mensajes importantes se quedan sin respuesta (1 hace poco): acordad en cuánto tiempo responde cada uno', other: 'Los mensajes importantes se quedan sin respuesta ({{count}} hace poco): acordad en cuánto tiempo responde cada uno' },
  },
  'health.agenda.panic': {
    en: { one: 'Rush requests (1 recently): ask what would let the work be planned ahead', other: 'Rush requests keep coming ({{count}} recently): ask what would let the work be planned ahead' },
    es: { one: 'Peticiones urgentes (1 hace poco): pregunta qué permitiría planificar el trabajo con antelación', other: 'Las peticiones urgentes no paran ({{count}} hace poco): pregunta qué permitiría planificar el trabajo con antelación' },
  },
  'health.agenda.panicHurtsOthers': {
    en: {
      one: 'Rush requests (1 recently) made you miss commitments to other clients ({{missed}}): explain the cost and agree how urgent work is planned',
      other: 'Rush requests ({{count}} recently) made you miss commitments to other clients ({{missed}}): explain the cost and agree how urgent work is planned',
    },
    es: {
      one: 'Las urgencias (1 hace poco) te hicieron fallar compromisos con otros clientes ({{missed}}): explica lo que cuesta y acordad cómo se planifica lo urgente',
      other: 'Las urgencias ({{count}} hace poco) te hicieron fallar compromisos con otros clientes ({{missed}}): explica lo que cuesta y acordad cómo se planifica lo urgente',
    },
  },
  'health.agenda.integrity': {
    en: { one: 'The incident that worried you: describe what you saw, calmly, and listen to their account', other: 'The {{count}} incidents that worried you: describe what you saw, calmly, and listen to their account' },
    es: { one: 'El incidente que te preocupó: describe con calma lo que viste y escucha su versión', other: 'Los {{count}} incidentes que te preocuparon: describe con calma lo que viste y escucha su versión' },
  },
  'health.agenda.latePayments': {
    en: { one: 'Payments: 1 invoice was late recently; ask whether the terms still work for them', other: 'Payments: {{count}} invoices were late recently; ask whether the terms still work for them' },
    es: { one: 'Pagos: 1 factura llegó tarde hace poco; pregunta si las condiciones siguen funcionando para su negocio', other: 'Pagos: {{count}} facturas llegaron tarde hace poco; pregunta si las condiciones siguen funcionando para su negocio' },
  },
  'health.agenda.budget': {
    en: { zero: 'Ask how their business is doing and what they expect for the coming months', one: 'Excuses or budget cuts (1 recently): ask how their business is doing and what they expect for the coming months', other: 'Excuses or budget cuts ({{count}} recently): ask how their business is doing and what they expect for the coming months' },
    es: { zero: 'Pregunta cómo va su negocio y qué prevé para los próximos meses', one: 'Excusas o recortes (1 hace poco): pregunta cómo va su negocio y qué prevé para los próximos meses', other: 'Excusas o recortes ({{count}} hace poco): pregunta cómo va su negocio y qué prevé para los próximos meses' },
  },
  'health.agenda.expectations': {
    en: { one: 'Expectations (1 recent case): go back to what the agreement says and what is realistic', other: 'Expectations ({{count}} recent cases): go back to what the agreement says and what is realistic' },
    es: { one: 'Expectativas (1 caso reciente): volved a lo que dice el acuerdo y a lo que es realista', other: 'Expectativas ({{count}} casos recientes): volved a lo que dice el acuerdo y a lo que es realista' },
  },
  'health.agenda.openConcern': {
    en: 'Something still open: "{{summary}}"',
    es: 'Algo que sigue pendiente: «{{summary}}»',
  },
  'health.agenda.theirSide': {
    en: 'Ask how the collaboration looks from their side, and listen before answering',
    es: 'Pregunta cómo ve la colaboración desde su lado y escucha antes de responder',
  },
  'health.agenda.nextStep': {
    en: 'Agree on one concrete change and a date to look at it together again',
    es: 'Acordad un cambio concreto y una fecha para revisarlo juntos',
  },
} satisfies Record<HealthTextKey, ReasonTemplate>;

/** Words the sentences nest, and labels the UI shows (reasons, statuses, trends, flags, kinds). */
const words = {
  'health.unit.days': { en: { one: '{{count}} day', other: '{{count}} days' }, es: { one: '{{count}} día', other: '{{count}} días' } },

  'health.reason.communication': { en: 'Inconsistent communication', es: 'Comunicación irregular' },
  'health.reason.panic': { en: 'Constant panic mode', es: 'Urgencias constantes' },
  'health.reason.integrity': { en: 'Lack of integrity', es: 'Falta de integridad' },
  'health.reason.decline': { en: 'Business going downhill', es: 'Negocio en declive' },
  'health.reason.expectations': { en: 'Unrealistic expectations', es: 'Expectativas poco realistas' },

  'health.status.ok': { en: 'OK', es: 'Bien' },
  'health.status.watch': { en: 'Watch', es: 'Vigilar' },
  'health.status.act': { en: 'Act', es: 'Actuar' },
  'health.trend.better': { en: 'Getting better', es: 'Mejorando' },
  'health.trend.same': { en: 'No change', es: 'Sin cambios' },
  'health.trend.worse': { en: 'Getting worse', es: 'Empeorando' },
  'health.recommendation.keep': { en: 'Keep', es: 'Seguir' },
  'health.recommendation.talk': { en: 'Talk it through', es: 'Hablarlo con calma' },
  'health.recommendation.plan_exit': { en: 'Plan the exit', es: 'Planear la salida' },

  'health.timing.inside_hours': { en: 'Inside office hours', es: 'Dentro del horario' },
  'health.timing.outside_hours': { en: 'Outside office hours', es: 'Fuera del horario' },
  'health.timing.day_off': { en: 'On a day off', es: 'En un día libre' },
  'health.timing.blocked_day': { en: 'On a blocked day', es: 'En un día bloqueado' },
  'health.flag.outside_hours': { en: 'Outside office hours', es: 'Fuera del horario' },
  'health.flag.day_off': { en: 'On a day off', es: 'En un día libre' },
  'health.flag.blocked_day': { en: 'On a blocked day', es: 'En un día bloqueado' },
  'health.flag.calls_over_limit': { en: 'Over the weekly call limit', es: 'Por encima del límite semanal de llamadas' },
  'health.flag.channel_ranked_last': { en: 'On your least preferred channel', es: 'Por tu canal menos preferido' },
  'health.flag.channel_not_offered': { en: 'On a channel you do not offer', es: 'Por un canal que no ofreces' },
  'health.reminder.title': { en: 'Time for a friendly reminder of how you agreed to work', es: 'Es buen momento para recordar, con amabilidad, cómo acordasteis trabajar' },
  'health.reminderTopic.office_hours': { en: 'Office hours', es: 'Horario' },
  'health.reminderTopic.call_limit': { en: 'Calls per week', es: 'Llamadas por semana' },
  'health.reminderTopic.channels': { en: 'Channels', es: 'Canales' },

  'health.extraClass.paid_extra': { en: 'Paid extra', es: 'Extra pagado' },
  'health.extraClass.favor': { en: 'Favor', es: 'Favor' },
  'health.extraClass.scope_creep': { en: 'Scope creep', es: 'Trabajo que se sale del acuerdo' },
  'health.goodwillKind.offered_to_pay_unasked': { en: 'Offered to pay without being asked', es: 'Se ofreció a pagar sin que se lo pidieras' },
  'health.goodwillKind.bonus': { en: 'A bonus', es: 'Una gratificación' },
  'health.goodwillKind.kindness': { en: 'Kindness when it mattered', es: 'Amabilidad cuando hacía falta' },
  'health.ledgerBalance.no_unpaid_extras': { en: 'No unpaid extras', es: 'Sin extras sin cobrar' },
  'health.ledgerBalance.reciprocated': { en: 'Favors met with goodwill', es: 'Favores correspondidos con buena voluntad' },
  'health.ledgerBalance.one_sided': { en: 'Favors with nothing in return so far', es: 'Favores sin nada a cambio por ahora' },
  'health.extrasSuggestion.propose_amendment_or_raise': { en: 'Propose a contract amendment or a rate rise', es: 'Propón una modificación del contrato o una subida de tarifa' },
  'health.extrasSuggestion.unpaid_extras_piling_up': { en: 'Unpaid extras are piling up', es: 'Se acumulan los extras sin cobrar' },
  'health.concernAction.raise_it': { en: 'Raise it', es: 'Plantéalo' },
  'health.concernAction.check_in': { en: 'Check in', es: 'Pregunta qué tal va' },

  'health.eventKind.message_received': { en: 'Message received', es: 'Mensaje recibido' },
  'health.eventKind.message_sent': { en: 'Message sent', es: 'Mensaje enviado' },
  'health.eventKind.call': { en: 'Call', es: 'Llamada' },
  'health.eventKind.meeting': { en: 'Meeting', es: 'Reunión' },
  'health.eventKind.rush_request': { en: 'Rush request', es: 'Petición urgente' },
  'health.eventKind.extra_request': { en: 'Extra request', es: 'Petición extra' },
  'health.eventKind.goodwill': { en: 'Goodwill', es: 'Buena voluntad' },
  'health.eventKind.concern': { en: 'Concern', es: 'Inquietud' },
  'health.eventKind.integrity_incident': { en: 'Integrity incident', es: 'Problema de integridad' },
  'health.eventKind.unrealistic_expectation': { en: 'Unrealistic expectation', es: 'Expectativa poco realista' },
  'health.eventKind.missed_commitment': { en: 'Commitment missed elsewhere', es: 'Compromiso fallado con otro cliente' },
  'health.eventKind.excuse': { en: 'Excuse', es: 'Excusa' },
  'health.eventKind.budget_cut': { en: 'Budget cut', es: 'Recorte de presupuesto' },
  'health.eventKind.testimonial': { en: 'Testimonial', es: 'Testimonio' },
  'health.expectationKind.no_room_for_mistakes': { en: 'No room for any mistake', es: 'Ningún margen para errores' },
  'health.expectationKind.angry_at_honest_estimate': { en: 'Anger at an honest estimate', es: 'Enfado ante una estimación honesta' },
  'health.expectationKind.far_outside_agreement': { en: 'Demands far outside the agreement', es: 'Exigencias muy fuera del acuerdo' },
  'health.expectationKind.other': { en: 'Other', es: 'Otra' },
} satisfies Record<string, ReasonTemplate>;

/** Every string of this file, flat and keyed exactly as `t()` is called. */
export const healthTemplates: Record<HealthTextKey, ReasonTemplate> & Record<string, ReasonTemplate> = { ...sentences, ...words };

/** One language as nested JSON under `health`, plural forms spelled the i18next way, ready to merge. */
export function healthCatalog(language: TemplateLanguage): Catalog {
  return catalogOf(healthTemplates, language);
}
