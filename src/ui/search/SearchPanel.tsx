import { useEffect, useState } from 'preact/hooks';
import { loadPagefind, parseExcerpt, rankResults, rankSections, type PagefindResultData } from './pagefind';
import { sitePath } from '../site-path';
import * as strings from '../strings';

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; query: string; results: PagefindResultData[] }
  | { status: 'unavailable' };

function Excerpt({ html }: { html: string }) {
  return (
    <p class="search-result__excerpt">
      {parseExcerpt(html).map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}
    </p>
  );
}

/**
 * The sections of a page that match, the best first, apart from the page's own top heading, which the title
 * already links.
 */
function Sections({ result, query }: { result: PagefindResultData; query: string }) {
  const sections = rankSections(result.sub_results, query).filter((section) => section.url !== result.url);
  if (sections.length === 0) return null;
  return (
    <ul class="search-result__sections">
      {sections.map((section) => (
        <li key={section.url}>
          <a href={section.url}>{section.title}</a>
          <Excerpt html={section.excerpt} />
        </li>
      ))}
    </ul>
  );
}

function SearchForm({ query }: { query: string }) {
  return (
    <form class="search-form" role="search" action={sitePath('zoeken/')} method="get">
      <label for="search-q">{strings.search.label}</label>
      <div class="search-form__row">
        <input id="search-q" name="q" type="search" placeholder={strings.search.placeholder} value={query} />
        <button type="submit">{strings.search.button}</button>
      </div>
    </form>
  );
}

/**
 * The search form and, for the page's `?q=`, the pages and sections Pagefind finds.
 * The form is rendered at build time too, so it submits without JavaScript.
 */
export default function SearchPanel() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
    setQuery(query);
    if (!query) return;
    setState({ status: 'loading' });
    loadPagefind()
      .then((pagefind) => pagefind.search(query))
      .then((search) => Promise.all(search.results.map((result) => result.data())))
      .then((results) => setState({ status: 'done', query, results: rankResults(results, query) }))
      .catch(() => setState({ status: 'unavailable' }));
  }, []);

  return (
    <>
      <SearchForm query={query} />
      <SearchOutcome state={state} />
    </>
  );
}

function SearchOutcome({ state }: { state: State }) {
  if (state.status === 'idle') return null;
  if (state.status === 'loading') return <p role="status">{strings.search.loading}</p>;
  if (state.status === 'unavailable') return <p role="alert">{strings.search.unavailable}</p>;
  return (
    <section class="search-results" aria-labelledby="search-summary">
      <h2 id="search-summary" class="search-results__summary" role="status">
        {strings.search.results(state.results.length, state.query)}
      </h2>
      <ol class="search-results__list">
        {state.results.map((result) => (
          <li class="search-result" key={result.url}>
            <a class="search-result__title" href={result.url}>
              {result.meta.title ?? result.url}
            </a>
            <Excerpt html={result.excerpt} />
            <Sections result={result} query={state.query} />
          </li>
        ))}
      </ol>
    </section>
  );
}
