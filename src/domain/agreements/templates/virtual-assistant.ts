// Starter agreement for a virtual assistant: a block of hours each month for inbox, calendar and admin work.
import { starter } from './starter.ts';

export const virtualAssistantTemplates = [
  starter('virtual_assistant', 'en', 'Virtual assistant: monthly hours', 'A retainer for a set number of hours a month of inbox, calendar and admin support.', {
    title: 'Monthly virtual assistance',
    what: {
      deliverables: [
        { id: 'hours', title: 'Assistance hours', description: 'Inbox triage, calendar management, travel bookings and document preparation.', quantity: 20, cadence: 'monthly', lengthRange: null, format: 'Hours logged in a shared tracker', amount: null },
        { id: 'report', title: 'Weekly summary', description: 'What was done, what is waiting on the client, what comes next.', quantity: 1, cadence: 'weekly', lengthRange: { min: 1, max: 1, unit: 'pages' }, format: 'Email', amount: null },
      ],
      outOfScope: ['Bookkeeping and tax filings', 'Customer support shifts or phone cover', 'Work outside the agreed office hours', 'Hours beyond the monthly block (billed at the out-of-scope rate)'],
    },
    when: {
      milestones: [
        { id: 'onboarding', title: 'Onboarding call and access checklist', owner: 'freelancer', due: { kind: 'after_start', days: 2 } },
        { id: 'first-report', title: 'First weekly summary', owner: 'freelancer', due: { kind: 'after_input', inputId: 'access', days: 7 } },
      ],
      clientInputs: [{ id: 'access', title: 'Access to the inbox, calendar and password manager', expected: { kind: 'after_start', days: 3 } }],
      officeHours: 'Monday to Thursday, 9:00 to 15:00 in my time zone.',
    },
    how: {
      revisionsIncluded: 0,
      fileFormats: ['Google Workspace', 'PDF'],
      researchDepth: 'light',
      tools: ['Google Workspace', 'a shared password manager', 'a shared task board'],
      subcontracting: { isAllowed: false, leadTimeDays: 0, note: '' },
      assetSources: 'The client gives access through a password manager; no passwords by email or chat.',
      notes: 'Urgent requests go by phone message; everything else through the task board.',
    },
    cost: { pricingModel: 'retainer', isRetainerBilledInAdvance: true, depositPercent: 0, rushFeePercent: 50, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Software the client asks for is paid by the client.' } },
    terms: {
      ownership: { attribution: 'ghostwritten', passesOnFinalPayment: true, licence: 'Documents prepared for the client are the client’s to use as they wish.' },
      earlyTermination: { noticeDays: 30, whatIsOwed: 'The current month is owed in full; the deposit, if any, is kept.' },
      portfolio: 'with_permission',
      confidentiality: 'Emails, contacts, finances and passwords seen during the work are never shared or kept after it ends.',
      communication: { channels: ['task board', 'email'], callsPerMonth: 2, note: 'Replies within four working hours.' },
    },
    notes: '',
  }),
  starter('virtual_assistant', 'es', 'Asistencia virtual: horas mensuales', 'Una iguala por un número fijo de horas al mes de gestión del correo, la agenda y tareas administrativas.', {
    title: 'Asistencia virtual mensual',
    what: {
      deliverables: [
        { id: 'hours', title: 'Horas de asistencia', description: 'Gestión del correo, la agenda, reservas de viaje y preparación de documentos.', quantity: 20, cadence: 'monthly', lengthRange: null, format: 'Horas anotadas en un registro compartido', amount: null },
        { id: 'report', title: 'Resumen semanal', description: 'Lo hecho, lo que espera al cliente y lo siguiente.', quantity: 1, cadence: 'weekly', lengthRange: { min: 1, max: 1, unit: 'pages' }, format: 'Correo electrónico', amount: null },
      ],
      outOfScope: ['Contabilidad y declaraciones de impuestos', 'Turnos de atención al cliente o cobertura telefónica', 'Trabajo fuera del horario acordado', 'Horas por encima del bloque mensual (se cobran a la tarifa fuera de alcance)'],
    },
    when: {
      milestones: [
        { id: 'onboarding', title: 'Llamada de arranque y lista de accesos', owner: 'freelancer', due: { kind: 'after_start', days: 2 } },
        { id: 'first-report', title: 'Primer resumen semanal', owner: 'freelancer', due: { kind: 'after_input', inputId: 'access', days: 7 } },
      ],
      clientInputs: [{ id: 'access', title: 'Acceso al correo, la agenda y el gestor de contraseñas', expected: { kind: 'after_start', days: 3 } }],
      officeHours: 'De lunes a jueves, de 9:00 a 15:00 en mi zona horaria.',
    },
    how: {
      revisionsIncluded: 0,
      fileFormats: ['Google Workspace', 'PDF'],
      researchDepth: 'light',
      tools: ['Google Workspace', 'un gestor de contraseñas compartido', 'un tablero de tareas compartido'],
      subcontracting: { isAllowed: false, leadTimeDays: 0, note: '' },
      assetSources: 'El cliente da los accesos mediante un gestor de contraseñas; nunca contraseñas por correo o chat.',
      notes: 'Lo urgente, por mensaje al teléfono; todo lo demás, en el tablero de tareas.',
    },
    cost: { pricingModel: 'retainer', isRetainerBilledInAdvance: true, depositPercent: 0, rushFeePercent: 50, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'El software que pida el cliente lo paga el cliente.' } },
    terms: {
      ownership: { attribution: 'ghostwritten', passesOnFinalPayment: true, licence: 'Los documentos preparados para el cliente son suyos y puede usarlos como quiera.' },
      earlyTermination: { noticeDays: 30, whatIsOwed: 'Se debe el mes en curso completo; el anticipo, si lo hay, no se devuelve.' },
      portfolio: 'with_permission',
      confidentiality: 'Correos, contactos, finanzas y contraseñas vistos durante el trabajo nunca se comparten ni se guardan al terminar.',
      communication: { channels: ['tablero de tareas', 'correo electrónico'], callsPerMonth: 2, note: 'Respondo en cuatro horas laborables.' },
    },
    notes: '',
  }),
];
