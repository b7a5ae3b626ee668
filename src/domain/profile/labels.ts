// Free-text labels the freelancer and prospects type (skills, kinds of work, industries), compared the forgiving way.

/** Case, accents and spacing do not matter: "Diseño  web" and "diseno web" are the same skill. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function isSameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

export function includesLabel(list: readonly string[], label: string): boolean {
  const wanted = normalizeLabel(label);
  return list.some((item) => normalizeLabel(item) === wanted);
}
