// Makes any text safe for pdfkit's built-in fonts, which only draw WinAnsi (Latin-1 plus a few typographic marks such as € – — “ ” •).

/** The characters WinAnsi places in 0x80–0x9F, where Latin-1 has control codes. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Look-alikes for common characters WinAnsi lacks (pdfkit would otherwise print a wrong glyph). */
const replacements: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2022': '•',
  '\u2219': '·',
  '\u2026': '…',
  '\u00a0': '\u00a0',
  '\u202f': '\u00a0',
  '\u2007': '\u00a0',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
}

/**
 * The text with every character the standard fonts can draw kept, look-alikes swapped in (→ becomes ->), an accent
 * dropped where only the accented letter is missing (ő becomes o), and anything else (emoji) removed.
 */
export function toWinAnsi(text: string): string {
  // Most text is plain ASCII already: skip the character walk.
  if (/^[\x20-\x7e]*$/.test(text)) return text.replace(/ {2,}/g, ' ').trim();
  let out = '';
  for (const char of text.normalize('NFC')) {
    const replacement = replacements[char];
    if (replacement !== undefined) out += replacement;
    else if (isWinAnsi(char)) out += char;
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (base.length > 0 && [...base].every(isWinAnsi)) out += base;
    }
  }
  // Removing an emoji can leave two spaces or a trailing one behind.
  return out.replace(/ {2,}/g, ' ').trim();
}
