/**
 * The grid's cards and lane lists are rendered only when they come near the view (grid.css, content-visibility:
 * auto); until then each takes a placeholder height, and after that the height it last had. A re-render replaces
 * them with new elements, which know no height of their own yet: without help, every part off screen would fall
 * back to the placeholder and the grid would move under the reader. So the editor takes their heights before it
 * replaces them and gives each new element the height of the old one with the same key as its placeholder.
 */
const DEFERRED = ".jm-card[data-jm-touchpoint-id], tr[data-jm-lane-id] > td[data-jm-stage-id] > .jm-entries";

function keyOf(element: HTMLElement): string | null {
  const touchpoint = element.dataset.jmTouchpointId;
  if (touchpoint) {
    return `tp:${touchpoint}`;
  }
  const cell = element.parentElement;
  const row = cell?.parentElement;
  return cell && row ? `list:${row.dataset.jmLaneId ?? ""}:${cell.dataset.jmStageId ?? ""}` : null;
}

/** The content height of each deferred part under `root`, by key (one layout for all of them). */
export function deferredHeights(root: ParentNode): Map<string, number> {
  const heights = new Map<string, number>();
  root.querySelectorAll<HTMLElement>(DEFERRED).forEach((element) => {
    const key = keyOf(element);
    // The used content height, in the element's own CSS pixels (not rounded like clientHeight, not zoomed like
    // getBoundingClientRect): what contain-intrinsic-size takes.
    const height = key ? parseFloat(getComputedStyle(element).height) : NaN;
    if (key && height > 0) {
      heights.set(key, height);
    }
  });
  return heights;
}

/** Gives each deferred part under `root` the height its predecessor with the same key had, as its placeholder. */
export function keepDeferredHeights(root: ParentNode, heights: Map<string, number>): void {
  if (heights.size === 0) {
    return;
  }
  root.querySelectorAll<HTMLElement>(DEFERRED).forEach((element) => {
    const key = keyOf(element);
    const height = key ? heights.get(key) : undefined;
    if (height !== undefined) {
      element.style.containIntrinsicBlockSize = `auto ${height}px`;
    }
  });
}
