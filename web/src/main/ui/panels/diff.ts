import type { DiffChange } from "./api";
import { el, uid } from "./dom";
import type { PanelTexts } from "./texts";
import { format } from "./texts";

/** How the visual diff shows a change. */
export type Category = "added" | "removed" | "changed" | "moved";

const PRIORITY: Category[] = ["added", "removed", "moved", "changed"];

export function category(kind: string): Category {
  if (kind.endsWith("-added") || kind === "persona-linked") {
    return "added";
  }
  if (kind.endsWith("-removed") || kind === "persona-unlinked") {
    return "removed";
  }
  if (kind.endsWith("-moved") || kind.endsWith("-reordered") || kind.endsWith("-moved-stage")) {
    return "moved";
  }
  return "changed";
}

export function categoryLabel(texts: PanelTexts, value: Category): string {
  return { added: texts.diffAdded, removed: texts.diffRemoved, changed: texts.diffChanged, moved: texts.diffMoved }[value];
}

const TOUCHPOINT_ITEMS = new Set(["pain-point", "opportunity", "metric", "evidence"]);

function byData(root: ParentNode, attribute: string, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(id)}"]`);
}

/**
 * Where a change shows in the rendered grid, and as what: the element itself, or the element holding
 * it (a removed pain point shows as a changed card). Null when it has no place there (a removed
 * touchpoint, a flow, a persona): the list of changes still names it.
 */
function place(root: ParentNode, change: DiffChange): { element: HTMLElement; as: Category } | null {
  const own = category(change.kind);
  const kind = change.elementKind;
  if (kind === "touchpoint" || change.kind === "emotion-changed") {
    const card = byData(root, "data-jm-touchpoint-id", change.elementId);
    return card ? { element: card, as: own } : null;
  }
  if (kind === "stage") {
    const stage = root.querySelector<HTMLElement>(`th[data-jm-stage-id="${CSS.escape(change.elementId)}"]`);
    return stage ? { element: stage, as: own } : null;
  }
  if (kind === "lane" || kind === "lane-item") {
    const laneId = kind === "lane" ? change.elementId : change.parentId ?? "";
    const header = byData(root, "data-jm-lane-id", laneId)?.querySelector<HTMLElement>(":scope > th");
    return header ? { element: header, as: kind === "lane" ? own : "changed" } : null;
  }
  if (TOUCHPOINT_ITEMS.has(kind) && change.parentId) {
    const card = byData(root, "data-jm-touchpoint-id", change.parentId);
    return card ? { element: card, as: "changed" } : null;
  }
  if (kind === "map") {
    const title = root.querySelector<HTMLElement>(".jm-map__title");
    return title ? { element: title, as: "changed" } : null;
  }
  return null;
}

function before(change: DiffChange, texts: PanelTexts): string {
  const old = change.oldValue;
  if (category(change.kind) !== "changed" || old === undefined || old === null || typeof old === "object") {
    return "";
  }
  return format(texts.diffBefore, String(old));
}

function focusable(element: HTMLElement): boolean {
  return element.hasAttribute("tabindex") || element.matches("a[href], button, input, select, textarea");
}

/**
 * Highlights the changes in the rendered version: each element that changed gets a class and a
 * visible badge by category, its sentences (with the old value where there is one) as a tooltip
 * that shows on hover and on keyboard focus, and the same words as its accessible description.
 * Returns how many elements were marked.
 */
export function markChanges(root: HTMLElement, changes: DiffChange[], texts: PanelTexts, descriptions: HTMLElement): number {
  const marks = new Map<HTMLElement, { as: Category; lines: string[] }>();
  for (const change of changes) {
    const found = place(root, change);
    if (!found) {
      continue;
    }
    const line = [change.sentence, before(change, texts)].filter(Boolean).join(" ");
    const mark = marks.get(found.element);
    if (mark) {
      mark.lines.push(line);
      if (PRIORITY.indexOf(found.as) < PRIORITY.indexOf(mark.as)) {
        mark.as = found.as;
      }
    } else {
      marks.set(found.element, { as: found.as, lines: [line] });
    }
  }
  marks.forEach((mark, element) => {
    const label = categoryLabel(texts, mark.as);
    element.classList.add("jm-diff", `jm-diff--${mark.as}`);
    element.dataset.jmDiff = mark.as;
    element.title = mark.lines.join("\n");
    if (!focusable(element)) {
      element.tabIndex = 0;
    }
    const description = el("span", "", `${label}: ${mark.lines.join(" ")}`);
    description.id = uid("jm-diff-note");
    descriptions.append(description);
    const existing = element.getAttribute("aria-describedby");
    element.setAttribute("aria-describedby", existing ? `${existing} ${description.id}` : description.id);
    const badge = el("span", `jm-diff-badge jm-diff-badge--${mark.as}`, label);
    badge.setAttribute("aria-hidden", "true");
    const note = el("span", "jm-diff-note");
    note.setAttribute("aria-hidden", "true");
    mark.lines.forEach((line) => note.append(el("span", "jm-diff-note__line", line)));
    element.prepend(badge);
    element.append(note);
  });
  return marks.size;
}

/**
 * Puts each removed touchpoint back into the newer grid as a copy of its old card, in its old stage's
 * column and lane, when that stage is still there, so {@link markChanges} shows it as removed in place.
 * The copy keeps its touchpoint id; it carries no ids of its own.
 */
export function showRemovedCards(root: HTMLElement, older: HTMLElement, changes: DiffChange[]): void {
  for (const change of changes) {
    if (change.kind !== "touchpoint-removed") {
      continue;
    }
    const card = byData(older, "data-jm-touchpoint-id", change.elementId);
    const cell = card?.closest<HTMLTableCellElement>("td");
    const laneId = cell?.closest<HTMLElement>("tr")?.dataset.jmLaneId;
    const stageId = cell?.closest("table")?.tHead?.rows[0]?.cells[cell.cellIndex]?.dataset.jmStageId;
    if (!card || !laneId || !stageId) {
      continue;
    }
    const stage = root.querySelector<HTMLTableCellElement>(`th[data-jm-stage-id="${CSS.escape(stageId)}"]`);
    const row = root.querySelector<HTMLTableRowElement>(`tr[data-jm-lane-id="${CSS.escape(laneId)}"]`);
    const target = stage && row ? row.cells[stage.cellIndex] : undefined;
    if (!target) {
      continue;
    }
    let list = target.querySelector<HTMLOListElement>(":scope > ol.jm-cards");
    if (!list) {
      list = el("ol", "jm-cards");
      target.prepend(list);
    }
    const item = el("li", "jm-cards__removed");
    item.append(card.cloneNode(true));
    list.append(item);
  }
}

/** The list of every change between the two versions, each with its category as a word. */
export function changeList(changes: DiffChange[], texts: PanelTexts): HTMLOListElement {
  const list = el("ol", "jm-diff-list");
  for (const change of changes) {
    const value = category(change.kind);
    const item = el("li", `jm-diff-list__item jm-diff-list__item--${value}`);
    item.dataset.jmDiff = value;
    item.append(el("span", `jm-diff-badge jm-diff-badge--${value}`, categoryLabel(texts, value)), " ",
      el("span", "jm-diff-list__sentence", [change.sentence, before(change, texts)].filter(Boolean).join(" ")));
    list.append(item);
  }
  return list;
}
