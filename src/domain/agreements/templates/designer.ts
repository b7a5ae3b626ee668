// Starter agreement for a designer: a brand identity project with a deposit, rounds of concepts and final files.
import { starter } from './starter.ts';

export const designerTemplates = [
  starter('designer', 'en', 'Designer: brand identity', 'A fixed-price logo and brand identity project, half paid up front.', {
    title: 'Brand identity design',
    what: {
      deliverables: [
        { id: 'concepts', title: 'Logo concepts', description: 'Distinct logo directions with a short rationale for each.', quantity: 3, cadence: 'once', lengthRange: null, format: 'PDF presentation', amount: null },
        { id: 'logo', title: 'Final logo suite', description: 'Primary logo, secondary mark and icon in colour, black and white.', quantity: 1, cadence: 'once', lengthRange: null, format: 'SVG, PNG and PDF', amount: null },
        { id: 'guide', title: 'Brand guide', description: 'Colours, type, logo use and spacing rules.', quantity: 1, cadence: 'once', lengthRange: { min: 8, max: 12, unit: 'pages' }, format: 'PDF', amount: null },
      ],
      outOfScope: ['Website design', 'Printed stationery and packaging', 'Trademark searches and registration', 'Photography'],
    },
    when: {
      milestones: [
        { id: 'concepts', title: 'Logo concepts presented', owner: 'freelancer', due: { kind: 'after_input', inputId: 'questionnaire', days: 10 } },
        { id: 'choice', title: 'Client chooses one direction', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'concepts', days: 5 } },
        { id: 'final', title: 'Final files and brand guide delivered', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'choice', days: 10 } },
      ],
      clientInputs: [{ id: 'questionnaire', title: 'Completed brand questionnaire and examples the client likes', expected: { kind: 'after_start', days: 5 } }],
      officeHours: 'Monday to Friday, 9:30 to 17:30 in my time zone.',
    },
    how: {
      revisionsIncluded: 2,
      fileFormats: ['SVG', 'PNG', 'PDF', 'AI'],
      researchDepth: 'standard',
      tools: ['Adobe Illustrator', 'Figma'],
      subcontracting: { isAllowed: false, leadTimeDays: 0, note: '' },
      assetSources: 'Fonts are licensed by the client; I recommend options with licence costs before the choice is made.',
      notes: 'Revisions refine the chosen direction; a new direction counts as a new concept.',
    },
    cost: { pricingModel: 'fixed_project', depositPercent: 50, isDepositRefundable: false, rushFeePercent: 30, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Font licences and stock images are paid by the client.' } },
    terms: {
      ownership: { attribution: 'byline', passesOnFinalPayment: true, licence: 'On final payment the client owns the final logo suite outright. Unused concepts stay with the designer.' },
      earlyTermination: { noticeDays: 7, whatIsOwed: 'The deposit is kept; work done past it is billed at the hourly rate.' },
      portfolio: 'allowed',
      confidentiality: 'The project stays private until the client launches the new brand.',
      communication: { channels: ['email', 'video calls'], callsPerMonth: 2, note: 'Feedback by email, consolidated into one message per round.' },
    },
    notes: '',
  }),
  starter('designer', 'es', 'Diseño: identidad de marca', 'Un proyecto de logotipo e identidad de marca a precio cerrado, con la mitad por adelantado.', {
    title: 'Diseño de identidad de marca',
    what: {
      deliverables: [
        { id: 'concepts', title: 'Propuestas de logotipo', description: 'Líneas de logotipo distintas, cada una con una breve explicación.', quantity: 3, cadence: 'once', lengthRange: null, format: 'Presentación en PDF', amount: null },
        { id: 'logo', title: 'Logotipo final y variantes', description: 'Logotipo principal, marca secundaria e icono en color, negro y blanco.', quantity: 1, cadence: 'once', lengthRange: null, format: 'SVG, PNG y PDF', amount: null },
        { id: 'guide', title: 'Manual de marca', description: 'Colores, tipografías, uso del logotipo y márgenes de respeto.', quantity: 1, cadence: 'once', lengthRange: { min: 8, max: 12, unit: 'pages' }, format: 'PDF', amount: null },
      ],
      outOfScope: ['Diseño web', 'Papelería impresa y envases', 'Búsqueda y registro de marca', 'Fotografía'],
    },
    when: {
      milestones: [
        { id: 'concepts', title: 'Presentación de las propuestas', owner: 'freelancer', due: { kind: 'after_input', inputId: 'questionnaire', days: 10 } },
        { id: 'choice', title: 'El cliente elige una línea', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'concepts', days: 5 } },
        { id: 'final', title: 'Entrega de archivos finales y manual', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'choice', days: 10 } },
      ],
      clientInputs: [{ id: 'questionnaire', title: 'Cuestionario de marca respondido y ejemplos que le gustan al cliente', expected: { kind: 'after_start', days: 5 } }],
      officeHours: 'De lunes a viernes, de 9:30 a 17:30 en mi zona horaria.',
    },
    how: {
      revisionsIncluded: 2,
      fileFormats: ['SVG', 'PNG', 'PDF', 'AI'],
      researchDepth: 'standard',
      tools: ['Adobe Illustrator', 'Figma'],
      subcontracting: { isAllowed: false, leadTimeDays: 0, note: '' },
      assetSources: 'Las licencias de tipografías las paga el cliente; antes de elegir recomiendo opciones con su coste.',
      notes: 'Las revisiones afinan la línea elegida; una línea nueva cuenta como una propuesta nueva.',
    },
    cost: { pricingModel: 'fixed_project', depositPercent: 50, isDepositRefundable: false, rushFeePercent: 30, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Las licencias de tipografías y las imágenes de banco las paga el cliente.' } },
    terms: {
      ownership: { attribution: 'byline', passesOnFinalPayment: true, licence: 'Con el pago final, el logotipo final y sus variantes pasan a ser del cliente. Las propuestas descartadas siguen siendo de quien las diseñó.' },
      earlyTermination: { noticeDays: 7, whatIsOwed: 'El anticipo no se devuelve; el trabajo hecho por encima de él se cobra por horas.' },
      portfolio: 'allowed',
      confidentiality: 'El proyecto queda en privado hasta que el cliente presente la nueva marca.',
      communication: { channels: ['correo electrónico', 'videollamadas'], callsPerMonth: 2, note: 'Comentarios por correo, reunidos en un solo mensaje por ronda.' },
    },
    notes: '',
  }),
];
