/**
 * Text as HTML shows it literally: whatever a title or an answer holds (`<script>`, quotes, ampersands), it
 * never becomes markup or leaves an attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A whole HTML document that stands on its own, opened from a folder: Dutch, its own styles, and under a
 * Content-Security-Policy that lets it run no script and load nothing from elsewhere (pictures only as `data:`).
 * `body` is markup already made safe by its maker.
 */
export function standaloneHtml({
  title,
  styles,
  body,
}: {
  title: string;
  styles: string;
  body: string;
}): string {
  return `<!doctype html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${styles.replaceAll('</style', '<\\/style')}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
