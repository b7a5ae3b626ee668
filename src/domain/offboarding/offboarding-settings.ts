// Numbers for sections 9–11 (exit plans, offboarding, recovery); every one is a setting the freelancer can change.

export type OffboardingSettings = {
  /** Days of notice the freelancer gives a client (contracts, once they exist, may set their own). */
  noticeDays: number;
  /** Runway without the client below this many months means: keep them a while longer and line up other income first. */
  safeRunwayMonths: number;
  /** How far back a toxic client's hard period starts, counted from the day the offboarding closes. */
  hardPeriodDays: number;
};

export const defaultOffboardingSettings: OffboardingSettings = { noticeDays: 30, safeRunwayMonths: 3, hardPeriodDays: 90 };

/** A stored settings document, read forgivingly: anything missing or out of range keeps its default. */
export function offboardingSettingsFrom(document: unknown): OffboardingSettings {
  const stored = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
  const pick = (key: keyof OffboardingSettings, max: number) => {
    const value = stored[key];
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : defaultOffboardingSettings[key];
  };
  return { noticeDays: pick('noticeDays', 365), safeRunwayMonths: pick('safeRunwayMonths', 24), hardPeriodDays: pick('hardPeriodDays', 730) };
}
