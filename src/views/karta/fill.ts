/** Attachment: the element fills the window below its top edge (seen whole without scrolling); narrow screens keep the CSS height. */
export function fillViewport(el: HTMLElement, min = 320, max = 960): () => void {
  const fit = () => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    el.style.height =
      window.innerWidth < 800 ? '' : `${Math.round(Math.max(min, Math.min(max, window.innerHeight - top - 12)))}px`;
  };
  const ro = new ResizeObserver(fit);
  ro.observe(document.body);
  return () => ro.disconnect();
}
