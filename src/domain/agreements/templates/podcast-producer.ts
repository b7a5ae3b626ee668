// Starter agreement for a podcast producer: edited episodes from the client's raw recordings, priced per episode.
import { starter } from './starter.ts';

export const podcastProducerTemplates = [
  starter('podcast_producer', 'en', 'Podcast producer: edited episodes', 'A season of edited episodes with show notes, made from recordings the client sends.', {
    title: 'Podcast season production',
    what: {
      deliverables: [
        { id: 'episodes', title: 'Edited episode', description: 'Noise cleanup, cuts, levelling, intro and outro music, mastered for streaming.', quantity: 8, cadence: 'every_two_weeks', lengthRange: { min: 30, max: 45, unit: 'minutes' }, format: 'MP3 (128 kbps) and WAV', amount: null },
        { id: 'notes', title: 'Show notes', description: 'Summary, time stamps and links for each episode.', quantity: 8, cadence: 'every_two_weeks', lengthRange: { min: 150, max: 300, unit: 'words' }, format: 'Google Doc', amount: null },
      ],
      outOfScope: ['Recording sessions and guest booking', 'Video editing', 'Full transcripts', 'Uploading to hosting platforms'],
    },
    when: {
      milestones: [
        { id: 'pilot', title: 'First edited episode', owner: 'freelancer', due: { kind: 'after_input', inputId: 'raw-audio', days: 5 } },
        { id: 'pilot-feedback', title: 'Client feedback on the first episode', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'pilot', days: 3 } },
        { id: 'pilot-final', title: 'First episode ready to publish', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'pilot-feedback', days: 2 } },
      ],
      clientInputs: [{ id: 'raw-audio', title: 'Raw recording of the first episode, one track per speaker', expected: { kind: 'after_start', days: 7 } }],
      officeHours: 'Tuesday to Friday, 10:00 to 18:00 in my time zone.',
    },
    how: {
      revisionsIncluded: 1,
      fileFormats: ['MP3', 'WAV'],
      researchDepth: 'light',
      tools: ['Reaper', 'iZotope RX'],
      subcontracting: { isAllowed: true, leadTimeDays: 5, note: 'Transcripts, if added later, go to a transcription service I trust, with the client told first.' },
      assetSources: 'The client sends the raw audio and licensed music; I can suggest royalty-free music the client then licenses.',
      notes: 'Recordings arrive as separate tracks per speaker; a single mixed file limits what editing can fix.',
    },
    cost: { pricingModel: 'per_deliverable', depositPercent: 50, isDepositRefundable: false, rushFeePercent: 50, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Music and plugin licences the show needs are paid by the client.' } },
    terms: {
      ownership: { attribution: 'byline', passesOnFinalPayment: true, licence: 'The client may publish the episodes on any podcast platform and its own site. Cutting them into ads needs written permission.' },
      earlyTermination: { noticeDays: 14, whatIsOwed: 'Episodes delivered or in editing are paid; the deposit is kept.' },
      portfolio: 'after_publication',
      confidentiality: 'Unreleased episodes and guest details stay private until they are published.',
      communication: { channels: ['email'], callsPerMonth: 1, note: 'Replies within one working day.' },
    },
    notes: '',
  }),
  starter('podcast_producer', 'es', 'Producción de pódcast: episodios editados', 'Una temporada de episodios editados con notas, a partir de las grabaciones que envía el cliente.', {
    title: 'Producción de una temporada de pódcast',
    what: {
      deliverables: [
        { id: 'episodes', title: 'Episodio editado', description: 'Limpieza de ruido, cortes, nivelación, música de entrada y salida, masterizado para plataformas.', quantity: 8, cadence: 'every_two_weeks', lengthRange: { min: 30, max: 45, unit: 'minutes' }, format: 'MP3 (128 kbps) y WAV', amount: null },
        { id: 'notes', title: 'Notas del episodio', description: 'Resumen, marcas de tiempo y enlaces de cada episodio.', quantity: 8, cadence: 'every_two_weeks', lengthRange: { min: 150, max: 300, unit: 'words' }, format: 'Documento de Google', amount: null },
      ],
      outOfScope: ['Sesiones de grabación y gestión de invitados', 'Edición de vídeo', 'Transcripciones completas', 'Subida a las plataformas de alojamiento'],
    },
    when: {
      milestones: [
        { id: 'pilot', title: 'Primer episodio editado', owner: 'freelancer', due: { kind: 'after_input', inputId: 'raw-audio', days: 5 } },
        { id: 'pilot-feedback', title: 'Comentarios del cliente sobre el primer episodio', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'pilot', days: 3 } },
        { id: 'pilot-final', title: 'Primer episodio listo para publicar', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'pilot-feedback', days: 2 } },
      ],
      clientInputs: [{ id: 'raw-audio', title: 'Grabación original del primer episodio, una pista por persona', expected: { kind: 'after_start', days: 7 } }],
      officeHours: 'De martes a viernes, de 10:00 a 18:00 en mi zona horaria.',
    },
    how: {
      revisionsIncluded: 1,
      fileFormats: ['MP3', 'WAV'],
      researchDepth: 'light',
      tools: ['Reaper', 'iZotope RX'],
      subcontracting: { isAllowed: true, leadTimeDays: 5, note: 'Si más adelante se añaden transcripciones, las hace un servicio de confianza, avisando antes al cliente.' },
      assetSources: 'El cliente envía el audio original y la música con licencia; puedo sugerir música libre de derechos que luego licencia el cliente.',
      notes: 'Las grabaciones llegan en pistas separadas por persona; un único archivo mezclado limita lo que la edición puede arreglar.',
    },
    cost: { pricingModel: 'per_deliverable', depositPercent: 50, isDepositRefundable: false, rushFeePercent: 50, lateFee: { kind: 'percent_per_month', percent: 1.5, graceDays: 7 }, expenses: { travelPaidBy: 'client', needsApproval: true, note: 'Las licencias de música y complementos que necesite el programa las paga el cliente.' } },
    terms: {
      ownership: { attribution: 'byline', passesOnFinalPayment: true, licence: 'El cliente puede publicar los episodios en cualquier plataforma de pódcast y en su web. Recortarlos para anuncios requiere permiso por escrito.' },
      earlyTermination: { noticeDays: 14, whatIsOwed: 'Se pagan los episodios entregados o en edición; el anticipo no se devuelve.' },
      portfolio: 'after_publication',
      confidentiality: 'Los episodios no publicados y los datos de los invitados quedan en privado hasta su publicación.',
      communication: { channels: ['correo electrónico'], callsPerMonth: 1, note: 'Respondo en un día laborable.' },
    },
    notes: '',
  }),
];
