// What Spanish law (Reglamento de facturación, RD 1619/2012 art. 6) requires on an invoice, and checks of Spanish tax ids.

const nifLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** NIF (DNI + letter), NIE (X/Y/Z + 7 digits + letter) or CIF (letter + 7 digits + control): the shapes and check letters. */
export function isSpanishTaxId(value: string): boolean {
  const id = value.toUpperCase().replace(/[\s-]/g, '').replace(/^ES/, '');
  if (/^\d{8}[A-Z]$/.test(id)) return nifLetters[Number(id.slice(0, 8)) % 23] === id[8];
  if (/^[XYZ]\d{7}[A-Z]$/.test(id)) return nifLetters[Number(`${'XYZ'.indexOf(id[0] as string)}${id.slice(1, 8)}`) % 23] === id[8];
  if (/^[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]$/.test(id)) {
    const digits = id.slice(1, 8).split('').map(Number);
    let sum = 0;
    digits.forEach((digit, index) => {
      if (index % 2 === 0) {
        const doubled = digit * 2;
        sum += Math.floor(doubled / 10) + (doubled % 10);
      } else sum += digit;
    });
    const control = (10 - (sum % 10)) % 10;
    const last = id[8] as string;
    return last === String(control) || last === 'JABCDEFGHI'[control];
  }
  return false;
}

/** A workspace invoices under Spanish rules when it bills in euros and its seller details carry a Spanish tax id. */
export function isSpanishWorkspace(currency: string, sellerTaxId: string): boolean {
  return currency === 'EUR' && isSpanishTaxId(sellerTaxId);
}

export type Party = { name: string; taxId: string; address: string };

export type SpanishMissingField = 'seller.name' | 'seller.taxId' | 'seller.address' | 'buyer.name' | 'buyer.taxId' | 'buyer.address' | 'operationDate';

/** Fields a Spanish "factura completa" cannot go without; an invoice missing any of them is not issued. */
export function missingSpanishFields(seller: Party, buyer: Party, operationDate: string | null): SpanishMissingField[] {
  const missing: SpanishMissingField[] = [];
  for (const [prefix, party] of [['seller', seller], ['buyer', buyer]] as const) {
    for (const field of ['name', 'taxId', 'address'] as const) if (party[field].trim() === '') missing.push(`${prefix}.${field}`);
  }
  if (operationDate === null) missing.push('operationDate');
  return missing;
}
