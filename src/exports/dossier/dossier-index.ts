import { escapeHtml, standaloneHtml } from '../html-text';

/** One entry of the dossier's index: a file, the folder it is in (beside the index when none), and what it is. */
export interface IndexEntry {
  folder?: string;
  name: string;
  description: string;
}

/** The words of the index page, in the user's language. */
export interface IndexLabels {
  title: string;
  intro: string;
  documents: string;
  attachments: string;
  noAttachments: string;
}

/** A file of the dossier as a link relative to the index: folder and name each percent-encoded. */
function href({ folder, name }: IndexEntry): string {
  return folder === undefined
    ? encodeURIComponent(name)
    : `${encodeURIComponent(folder)}/${encodeURIComponent(name)}`;
}

function list(entries: readonly IndexEntry[]): string {
  return entries
    .map(
      (entry) =>
        `<li><a href="${escapeHtml(href(entry))}">${escapeHtml(entry.name)}</a>` +
        (entry.description === '' ? '' : ` — ${escapeHtml(entry.description)}`) +
        '</li>',
    )
    .join('\n');
}

/**
 * The dossier's index page: a plain HTML file that links every document and attachment, readable in any
 * browser straight from the unzipped folder. No script and nothing loaded from elsewhere.
 */
export function dossierIndex(
  labels: IndexLabels,
  documents: readonly IndexEntry[],
  attachments: readonly IndexEntry[],
): string {
  return standaloneHtml({
    title: labels.title,
    styles:
      'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.25rem 0}',
    body: `<h1>${escapeHtml(labels.title)}</h1>
<p>${escapeHtml(labels.intro)}</p>
<h2>${escapeHtml(labels.documents)}</h2>
<ul>
${list(documents)}
</ul>
<h2>${escapeHtml(labels.attachments)}</h2>
${attachments.length === 0 ? `<p>${escapeHtml(labels.noAttachments)}</p>` : `<ul>\n${list(attachments)}\n</ul>`}`,
  });
}
