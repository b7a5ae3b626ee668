// Starter agreement for a developer: a small web application built in milestones, with paid maintenance after launch.
import { starter } from './starter.ts';

export const developerTemplates = [
  starter('developer', 'en', 'Developer: web application', 'A fixed-price build in milestones, with a deposit and a short warranty after launch.', {
    title: 'Web application development',
    what: {
      deliverables: [
        { id: 'spec', title: 'Written specification', description: 'Screens, user roles and acceptance criteria agreed before building.', quantity: 1, cadence: 'once', lengthRange: { min: 5, max: 10, unit: 'pages' }, format: 'PDF', amount: null },
        { id: 'app', title: 'Working application', description: 'The screens in the specification, deployed to the client’s hosting, with source code in the client’s repository.', quantity: 1, cadence: 'once', lengthRange: null, format: 'Source code and a deployed site', amount: null },
        { id: 'handover', title: 'Handover guide', description: 'How to run, deploy and back up the application.', quantity: 1, cadence: 'once', lengthRange: { min: 3, max: 6, unit: 'pages' }, format: 'Markdown in the repository', amount: null },
      ],
      outOfScope: ['Features not in the signed specification', 'Content writing and data entry', 'Hosting costs and domain names', 'Support after the 30-day warranty (a separate maintenance agreement)'],
    },
    when: {
      milestones: [
        { id: 'spec', title: 'Specification ready for sign-off', owner: 'freelancer', due: { kind: 'after_start', days: 10 } },
        { id: 'spec-approved', title: 'Client approves the specification', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'spec', days: 5 } },
        { id: 'beta', title: 'Beta on a test server', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'spec-approved', days: 30 } },
        { id: 'acceptance', title: 'Client tests and reports issues', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'beta', days: 7 } },
        { id: 'launch', title: 'Launch', owner: 'freelancer', due: { kind: 'after_input', inputId: 'content', days: 5 } },
      ],
      clientInputs: [{ id: 'content', title: 'Final texts, images and hosting access', expected: { kind: 'after_start', days: 45 } }],
      officeHours: 'Monday to Friday, 9:00 to 17:00 in my time zone.',
    },
    how: {
      revisionsIncluded: 1,
      fileFormats: ['Git repository', 'Markdown'],
      researchDepth: 'standard',
      tools: ['TypeScript', 'PostgreSQL', 'GitHub'],
      subcontracting: { isAllowed: true, leadTimeDays: 10, note: 'Security reviews may go to a specialist, named to the client beforehand.' },
      assetSources: 'The client supplies texts, images and accounts (hosting, email service, payments) in its own name.',
      notes: 'A change to the signed specification is quoted in writing before any work on it starts.',
    },
    cost: { pricingModel: 'fixed_project', depositPercent: 50, isDepositRefundable: false, rushFeePercent: 50, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Third-party services are billed to the client’s own accounts.' } },
    terms: {
      ownership: { attribution: 'byline', passesOnFinalPayment: true, licence: 'On final payment the client owns the code written for this project. Open-source libraries keep their own licences.' },
      earlyTermination: { noticeDays: 14, whatIsOwed: 'Milestones reached are paid in full and work in progress pro rata; the deposit is kept.' },
      portfolio: 'with_permission',
      confidentiality: 'Business data, credentials and unreleased plans stay private; production data is never copied to personal machines.',
      communication: { channels: ['email', 'issue tracker'], callsPerMonth: 2, note: 'A written update every Friday.' },
    },
    notes: '',
  }),
  starter('developer', 'es', 'Desarrollo: aplicación web', 'Un desarrollo a precio cerrado por hitos, con anticipo y una breve garantía tras el lanzamiento.', {
    title: 'Desarrollo de una aplicación web',
    what: {
      deliverables: [
        { id: 'spec', title: 'Especificación escrita', description: 'Pantallas, roles de usuario y criterios de aceptación acordados antes de programar.', quantity: 1, cadence: 'once', lengthRange: { min: 5, max: 10, unit: 'pages' }, format: 'PDF', amount: null },
        { id: 'app', title: 'Aplicación funcionando', description: 'Las pantallas de la especificación, desplegadas en el alojamiento del cliente, con el código en su repositorio.', quantity: 1, cadence: 'once', lengthRange: null, format: 'Código fuente y sitio desplegado', amount: null },
        { id: 'handover', title: 'Guía de traspaso', description: 'Cómo ejecutar, desplegar y hacer copias de seguridad de la aplicación.', quantity: 1, cadence: 'once', lengthRange: { min: 3, max: 6, unit: 'pages' }, format: 'Markdown en el repositorio', amount: null },
      ],
      outOfScope: ['Funciones que no estén en la especificación firmada', 'Redacción de contenidos y carga de datos', 'Costes de alojamiento y dominios', 'Soporte después de los 30 días de garantía (un acuerdo de mantenimiento aparte)'],
    },
    when: {
      milestones: [
        { id: 'spec', title: 'Especificación lista para aprobar', owner: 'freelancer', due: { kind: 'after_start', days: 10 } },
        { id: 'spec-approved', title: 'El cliente aprueba la especificación', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'spec', days: 5 } },
        { id: 'beta', title: 'Versión beta en un servidor de pruebas', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'spec-approved', days: 30 } },
        { id: 'acceptance', title: 'El cliente prueba e informa de errores', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'beta', days: 7 } },
        { id: 'launch', title: 'Lanzamiento', owner: 'freelancer', due: { kind: 'after_input', inputId: 'content', days: 5 } },
      ],
      clientInputs: [{ id: 'content', title: 'Textos e imágenes definitivos y acceso al alojamiento', expected: { kind: 'after_start', days: 45 } }],
      officeHours: 'De lunes a viernes, de 9:00 a 17:00 en mi zona horaria.',
    },
    how: {
      revisionsIncluded: 1,
      fileFormats: ['Repositorio Git', 'Markdown'],
      researchDepth: 'standard',
      tools: ['TypeScript', 'PostgreSQL', 'GitHub'],
      subcontracting: { isAllowed: true, leadTimeDays: 10, note: 'Las revisiones de seguridad pueden ir a un especialista, cuyo nombre se comunica antes al cliente.' },
      assetSources: 'El cliente aporta textos, imágenes y cuentas (alojamiento, correo, pagos) a su nombre.',
      notes: 'Cualquier cambio sobre la especificación firmada se presupuesta por escrito antes de empezar.',
    },
    cost: { pricingModel: 'fixed_project', depositPercent: 50, isDepositRefundable: false, rushFeePercent: 50, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Los servicios de terceros se cargan a las cuentas del propio cliente.' } },
    terms: {
      ownership: { attribution: 'byline', passesOnFinalPayment: true, licence: 'Con el pago final, el código escrito para este proyecto pasa a ser del cliente. Las bibliotecas de código abierto mantienen sus licencias.' },
      earlyTermination: { noticeDays: 14, whatIsOwed: 'Se pagan completos los hitos alcanzados y en proporción el trabajo en curso; el anticipo no se devuelve.' },
      portfolio: 'with_permission',
      confidentiality: 'Los datos del negocio, las credenciales y los planes no anunciados quedan en privado; los datos de producción nunca se copian a equipos personales.',
      communication: { channels: ['correo electrónico', 'gestor de incidencias'], callsPerMonth: 2, note: 'Un resumen por escrito cada viernes.' },
    },
    notes: '',
  }),
];
