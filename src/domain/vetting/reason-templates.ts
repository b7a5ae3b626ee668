// English and Spanish sentences for every vetting reason, keyed like the i18n catalogs so they merge into en.json and es.json.
//
// Placeholders are i18next's: `{{param}}`, `{{amount, currency}}` (reads `currency` from the same params),
// `$t(vetting.channel.{{channel}})` to nest a translated word, and `$t(vetting.unit.calls, {"count": {{n}} })`
// for a counted noun that agrees in number ("1 call", "3 calls"; "1 llamada", "3 llamadas").
import type { ReasonKey } from './reason.ts';

export const templateLanguages = ['en', 'es'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];

/** A plain sentence, or plural forms chosen by the `count` param (`zero` is optional and only used for 0). */
export type TemplateText = string | { zero?: string; one: string; other: string };
export type ReasonTemplate = Record<TemplateLanguage, TemplateText>;

const calls = (n: string) => `$t(vetting.unit.calls, {"count": {{${n}}} })`;
const trips = (n: string) => `$t(vetting.unit.trips, {"count": {{${n}}} })`;
const hours = (n: string) => `$t(vetting.unit.hours, {"count": {{${n}}} })`;
const months = (n: string) => `$t(vetting.unit.months, {"count": {{${n}}} })`;
const window = (amount: string, unit: string) => `$t(vetting.unit.{{${unit}}}, {"count": {{${amount}}} })`;

/** The sentences reasons point at. */
const reasons = {
  'vetting.reason.notAnswered': {
    en: 'Not answered yet: $t(vetting.dimension.{{dimension}})',
    es: 'Aún sin respuesta: $t(vetting.dimension.{{dimension}})',
  },

  'vetting.reason.callsOverLimit': {
    en: `Expects ${calls('expected')} a week; your limit is {{limit}}`,
    es: `Espera ${calls('expected')} a la semana; tu límite es {{limit}}`,
  },
  'vetting.reason.callsWithinLimit': {
    en: `Expects ${calls('expected')} a week, within your limit of {{limit}}`,
    es: `Espera ${calls('expected')} a la semana, dentro de tu límite de {{limit}}`,
  },
  'vetting.reason.channelNotOffered': {
    en: "Prefers $t(vetting.channel.{{channel}}); you don't offer that channel",
    es: 'Prefiere $t(vetting.channel.{{channel}}); no ofreces ese canal',
  },
  'vetting.reason.channelOffered': {
    en: 'Prefers $t(vetting.channel.{{channel}}), which you offer',
    es: 'Prefiere $t(vetting.channel.{{channel}}), que tú ofreces',
  },
  'vetting.reason.replySlowerThanExpected': {
    en: `Expects a reply within ${window('expectedAmount', 'expectedUnit')}; you promise one within ${window('promisedAmount', 'promisedUnit')}`,
    es: `Espera respuesta en un plazo de ${window('expectedAmount', 'expectedUnit')}; tú prometes responder en ${window('promisedAmount', 'promisedUnit')}`,
  },
  'vetting.reason.replyWithinExpected': {
    en: `Expects a reply within ${window('expectedAmount', 'expectedUnit')}; your promise of ${window('promisedAmount', 'promisedUnit')} meets it`,
    es: `Espera respuesta en un plazo de ${window('expectedAmount', 'expectedUnit')}; tu compromiso de responder en ${window('promisedAmount', 'promisedUnit')} lo cumple`,
  },
  'vetting.reason.repliesAfterHoursExpected': {
    en: 'Expects replies outside office hours; you answer only within yours',
    es: 'Espera respuestas fuera del horario laboral; tú solo respondes dentro del tuyo',
  },
  'vetting.reason.repliesInOfficeHours': {
    en: 'Is happy with replies during your office hours',
    es: 'Le basta con respuestas dentro de tu horario',
  },

  'vetting.reason.weekendWorkExpected': {
    en: 'Expects work at weekends; you keep weekends off',
    es: 'Espera que trabajes los fines de semana; tú los reservas para descansar',
  },
  'vetting.reason.weekendWorkAccepted': {
    en: 'Expects work at weekends; you do work weekends',
    es: 'Espera que trabajes los fines de semana; tú sí trabajas en fin de semana',
  },
  'vetting.reason.weekendsOffBoth': {
    en: 'Does not expect work at weekends',
    es: 'No espera que trabajes los fines de semana',
  },
  'vetting.reason.holidayWorkExpected': {
    en: 'Expects work on public holidays; you take them off',
    es: 'Espera que trabajes los festivos; tú no trabajas en festivos',
  },
  'vetting.reason.holidayWorkAccepted': {
    en: 'Expects work on public holidays; you do work on them',
    es: 'Espera que trabajes los festivos; tú sí trabajas en festivos',
  },
  'vetting.reason.holidaysOffBoth': {
    en: 'Does not expect work on public holidays',
    es: 'No espera que trabajes los festivos',
  },
  'vetting.reason.blockedWeekdayExpected': {
    en: 'Expects you on $t(vetting.weekdays.{{weekday}}), a day you block for {{value}}',
    es: 'Espera contar contigo $t(vetting.weekdays.{{weekday}}), un día que bloqueas por {{value}}',
  },
  'vetting.reason.blockedWeekdayToMention': {
    en: 'Works on $t(vetting.weekdays.{{weekday}}), a day you block for {{value}}: say so from the start',
    es: 'Trabaja $t(vetting.weekdays.{{weekday}}), un día que bloqueas por {{value}}: avísale desde el principio',
  },
  'vetting.reason.keyDateBlocked': {
    en: 'Needs you on $t(vetting.month.{{month}}) {{day}}, a day you block for {{value}}',
    es: 'Te necesita el {{day}} de $t(vetting.month.{{month}}), un día que bloqueas por {{value}}',
  },
  'vetting.reason.blockedDaysClear': {
    en: 'Asks for nothing on your blocked days',
    es: 'No pide nada en tus días bloqueados',
  },
  'vetting.reason.noBlockedDays': {
    en: 'You have no blocked days to protect',
    es: 'No tienes días bloqueados que proteger',
  },
  'vetting.reason.tripsOverLimit': {
    en: `Wants ${trips('expected')} a year; your limit is {{limit}}`,
    es: `Quiere ${trips('expected')} al año; tu límite es {{limit}}`,
  },
  'vetting.reason.tripsWithinLimit': {
    en: `Wants ${trips('expected')} a year, within your limit of {{limit}}`,
    es: `Quiere ${trips('expected')} al año, dentro de tu límite de {{limit}}`,
  },
  'vetting.reason.noTravelNeeded': {
    en: 'Needs no travel',
    es: 'No necesita que viajes',
  },

  'vetting.reason.budgetBelowFloor': {
    en: 'Offers {{offered, currency}} $t(vetting.pricingUnit.{{model}}); your floor is {{floor, currency}}',
    es: 'Ofrece {{offered, currency}} $t(vetting.pricingUnit.{{model}}); tu mínimo es {{floor, currency}}',
  },
  'vetting.reason.budgetMeetsFloor': {
    en: 'Offers {{offered, currency}} $t(vetting.pricingUnit.{{model}}), at or above your floor of {{floor, currency}}',
    es: 'Ofrece {{offered, currency}} $t(vetting.pricingUnit.{{model}}), igual o por encima de tu mínimo de {{floor, currency}}',
  },
  'vetting.reason.budgetOtherCurrency': {
    en: 'The budget is in {{theirCurrency}}; convert it to {{yourCurrency}} to compare it with your floor',
    es: 'El presupuesto está en {{theirCurrency}}; conviértelo a {{yourCurrency}} para compararlo con tu mínimo',
  },
  'vetting.reason.budgetNoFloor': {
    en: 'You have not set a floor for prices $t(vetting.pricingUnit.{{model}})',
    es: 'No has fijado un mínimo para precios $t(vetting.pricingUnit.{{model}})',
  },
  'vetting.reason.pricingModelPreferred': {
    en: 'Proposes $t(vetting.pricingModel.{{model}}), one of your preferred models',
    es: 'Propone $t(vetting.pricingModel.{{model}}), uno de tus modelos preferidos',
  },
  'vetting.reason.pricingModelNotPreferred': {
    en: 'Proposes $t(vetting.pricingModel.{{model}}), which is not one of your preferred models',
    es: 'Propone $t(vetting.pricingModel.{{model}}), que no está entre tus modelos preferidos',
  },
  'vetting.reason.pricingHourlyAllowed': {
    en: 'Proposes an hourly rate: you allow it, but it ties your income to the hours you put in',
    es: 'Propone una tarifa por horas: la aceptas, pero ata tus ingresos a las horas que dedicas',
  },

  'vetting.reason.overlapBelowThreshold': {
    en: `Your hours and theirs overlap by as little as ${hours('minimumHours')} a week; you want at least {{thresholdHours, number}}`,
    es: `Tu horario y el suyo coinciden como mínimo ${hours('minimumHours')} a la semana; quieres al menos {{thresholdHours, number}}`,
  },
  'vetting.reason.overlapEnough': {
    en: `Your hours and theirs overlap by at least ${hours('minimumHours')} a week, meeting your minimum of {{thresholdHours, number}}`,
    es: `Tu horario y el suyo coinciden al menos ${hours('minimumHours')} a la semana, lo que cumple tu mínimo de {{thresholdHours, number}}`,
  },

  'vetting.reason.rushMoreThanAccepted': {
    en: 'Needs rush work $t(vetting.rush.{{needed}}); you take it $t(vetting.rush.{{acceptedAtMost}}) at most',
    es: 'Necesita trabajos urgentes $t(vetting.rush.{{needed}}); tú los aceptas como mucho $t(vetting.rush.{{acceptedAtMost}})',
  },
  'vetting.reason.rushNotTaken': {
    en: "Needs rush work $t(vetting.rush.{{needed}}); you don't take rush work",
    es: 'Necesita trabajos urgentes $t(vetting.rush.{{needed}}); tú no aceptas trabajos urgentes',
  },
  'vetting.reason.rushWithinAccepted': {
    en: 'Needs rush work $t(vetting.rush.{{needed}}), within what you accept ($t(vetting.rush.{{acceptedAtMost}}) at most)',
    es: 'Necesita trabajos urgentes $t(vetting.rush.{{needed}}), dentro de lo que aceptas (como mucho $t(vetting.rush.{{acceptedAtMost}}))',
  },
  'vetting.reason.rushNeverNeeded': {
    en: 'Never needs rush work',
    es: 'Nunca necesita trabajos urgentes',
  },

  'vetting.reason.workKindAvoided': {
    en: 'Needs {{kind}}, a kind of work you avoid',
    es: 'Necesita {{kind}}, un tipo de trabajo que evitas',
  },
  'vetting.reason.workKindWanted': {
    en: 'Needs {{kind}}, a kind of work you want',
    es: 'Necesita {{kind}}, un tipo de trabajo que quieres hacer',
  },
  'vetting.reason.workKindNotListed': {
    en: 'Needs {{kind}}, a kind of work on none of your lists',
    es: 'Necesita {{kind}}, un tipo de trabajo que no está en ninguna de tus listas',
  },
  'vetting.reason.industryNotWanted': {
    en: 'Works in {{industry}}, not one of your chosen industries',
    es: 'Trabaja en {{industry}}, que no está entre tus sectores elegidos',
  },
  'vetting.reason.industryWanted': {
    en: 'Works in {{industry}}, one of your chosen industries',
    es: 'Trabaja en {{industry}}, uno de tus sectores elegidos',
  },
  'vetting.reason.industryAnyWelcome': {
    en: 'Works in {{industry}}; you welcome any industry',
    es: 'Trabaja en {{industry}}; aceptas cualquier sector',
  },
  'vetting.reason.skillDontWant': {
    en: "Needs {{skill}}, which you don't want to do",
    es: 'Necesita {{skill}}, algo que no quieres hacer',
  },
  'vetting.reason.skillWillingToLearn': {
    en: 'Needs {{skill}}, which you are willing to learn',
    es: 'Necesita {{skill}}, algo que te gustaría aprender',
  },
  'vetting.reason.skillStrength': {
    en: 'Needs {{skill}}, one of your strengths',
    es: 'Necesita {{skill}}, uno de tus puntos fuertes',
  },
  'vetting.reason.skillNotListed': {
    en: 'Needs {{skill}}, which is on none of your skill lists',
    es: 'Necesita {{skill}}, que no está en ninguna de tus listas de habilidades',
  },
  'vetting.reason.redFlagSeen': {
    en: 'Red flag noticed: $t(vetting.redFlag.{{flag}})',
    es: 'Señal de alerta detectada: $t(vetting.redFlag.{{flag}})',
  },
  'vetting.reason.ownRedFlagSeen': {
    en: 'Red flag noticed: {{flag}}',
    es: 'Señal de alerta detectada: {{flag}}',
  },
  'vetting.reason.noRedFlagsSeen': {
    en: 'No red flags noticed',
    es: 'Ninguna señal de alerta detectada',
  },

  'vetting.advice.discloseAndDecline': {
    en: "Say up front that you don't do {{skill}}, and decline that part",
    es: 'Di desde el principio que no haces {{skill}} y rechaza esa parte',
  },
  'vetting.advice.discloseAndLearn': {
    en: 'Say up front that you are still learning {{skill}}: a chance to learn',
    es: 'Di desde el principio que aún estás aprendiendo {{skill}}: una oportunidad para aprender',
  },
  'vetting.advice.offerFixedPrice': {
    en: 'Propose $t(vetting.pricingModel.{{model}}) instead, so you are paid for results rather than hours',
    es: 'Propón $t(vetting.pricingModel.{{model}}) en su lugar, para cobrar por resultados y no por horas',
  },

  'vetting.why.conflicts': {
    en: { one: 'Touches one of your non-negotiables', other: 'Touches {{count}} of your non-negotiables' },
    es: { one: 'Choca con uno de tus innegociables', other: 'Choca con {{count}} de tus innegociables' },
  },
  'vetting.why.tooManyNegotiables': {
    en: {
      one: 'It would take 1 compromise, more than the {{limit}} you would try even as a trial',
      other: 'It would take {{count}} compromises, more than the {{limit}} you would try even as a trial',
    },
    es: {
      one: 'Habría que ceder en 1 cosa, más de las {{limit}} que aceptarías incluso a prueba',
      other: 'Habría que ceder en {{count}} cosas, más de las {{limit}} que aceptarías incluso a prueba',
    },
  },
  'vetting.why.severalNegotiables': {
    en: {
      one: 'It would take 1 compromise, more than the {{limit}} a good fit allows: start small',
      other: 'It would take {{count}} compromises, more than the {{limit}} a good fit allows: start small',
    },
    es: {
      one: 'Habría que ceder en 1 cosa, más de las {{limit}} que admite un buen encaje: empieza con algo pequeño',
      other: 'Habría que ceder en {{count}} cosas, más de las {{limit}} que admite un buen encaje: empieza con algo pequeño',
    },
  },
  'vetting.why.fewNegotiables': {
    en: { zero: 'Everything fits: no compromise needed', one: 'Only 1 compromise needed', other: 'Only {{count}} compromises needed' },
    es: { zero: 'Todo encaja: no hace falta ceder en nada', one: 'Solo habría que ceder en 1 cosa', other: 'Solo habría que ceder en {{count}} cosas' },
  },
  'vetting.why.uneasyGut': {
    en: 'Your gut is uneasy: count it as one more thing to talk through, and take a small trial project at most, never a large engagement',
    es: 'Tu instinto no está tranquilo: cuéntalo como un tema más que hablar y acepta como mucho un pequeño proyecto de prueba, nunca un encargo grande',
  },
  'vetting.why.unsureGut': {
    en: 'Your gut is unsure: count it as one more thing to talk through',
    es: 'Tu instinto duda: cuéntalo como un tema más que hablar',
  },
  'vetting.why.unanswered': {
    en: { one: '1 question is still unanswered: ask it before you decide', other: '{{count}} questions are still unanswered: ask them before you decide' },
    es: { one: 'Queda 1 pregunta sin respuesta: hazla antes de decidir', other: 'Quedan {{count}} preguntas sin respuesta: hazlas antes de decidir' },
  },

  'vetting.desperation.unknown': {
    en: 'Add your expenses and emergency funds to see how long you could manage without new work',
    es: 'Añade tus gastos y tus fondos de emergencia para ver cuánto tiempo aguantarías sin trabajo nuevo',
  },
  'vetting.desperation.shortRunway': {
    en: `Your funds cover about ${months('months')} of shortfall, less than the ${months('threshold')} you want as a cushion. A poor fit taken on out of worry uses up the time the right clients will need`,
    es: `Tus fondos cubren aproximadamente ${months('months')} de déficit, menos de los ${months('threshold')} que quieres de colchón. Un cliente que no encaja, aceptado por miedo, se come el tiempo que necesitarán los clientes adecuados`,
  },
  'vetting.desperation.comfortable': {
    en: `Your funds cover about ${months('months')} of shortfall: you can decide calmly`,
    es: `Tus fondos cubren aproximadamente ${months('months')} de déficit: puedes decidir con calma`,
  },
  'vetting.desperation.noShortfall': {
    en: 'Your income covers your expenses: you can decide calmly',
    es: 'Tus ingresos cubren tus gastos: puedes decidir con calma',
  },
} satisfies Record<ReasonKey, ReasonTemplate>;

/** Words the sentences nest, and labels the UI shows next to them (statuses, dimensions, recommendations, gut feelings). */
const words = {
  'vetting.unit.calls': { en: { one: '{{count}} call', other: '{{count}} calls' }, es: { one: '{{count}} llamada', other: '{{count}} llamadas' } },
  'vetting.unit.trips': { en: { one: '{{count}} trip', other: '{{count}} trips' }, es: { one: '{{count}} viaje', other: '{{count}} viajes' } },
  'vetting.unit.hours': { en: { one: '{{count, number}} hour', other: '{{count, number}} hours' }, es: { one: '{{count, number}} hora', other: '{{count, number}} horas' } },
  'vetting.unit.working_days': {
    en: { one: '{{count}} working day', other: '{{count}} working days' },
    es: { one: '{{count}} día laborable', other: '{{count}} días laborables' },
  },
  'vetting.unit.months': { en: { one: '{{count, number}} month', other: '{{count, number}} months' }, es: { one: '{{count, number}} mes', other: '{{count, number}} meses' } },

  'vetting.channel.email': { en: 'email', es: 'el correo electrónico' },
  'vetting.channel.chat': { en: 'chat or text messages', es: 'el chat o los mensajes' },
  'vetting.channel.phone': { en: 'phone calls', es: 'las llamadas de teléfono' },
  'vetting.channel.video': { en: 'video calls', es: 'las videollamadas' },
  'vetting.channel.in_person': { en: 'meeting in person', es: 'las reuniones en persona' },

  'vetting.weekdays.monday': { en: 'Mondays', es: 'los lunes' },
  'vetting.weekdays.tuesday': { en: 'Tuesdays', es: 'los martes' },
  'vetting.weekdays.wednesday': { en: 'Wednesdays', es: 'los miércoles' },
  'vetting.weekdays.thursday': { en: 'Thursdays', es: 'los jueves' },
  'vetting.weekdays.friday': { en: 'Fridays', es: 'los viernes' },
  'vetting.weekdays.saturday': { en: 'Saturdays', es: 'los sábados' },
  'vetting.weekdays.sunday': { en: 'Sundays', es: 'los domingos' },

  'vetting.month.1': { en: 'January', es: 'enero' },
  'vetting.month.2': { en: 'February', es: 'febrero' },
  'vetting.month.3': { en: 'March', es: 'marzo' },
  'vetting.month.4': { en: 'April', es: 'abril' },
  'vetting.month.5': { en: 'May', es: 'mayo' },
  'vetting.month.6': { en: 'June', es: 'junio' },
  'vetting.month.7': { en: 'July', es: 'julio' },
  'vetting.month.8': { en: 'August', es: 'agosto' },
  'vetting.month.9': { en: 'September', es: 'septiembre' },
  'vetting.month.10': { en: 'October', es: 'octubre' },
  'vetting.month.11': { en: 'November', es: 'noviembre' },
  'vetting.month.12': { en: 'December', es: 'diciembre' },

  'vetting.pricingModel.project': { en: 'a project price', es: 'un precio por proyecto' },
  'vetting.pricingModel.day': { en: 'a day rate', es: 'una tarifa por día' },
  'vetting.pricingModel.week': { en: 'a weekly rate', es: 'una tarifa semanal' },
  'vetting.pricingModel.month': { en: 'a monthly rate', es: 'una tarifa mensual' },
  'vetting.pricingModel.retainer': { en: 'a retainer', es: 'una cuota mensual fija (retainer)' },
  'vetting.pricingModel.hourly': { en: 'an hourly rate', es: 'una tarifa por horas' },
  'vetting.pricingUnit.project': { en: 'per project', es: 'por proyecto' },
  'vetting.pricingUnit.day': { en: 'per day', es: 'por día' },
  'vetting.pricingUnit.week': { en: 'per week', es: 'por semana' },
  'vetting.pricingUnit.month': { en: 'per month', es: 'al mes' },
  'vetting.pricingUnit.retainer': { en: 'a month on retainer', es: 'al mes como cuota fija' },
  'vetting.pricingUnit.hourly': { en: 'per hour', es: 'por hora' },

  'vetting.rush.never': { en: 'never', es: 'nunca' },
  'vetting.rush.rarely': { en: 'rarely', es: 'rara vez' },
  'vetting.rush.monthly': { en: 'about once a month', es: 'más o menos una vez al mes' },
  'vetting.rush.weekly': { en: 'about once a week', es: 'más o menos una vez por semana' },
  'vetting.rush.constantly': { en: 'all the time', es: 'todo el tiempo' },

  'vetting.redFlag.haggles_over_price': { en: 'haggles over the price', es: 'regatea el precio' },
  'vetting.redFlag.vague_scope': { en: 'cannot say what they need', es: 'no sabe concretar lo que necesita' },
  'vetting.redFlag.everything_is_urgent': { en: 'treats everything as urgent', es: 'todo le corre prisa' },
  'vetting.redFlag.ignores_boundaries': { en: 'ignores the limits you set', es: 'ignora los límites que pones' },
  'vetting.redFlag.blames_past_freelancers': { en: 'blames every freelancer they had before', es: 'culpa a todos los freelancers que tuvo antes' },
  'vetting.redFlag.slow_to_reply': { en: 'takes ages to reply', es: 'tarda muchísimo en responder' },
  'vetting.redFlag.asks_for_free_samples': { en: 'wants unpaid work to "try you out"', es: 'pide trabajo gratis para «probarte»' },
  'vetting.redFlag.unclear_about_payment': { en: 'is vague about how and when they pay', es: 'no aclara cómo ni cuándo paga' },

  'vetting.dimension.calls': { en: 'calls and meetings', es: 'llamadas y reuniones' },
  'vetting.dimension.channels': { en: 'channels', es: 'canales' },
  'vetting.dimension.reply_window': { en: 'reply time', es: 'tiempo de respuesta' },
  'vetting.dimension.after_hours': { en: 'replies outside office hours', es: 'respuestas fuera del horario' },
  'vetting.dimension.weekends': { en: 'weekends', es: 'fines de semana' },
  'vetting.dimension.holidays': { en: 'public holidays', es: 'festivos' },
  'vetting.dimension.blocked_days': { en: 'blocked days', es: 'días bloqueados' },
  'vetting.dimension.travel': { en: 'travel', es: 'viajes' },
  'vetting.dimension.budget': { en: 'budget', es: 'presupuesto' },
  'vetting.dimension.pricing_model': { en: 'pricing model', es: 'modelo de precio' },
  'vetting.dimension.time_zone': { en: 'time zone and working hours', es: 'zona horaria y horario' },
  'vetting.dimension.rush': { en: 'rush work', es: 'trabajos urgentes' },
  'vetting.dimension.work_kinds': { en: 'kinds of work', es: 'tipos de trabajo' },
  'vetting.dimension.industry': { en: 'industry', es: 'sector' },
  'vetting.dimension.skills': { en: 'skills', es: 'habilidades' },
  'vetting.dimension.red_flags': { en: 'red flags', es: 'señales de alerta' },

  'vetting.status.fits': { en: 'Fits', es: 'Encaja' },
  'vetting.status.negotiable': { en: 'Negotiable', es: 'Negociable' },
  'vetting.status.conflict': { en: 'Conflict', es: 'Conflicto' },
  'vetting.status.unknown': { en: 'Not answered', es: 'Sin respuesta' },
  'vetting.recommendation.good_fit': { en: 'Good fit', es: 'Encaja bien' },
  'vetting.recommendation.trial_first': { en: 'Start with a small trial project', es: 'Empieza con un pequeño proyecto de prueba' },
  'vetting.recommendation.walk_away': { en: 'Walk away', es: 'Mejor no seguir' },
  'vetting.gut.at_ease': { en: 'At ease', es: 'Con tranquilidad' },
  'vetting.gut.unsure': { en: 'Unsure', es: 'Con dudas' },
  'vetting.gut.uneasy': { en: 'Uneasy', es: 'Con inquietud' },
} satisfies Record<string, ReasonTemplate>;

/** Every vetting string, flat and keyed exactly as `t()` is called. */
export const reasonTemplates: Record<ReasonKey, ReasonTemplate> & Record<string, ReasonTemplate> = { ...reasons, ...words };

export type Catalog = { [key: string]: string | Catalog };

function setPath(catalog: Catalog, path: string, text: string): void {
  const parts = path.split('.');
  let node = catalog;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    if (typeof child === 'object') node = child;
    else node = node[part] = {};
  }
  node[parts[parts.length - 1] as string] = text;
}

/** Any set of templates of one language as nested JSON, plural forms spelled the i18next way (`key_zero`, `key_one`, `key_many`, `key_other`), ready to merge. */
export function catalogOf(templates: Record<string, ReasonTemplate>, language: TemplateLanguage): Catalog {
  const catalog: Catalog = {};
  for (const [key, template] of Object.entries(templates)) {
    const text = template[language];
    if (typeof text === 'string') {
      setPath(catalog, key, text);
      continue;
    }
    if (text.zero !== undefined) setPath(catalog, `${key}_zero`, text.zero);
    setPath(catalog, `${key}_one`, text.one);
    // Spanish (and Intl generally) also has a "many" category, for numbers like 1 000 000; it reads like "other".
    setPath(catalog, `${key}_many`, text.other);
    setPath(catalog, `${key}_other`, text.other);
  }
  return catalog;
}

/** The reason templates of one language as nested JSON. */
export function reasonCatalog(language: TemplateLanguage): Catalog {
  return catalogOf(reasonTemplates, language);
}
