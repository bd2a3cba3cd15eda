/**
 * The service worker: registered in the built app only. A new version waits until the person
 * chooses "ladda om", so nothing is swapped in mid-work.
 */
class Offline {
  /** A new version is installed and waiting. */
  updateReady = $state(false);
  private waiting: ServiceWorker | null = null;

  register(): void {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker
      .register('./sw.js')
      .then((reg) => {
        if (reg.waiting && navigator.serviceWorker.controller) this.announce(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const w = reg.installing;
          w?.addEventListener('statechange', () => {
            if (w.state === 'installed' && navigator.serviceWorker.controller) this.announce(w);
          });
        });
      })
      .catch(() => {
        // Without a service worker the app still works online; nothing to tell the person.
      });
  }

  private announce(w: ServiceWorker): void {
    this.waiting = w;
    this.updateReady = true;
  }

  /** Let the new version take over and reload once it controls the page. */
  reload(): void {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    if (this.waiting) this.waiting.postMessage('skipWaiting');
    else location.reload();
  }
}

export const offline = new Offline();
