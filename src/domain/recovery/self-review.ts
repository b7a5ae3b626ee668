// The self-review after a toxic client (DOMAIN.md section 11): four questions, and lessons that feed the profile.

export const reviewPrompts = ['why_yes', 'ignored_gut', 'expectations', 'do_differently'] as const;
export type ReviewPrompt = (typeof reviewPrompts)[number];

/** Where a lesson can go in the profile: the red flags to watch for, or the kinds of work to avoid. */
export const lessonTargets = ['red_flags', 'avoid_work'] as const;
export type LessonTarget = (typeof lessonTargets)[number];

export type Lesson = { text: string; addedTo: LessonTarget[] };

export type SelfReview = { answers: Record<ReviewPrompt, string>; lessons: Lesson[] };

export const emptyReview: SelfReview = { answers: { why_yes: '', ignored_gut: '', expectations: '', do_differently: '' }, lessons: [] };

export function reviewFrom(value: unknown): SelfReview {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as { answers?: Record<string, unknown>; lessons?: unknown };
  const answers = Object.fromEntries(reviewPrompts.map((prompt) => [prompt, typeof stored.answers?.[prompt] === 'string' ? stored.answers[prompt] : ''])) as Record<ReviewPrompt, string>;
  const lessons = Array.isArray(stored.lessons)
    ? stored.lessons
        .filter((lesson): lesson is { text: string; addedTo?: unknown } => typeof lesson === 'object' && lesson !== null && typeof (lesson as { text?: unknown }).text === 'string')
        .map((lesson) => ({ text: lesson.text, addedTo: Array.isArray(lesson.addedTo) ? lessonTargets.filter((target) => (lesson.addedTo as unknown[]).includes(target)) : [] }))
    : [];
  return { answers, lessons };
}
