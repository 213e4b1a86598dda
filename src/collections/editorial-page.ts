import { getEntry, render } from 'astro:content';

/** One page of our own prose from content/pages/, ready to render; fails the build when it is missing. */
export async function getEditorialPage(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.md is missing`);
  const { Content } = await render(entry);
  return { page: entry.data, Content };
}
