/**
 * Characters that no file system or unzip tool takes in a name (Windows forbids `<>:"/\|?*`), control
 * characters, and the invisible ones that reorder or hide text: a title with U+202E could show `fdp.exe` as
 * `exe.pdf`.
 */
const UNSAFE_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Names Windows keeps for devices, whatever the extension: a file called `con.pdf` cannot be opened there. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Long enough to read a title, short enough for a folder path on Windows (260 characters in all). */
const MAX_STEM_LENGTH = 100;

/**
 * A readable file name that every system accepts: unsafe characters become spaces, runs of spaces and dots
 * collapse, no leading or trailing dot or space (Windows drops them), a device name gets an underscore, and the
 * stem is cut to a length a path can hold. An empty result becomes `fallback`.
 */
export function safeFileName(stem: string, extension: string, fallback = 'bestand'): string {
  const cleaned = stem
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  const cut = [...cleaned]
    .slice(0, MAX_STEM_LENGTH)
    .join('')
    .replace(/[\s.]+$/u, '');
  const readable = cut === '' ? fallback : cut;
  const safeStem = DEVICE_NAMES.test(readable) ? `${readable}_` : readable;
  const safeExtension = extension
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
  return safeExtension === '' ? safeStem : `${safeStem}.${safeExtension}`;
}

/** The extension of a file name, lower case, or '' when it has none. */
export function extensionOf(name: string): string {
  return /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/**
 * The names made unique within one folder, in order: a second `R1 - Verslag.pdf` becomes
 * `R1 - Verslag (2).pdf`. Compared without regard to case, as Windows and macOS compare them.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++)
      candidate = `${stem} (${copy})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
