import { MapEditor } from "../editor/editor";
import { hostContext } from "../editor/host";
import { readTexts } from "../editor/texts";

/**
 * Progressive enhancement of server-rendered journey maps: finds every interactive map region the
 * Soy templates produced, marks it enhanced and, when the viewer may edit the page, starts the
 * in-place editor on it. Viewers keep the plain, readable map.
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
    const host = hostContext(region);
    const texts = readTexts(region);
    const mapId = region.dataset.jmMapId;
    if (host?.canEdit && texts && mapId) {
      new MapEditor(region, host, mapId, texts).start().then(() => mark("jm:editor-ready"), () => {
        region.dataset.jmEditor = "unavailable";
      });
    }
  });
  if (count > 0) {
    mark("jm:maps-enhanced");
  }
  return count;
}

/** A Performance API mark for timing the enhancement (docs/performance.md reads them). */
function mark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") {
    performance.mark(name);
  }
}
