// ISO 4217 currencies: a short list people pick from most, a default from the browser's region, and a validity check.

/** Offered first in suggestions; any other ISO code can still be typed. */
export const commonCurrencies = ['EUR', 'USD', 'GBP', 'MXN', 'ARS', 'COP', 'CLP', 'PEN', 'UYU', 'BRL', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'INR', 'ZAR'];

const euroRegions = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK']);
const regionCurrency: Record<string, string> = {
  US: 'USD', GB: 'GBP', MX: 'MXN', AR: 'ARS', CO: 'COP', CL: 'CLP', PE: 'PEN', UY: 'UYU', BR: 'BRL', CA: 'CAD', AU: 'AUD', NZ: 'NZD',
  CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', JP: 'JPY', IN: 'INR', ZA: 'ZAR', BO: 'BOB', PY: 'PYG', VE: 'VES', CR: 'CRC',
  GT: 'GTQ', DO: 'DOP', HN: 'HNL', NI: 'NIO', PA: 'USD', SV: 'USD', EC: 'USD', PR: 'USD', CU: 'CUP', PH: 'PHP', CN: 'CNY', KR: 'KRW',
};

let cachedCodes: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  cachedCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && cachedCodes.has(code);
}

/** The currency of the first browser language that names a region (es-MX → MXN), else EUR for Spanish, else USD. */
export function defaultCurrency(languages: readonly string[] = navigator.languages ?? [navigator.language]): string {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).maximize().region;
    } catch {
      continue;
    }
    if (!region) continue;
    if (euroRegions.has(region)) return 'EUR';
    const currency = regionCurrency[region];
    if (currency) return currency;
  }
  return languages[0]?.startsWith('es') ? 'EUR' : 'USD';
}

export function allCurrencies(): string[] {
  const rest = Intl.supportedValuesOf('currency').filter((code) => !commonCurrencies.includes(code));
  return [...commonCurrencies, ...rest];
}
