/** A name or title as a readable piece of a file name: lower case, no accents, words joined by hyphens. */
export function fileNamePart(text: string, maxLength = 40): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'zonder-naam';
}
