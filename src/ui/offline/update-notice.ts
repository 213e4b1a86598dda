import { settleUnsavedEdits } from '../unsaved-edits';
import type { UpdateOffer } from './service-worker-updates';

/**
 * Fills the page's update region with a notice offering the new version, in the words the region carries
 * (src/components/UpdateNotice.astro). Reloading waits until autosaved
 * fields are stored, and is refused — with the reason — while a form holds text only its button saves.
 */
export function showUpdateNotice(
  region: HTMLElement,
  template: HTMLTemplateElement,
  update: UpdateOffer,
): void {
  const notice = template.content.firstElementChild?.cloneNode(true);
  if (!(notice instanceof HTMLElement)) return;
  const message = notice.querySelector<HTMLElement>('[data-update-message]');
  const reload = notice.querySelector<HTMLButtonElement>('[data-update-reload]');
  const later = notice.querySelector<HTMLButtonElement>('[data-update-later]');
  if (!message || !reload || !later) return;

  const words = region.dataset;
  message.textContent = (update.fromThisTab ? words.available : words.activeElsewhere) ?? '';
  reload.addEventListener('click', () => {
    reload.disabled = true;
    void settleUnsavedEdits().then((settled) => {
      if (settled) {
        message.textContent = words.reloading ?? '';
        update.apply();
      } else {
        message.textContent = words.unsavedFirst ?? '';
        reload.disabled = false;
      }
    });
  });
  later.addEventListener('click', () => notice.remove());
  region.replaceChildren(notice);
}
