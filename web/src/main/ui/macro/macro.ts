import { startComments } from "../comments/comments";
import { MapApi, type MapRead } from "../editor/api";
import { MapEditor } from "../editor/editor";
import type { MapState } from "../panels/api";
import { GridTexts } from "../editor/gridtexts";
import { hostContext } from "../editor/host";
import { readTexts } from "../editor/texts";
import { enhancePanels } from "../panels/panels";

/**
 * Progressive enhancement of server-rendered journey maps: finds every interactive map region the
 * Soy templates produced, marks it enhanced and starts the editor on it, which reads the map (from
 * the page when the page view carried it, else over REST) and adds edit controls only when the read
 * says the viewer may edit. Viewers keep the plain, readable map with the view tools (persona filter,
 * highlights, zoom to fit).
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
    const grid = GridTexts.read(region);
    const mapId = region.dataset.jmMapId;
    if (host && mapId) {
      startComments(region, host, mapId);
    }
    // One read of the map at start-up serves both the tools above the map and the editor: the one the
    // page view carries in the region, or else one REST read.
    const inline = host && mapId ? inlineRead(region, host.pageId, mapId) : undefined;
    const firstRead = inline
      ? Promise.resolve(inline)
      : host && mapId
        ? new MapApi(host.restBase, host.pageId, mapId).read()
        : undefined;
    firstRead?.catch(() => undefined); // each user handles a failure on its own
    enhancePanels(region, host, firstRead as Promise<MapState> | undefined);
    if (host && texts && grid && mapId) {
      // The REST read says whether this viewer may edit; viewers get only the view tools.
      new MapEditor(region, host, mapId, texts, grid).start(firstRead).then(() => mark("jm:editor-ready"), () => {
        region.dataset.jmEditor = "unavailable";
      });
    }
  });
  if (count > 0) {
    mark("jm:maps-enhanced");
  }
  return count;
}

/**
 * The map's read that the page view put in the region (`data-jm-read`, the same object as the REST read), if it is
 * there and is about this page and map. Taken off the region as it is read: it describes the page as loaded, and
 * the editor keeps its own copy from then on.
 */
function inlineRead(region: HTMLElement, pageId: string, mapId: string): MapRead | undefined {
  const text = region.dataset.jmRead;
  if (text === undefined) {
    return undefined;
  }
  delete region.dataset.jmRead;
  try {
    // JSON with backticks for quotation marks; a backtick in a text is written \u0060 (MapReadJson.writeForPage,
    // whose inverse is MapReadJson.jsonOfPageForm).
    const read = JSON.parse(text.replace(/`/g, '"')) as MapRead & { pageId?: unknown; mapId?: unknown };
    const forThisMap = String(read.pageId) === pageId && read.mapId === mapId;
    return forThisMap && typeof read.pageVersion === "number" && read.map ? read : undefined;
  } catch {
    return undefined; // read it over REST instead
  }
}

/** A Performance API mark for timing the enhancement (docs/performance.md reads them). */
function mark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") {
    performance.mark(name);
  }
}
