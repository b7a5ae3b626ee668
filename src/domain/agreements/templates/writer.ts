// Starter agreement for a freelance writer: a weekly blog post built on a monthly interview with the client.
import { starter } from './starter.ts';

export const writerTemplates = [
  starter('writer', 'en', 'Writer: weekly blog posts', 'A monthly retainer for one researched post a week, based on an interview with the client.', {
    title: 'Weekly blog posts',
    what: {
      deliverables: [
        { id: 'posts', title: 'Blog post', description: 'One researched article for the company blog, with a title, subheadings and a meta description.', quantity: 1, cadence: 'weekly', lengthRange: { min: 800, max: 1200, unit: 'words' }, format: 'Google Doc', amount: null },
        { id: 'brief', title: 'Monthly content plan', description: 'A list of next month’s topics for the client to approve.', quantity: 1, cadence: 'monthly', lengthRange: null, format: 'Google Doc', amount: null },
      ],
      outOfScope: ['Publishing in the CMS and formatting on the site', 'Social media posts and newsletters', 'Original photography or illustrations', 'Translations'],
    },
    when: {
      milestones: [
        { id: 'plan', title: 'Content plan for approval', owner: 'freelancer', due: { kind: 'after_start', days: 5 } },
        { id: 'approve-plan', title: 'Client approves the plan', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'plan', days: 3 } },
        { id: 'first-post', title: 'First post delivered', owner: 'freelancer', due: { kind: 'after_input', inputId: 'interview', days: 7 } },
        { id: 'feedback', title: 'Client feedback on the first post', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'first-post', days: 3 } },
      ],
      clientInputs: [{ id: 'interview', title: 'Interview recording with the subject-matter expert', expected: { kind: 'after_start', days: 7 } }],
      officeHours: 'Monday to Friday, 9:00 to 17:00 in my time zone.',
    },
    how: {
      revisionsIncluded: 2,
      fileFormats: ['Google Doc', 'DOCX'],
      researchDepth: 'standard',
      tools: ['Google Docs', 'Grammarly'],
      subcontracting: { isAllowed: false, leadTimeDays: 0, note: 'I write every post myself.' },
      assetSources: 'The client supplies interview access, brand guidelines and any internal data; I cite public sources with links.',
      notes: 'Feedback comes in one consolidated round per draft, from one person.',
    },
    cost: { pricingModel: 'retainer', isRetainerBilledInAdvance: true, depositPercent: 0, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'No travel is expected.' } },
    terms: {
      ownership: { attribution: 'ghostwritten', passesOnFinalPayment: true, licence: 'The client may publish the posts on its own blog and channels. Use in a book or paid product needs written permission and a separate fee.' },
      earlyTermination: { noticeDays: 30, whatIsOwed: 'Work delivered up to the end of the notice period is paid in full; the month already invoiced is not refunded.' },
      portfolio: 'after_publication',
      confidentiality: 'Anything the client shares that is not public stays private, during the work and after it.',
      communication: { channels: ['email', 'shared document comments'], callsPerMonth: 1, note: 'Replies within one working day.' },
    },
    notes: '',
  }),
  starter('writer', 'es', 'Redacción: artículos semanales para blog', 'Una iguala mensual por un artículo documentado a la semana, a partir de una entrevista con el cliente.', {
    title: 'Artículos semanales para el blog',
    what: {
      deliverables: [
        { id: 'posts', title: 'Artículo de blog', description: 'Un artículo documentado para el blog de la empresa, con título, subtítulos y metadescripción.', quantity: 1, cadence: 'weekly', lengthRange: { min: 800, max: 1200, unit: 'words' }, format: 'Documento de Google', amount: null },
        { id: 'brief', title: 'Plan mensual de contenidos', description: 'La lista de temas del mes siguiente, para que el cliente la apruebe.', quantity: 1, cadence: 'monthly', lengthRange: null, format: 'Documento de Google', amount: null },
      ],
      outOfScope: ['Publicar en el gestor de contenidos y maquetar en la web', 'Publicaciones en redes sociales y boletines', 'Fotografía o ilustración original', 'Traducciones'],
    },
    when: {
      milestones: [
        { id: 'plan', title: 'Plan de contenidos para aprobar', owner: 'freelancer', due: { kind: 'after_start', days: 5 } },
        { id: 'approve-plan', title: 'El cliente aprueba el plan', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'plan', days: 3 } },
        { id: 'first-post', title: 'Entrega del primer artículo', owner: 'freelancer', due: { kind: 'after_input', inputId: 'interview', days: 7 } },
        { id: 'feedback', title: 'Comentarios del cliente sobre el primer artículo', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'first-post', days: 3 } },
      ],
      clientInputs: [{ id: 'interview', title: 'Grabación de la entrevista con la persona experta', expected: { kind: 'after_start', days: 7 } }],
      officeHours: 'De lunes a viernes, de 9:00 a 17:00 en mi zona horaria.',
    },
    how: {
      revisionsIncluded: 2,
      fileFormats: ['Documento de Google', 'DOCX'],
      researchDepth: 'standard',
      tools: ['Google Docs', 'LanguageTool'],
      subcontracting: { isAllowed: false, leadTimeDays: 0, note: 'Escribo yo cada artículo.' },
      assetSources: 'El cliente facilita el acceso a la entrevista, la guía de marca y los datos internos; yo cito fuentes públicas con enlace.',
      notes: 'Los comentarios llegan en una sola ronda por borrador y de una sola persona.',
    },
    cost: { pricingModel: 'retainer', isRetainerBilledInAdvance: true, depositPercent: 0, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'No se prevén viajes.' } },
    terms: {
      ownership: { attribution: 'ghostwritten', passesOnFinalPayment: true, licence: 'El cliente puede publicar los artículos en su blog y sus canales. Usarlos en un libro o un producto de pago requiere permiso por escrito y un pago aparte.' },
      earlyTermination: { noticeDays: 30, whatIsOwed: 'Se paga completo el trabajo entregado hasta el final del preaviso; el mes ya facturado no se devuelve.' },
      portfolio: 'after_publication',
      confidentiality: 'Lo que el cliente comparta y no sea público queda en privado, durante el trabajo y después.',
      communication: { channels: ['correo electrónico', 'comentarios en el documento'], callsPerMonth: 1, note: 'Respondo en un día laborable.' },
    },
    notes: '',
  }),
];
