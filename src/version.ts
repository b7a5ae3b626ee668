// Sana's version, read from package.json once so the API and CLI report the same.
import pkg from '../package.json' with { type: 'json' };

export const version: string = pkg.version;
