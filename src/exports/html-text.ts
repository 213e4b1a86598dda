/**
 * Text as HTML shows it literally: whatever a title or an answer holds (`<script>`, quotes, ampersands), it
 * never becomes markup or leaves an attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
