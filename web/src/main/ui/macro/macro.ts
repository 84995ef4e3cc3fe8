/**
 * Progressive enhancement of server-rendered journey maps: finds every interactive map region the
 * Soy templates produced and marks it enhanced. The grid editor builds on this hook.
 */
export const MAP_SELECTOR = "section.jm-map--interactive";

export function enhanceMaps(root: ParentNode): number {
  let count = 0;
  root.querySelectorAll<HTMLElement>(MAP_SELECTOR).forEach((region) => {
    if (region.dataset.jmEnhanced === "true") {
      return;
    }
    region.dataset.jmEnhanced = "true";
    count++;
  });
  return count;
}
