/**
 * What the smoke journey needs from a browser, and nothing more: each engine's automation library (puppeteer
 * over WebDriver BiDi or CDP, selenium over classic WebDriver) implements it once, so the journey is written once.
 *
 * Elements are found inside the page by `markElement` (role and accessible name, as a user sees them), which tags
 * the element with a `data-engine-smoke` attribute; the driver then acts on that CSS selector with the engine's
 * own, trusted input (clicks, key presses, file choosers).
 */
export interface EngineDriver {
  /** The folder the browser saves downloads into. */
  readonly downloads: string;
  /** Browser name and version, as the engine reports them. */
  readonly version: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /**
   * Runs a self-contained function in the page (it is sent as source text: it may use only its arguments and
   * the page's globals) and returns its JSON result, awaiting a promise.
   */
  run<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
  click(selector: string): Promise<void>;
  /** Types text at the end of the field's current value, key by key. */
  type(selector: string, text: string): Promise<void>;
  pressEnter(selector: string): Promise<void>;
  chooseFile(selector: string, path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** What the page logged to the console (Firefox: errors and warnings; WebKit: all), read after `close()`. */
  consoleLog(): string[] | null;
  close(): Promise<void>;
}

export type Role =
  | 'button'
  | 'link'
  | 'heading'
  | 'radio'
  | 'checkbox'
  | 'field'
  | 'file'
  | 'status'
  | 'alert'
  | 'form'
  | 'article'
  | 'text';

/** An element as a user finds it: its role and its accessible name (for `text`: a text it contains). */
export interface Query {
  role: Role;
  name: string;
  /** How `name` is compared with the normalised accessible name; `exact` unless given. */
  match?: 'exact' | 'start' | 'contains';
  /** Only inside the element this CSS selector names (e.g. a form marked earlier). */
  within?: string;
}

/**
 * In the page: finds the first visible element that matches the query, marks it and returns a CSS selector for
 * it, or null. Self-contained on purpose: the engines send it to the page as source text.
 */
export function markElement(query: Query): string | null {
  const CANDIDATES: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    radio: 'input[type="radio"], [role="radio"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    field:
      'input:not([type="radio"]):not([type="checkbox"]):not([type="file"]):not([type="submit"]):not([type="button"]):not([type="hidden"]), textarea, select',
    file: 'input[type="file"]',
    status: '[role="status"], output',
    alert: '[role="alert"]',
    form: 'form, [role="form"]',
    article: 'article, [role="article"]',
    text: 'body *',
  };
  const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const byIds = (ids: string): string =>
    ids
      .split(/\s+/)
      .map((id) => squash(document.getElementById(id)?.textContent))
      .join(' ');
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return squash(byIds(labelledBy));
    const label = element.getAttribute('aria-label');
    if (label) return squash(label);
    if (query.role === 'text') return squash(element.textContent);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return squash([...labels].map((l) => l.textContent).join(' '));
    if (element instanceof HTMLInputElement && element.type === 'submit') return squash(element.value);
    return squash(element.textContent) || squash(element.getAttribute('title'));
  };
  const matches = (name: string): boolean => {
    const wanted = squash(query.name);
    if (query.match === 'start') return name.startsWith(wanted);
    if (query.match === 'contains') return name.includes(wanted);
    return name === wanted;
  };
  const visible = (element: Element): boolean => {
    if (query.role === 'file') return true; // file inputs are often drawn as their label
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const scope = query.within ? document.querySelector(query.within) : document;
  if (!scope) return null;
  let found = [...scope.querySelectorAll(CANDIDATES[query.role] ?? '*')].filter(
    (element) => visible(element) && matches(nameOf(element)),
  );
  // For text, the innermost element that holds it (not every ancestor up to <body>).
  if (query.role === 'text')
    found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  const element = found[0];
  if (!element) return null;
  const w = window as unknown as { engineSmokeMarks?: number };
  let mark = element.getAttribute('data-engine-smoke');
  if (!mark) {
    w.engineSmokeMarks = (w.engineSmokeMarks ?? 0) + 1;
    mark = String(w.engineSmokeMarks);
    element.setAttribute('data-engine-smoke', mark);
  }
  return `[data-engine-smoke="${mark}"]`;
}
