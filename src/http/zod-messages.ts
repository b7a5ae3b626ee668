// Plain messages for the few Zod issues whose default wording reads like a type error rather than advice.
import { z } from 'zod';

export function useReadableZodMessages(): void {
  z.config({
    customError: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'This field is required.';
      if (issue.code === 'invalid_type') return `Expected ${issue.expected === 'int' ? 'a whole number' : /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`} here.`;
      if (issue.code === 'invalid_value' && issue.values.length <= 12) return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
      // Everything else keeps the schema's own message (written as advice) or Zod's default.
      return undefined;
    },
  });
}
