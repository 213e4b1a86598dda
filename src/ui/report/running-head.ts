import { useLayoutEffect } from 'preact/hooks';

/** The custom property the print style sheet's running header shows (report.css, `@page`). */
export const RUNNING_HEAD_PROPERTY = '--report-running-head';

/**
 * A text as a CSS string token: every character but letters, digits and common punctuation escaped as a code
 * point (quotes, backslashes, line breaks, `<` and `/` among them), so no name can end the string, add to the
 * declaration it stands in, or close the style element of a saved page that carries it.
 */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((character) =>
      /^[\p{L}\p{N} .,;:!?&'()+\-—–·@#%*=[\]{}|~^$_€]$/u.test(character)
        ? character
        : `\\${(character.codePointAt(0) ?? 0).toString(16)} `,
    )
    .join('');
  return `"${escaped}"`;
}

/**
 * Puts a text in the running header of every printed page but the first. CSS cannot read the page's text into a
 * page margin, so the text goes in as a custom property of the root element, which the page margins inherit;
 * set through the CSSOM, which the Content-Security-Policy allows where it refuses a style attribute or element.
 * Set before the report is first styled: an inherited property changed on the root restyles the whole page,
 * which for a five-year report was a task of its own after the first paint.
 */
export function useRunningHead(text: string): void {
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.setProperty(RUNNING_HEAD_PROPERTY, cssString(text));
    return () => root.removeProperty(RUNNING_HEAD_PROPERTY);
  }, [text]);
}

/** The running header's rule for a saved copy of the page, which has no script to set it. */
export function runningHeadRule(text: string): string {
  return `:root { ${RUNNING_HEAD_PROPERTY}: ${cssString(text)}; }`;
}
