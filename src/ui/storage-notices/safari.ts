/**
 * Whether the page runs in Safari itself, on a Mac, iPhone or iPad (iPadOS Safari presents itself as a Mac).
 * Chrome, Edge and Firefox on iOS also run on WebKit but name themselves (CriOS, EdgiOS, FxiOS); they are left
 * out on purpose: WebKit documents its 7-day rule and the Home Screen exemption for Safari, and these apps set
 * their own storage policy, so the notice could not tell their users the truth. Like every browser that does
 * not keep the data persistently, they get the backup reminder.
 */
export function isSafari(userAgent: string): boolean {
  return (
    // Apple's platforms only: WebKitGTK's browsers on Linux present themselves as Safari too.
    /\b(Macintosh|iPhone|iPad|iPod)\b/.test(userAgent) &&
    /\bVersion\/\d+(\.\d+)* (Mobile\/\w+ )?Safari\//.test(userAgent) &&
    !/\b(Chrome|Chromium|CriOS|EdgiOS|Edg|FxiOS|OPiOS|OPR|Android)\b/.test(userAgent)
  );
}

/** Whether the site runs as a Home Screen web app (iOS, iPadOS) or a web app added to the Dock (macOS). */
export function isStandalone(): boolean {
  return (
    (navigator as Navigator & { standalone?: boolean }).standalone === true ||
    window.matchMedia('(display-mode: standalone)').matches
  );
}
