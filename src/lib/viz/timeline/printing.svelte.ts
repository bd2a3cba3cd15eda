/**
 * Whether the page is being printed: the browser's print (beforeprint/afterprint) and a print
 * stylesheet (a PDF made with print media) both count. `prepare` runs before the flag is set and
 * flushSync after, so the page is ready before it is laid out for paper.
 */
import { flushSync } from 'svelte';

export class PrintWatch {
  on = $state(false);

  /** Made while a component is set up (it installs an effect that ends with the component). */
  constructor(prepare: () => void) {
    $effect(() => {
      const media = window.matchMedia('print');
      const set = (on: boolean) => {
        if (on) prepare();
        this.on = on;
        flushSync();
      };
      const change = () => set(media.matches);
      const before = () => set(true);
      const after = () => set(media.matches);
      if (media.matches) queueMicrotask(change);
      media.addEventListener('change', change);
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      return () => {
        media.removeEventListener('change', change);
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
      };
    });
  }
}
