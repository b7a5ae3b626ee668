// Small text helpers: a label from a sentence-case catalog ("haggles over the price") shown as a heading-like item.

export function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
