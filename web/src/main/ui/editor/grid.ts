import { openDetails } from "./details";
import type { MapEditor } from "./editor";
import type { IdIndex, JsonObject } from "./model";
import type { Op } from "./ops";
import { newId } from "./ops";
import { button, laneLabel } from "./view";

const CARD = "[data-jm-touchpoint-id]";
const DRAG_THRESHOLD_PX = 6;
/** Lane types drawn from the touchpoints; the others hold their own items per stage. */
const DERIVED_LANES = new Set(["touchpoints", "customer-actions", "thoughts", "emotions", "channels", "metrics"]);

interface Drag {
  id: string;
  card: HTMLElement;
  startX: number;
  startY: number;
  active: boolean;
  target: { stage: string; before: string | null } | null;
  /** The elements that carry a drop mark now (cleared by reference, not by searching the grid). */
  marked: { cell: HTMLElement | null; before: HTMLElement | null; end: boolean };
}

/**
 * The grid's structure in the page view: controls to reorder and remove stages, add touchpoints
 * and lane items, open a touchpoint's details, and moving touchpoints within and across stages by
 * dragging (pointer events, so mouse, pen and touch) or from the keyboard (Alt and the arrow keys
 * on a focused card). All controls are real buttons with labels from the i18n bundle.
 */
export class GridEditor {
  private drag: Drag | null = null;
  private dragEndedAt = 0;
  private readonly hintId: string;

  constructor(private readonly editor: MapEditor) {
    const hint = document.createElement("span");
    hint.className = "jm-visually-hidden";
    hint.id = this.hintId = `${editor.bar.hintId}-card`;
    hint.textContent = editor.grid.t("card-hint");
    editor.bar.element.append(hint);
    const region = editor.region;
    region.addEventListener("keydown", (event) => this.onKeyDown(event));
    region.addEventListener("pointerdown", (event) => this.onPointerDown(event));
    // The click the browser sends when a drag ends is not a click on the card (the comments panel
    // and in-place editing both skip a click whose default was prevented).
    region.addEventListener("click", (event) => {
      if (this.justDragged()) {
        event.preventDefault();
      }
    }, true);
    // One listener for the details and remove buttons of every card (event delegation), instead of
    // two listeners per card on every rendering.
    region.addEventListener("click", (event) => {
      const control = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-jm-card-action]") : null;
      const card = control?.closest<HTMLElement>(CARD);
      if (!control || !card || !region.contains(control)) {
        return;
      }
      const id = card.dataset.jmTouchpointId ?? "";
      if (control.dataset.jmCardAction === "details") {
        openDetails(this.editor, id, control);
      } else {
        this.removeTouchpoint(id);
      }
    });
    document.addEventListener("pointermove", (event) => this.onPointerMove(event));
    document.addEventListener("pointerup", (event) => this.onPointerUp(event));
    document.addEventListener("pointercancel", () => this.endDrag());
  }

  private t(name: string, ...args: (string | number)[]): string {
    return this.editor.grid.t(name, ...args);
  }

  private get stages(): JsonObject[] {
    return (this.editor.map.stages ?? []) as JsonObject[];
  }

  private get touchpoints(): JsonObject[] {
    return (this.editor.map.touchpoints ?? []) as JsonObject[];
  }

  private touchpoint(id: string): JsonObject | undefined {
    return this.touchpoints.find((tp) => tp.id === id);
  }

  private inStage(stage: string, except?: string): JsonObject[] {
    return this.touchpoints.filter((tp) => tp.stageId === stage && tp.id !== except);
  }

  private stageName(id: string): string {
    return String(this.stages.find((stage) => stage.id === id)?.name ?? "");
  }

  dragging(): boolean {
    return this.drag?.active === true;
  }

  /** True right after a drag ended, so the click the browser sends then does not start editing. */
  justDragged(): boolean {
    return Date.now() - this.dragEndedAt < 300;
  }

  /** Adds the controls to a fresh rendering; `index` is the map's objects by id (ops.ts indexById). */
  decorate(index: IdIndex): void {
    const region = this.editor.region;
    const stages = this.stages;
    const positions = new Map(stages.map((stage, position) => [String(stage.id), position]));
    region.querySelectorAll<HTMLElement>("th[data-jm-stage-id]").forEach((header) => {
      const id = header.dataset.jmStageId ?? "";
      const index = positions.get(id) ?? -1;
      if (index < 0) {
        return;
      }
      const name = this.stageName(id);
      const controls = document.createElement("span");
      controls.className = "jm-controls";
      const left = button("\u2190", "jm-controls__button", this.t("stage-left", name));
      left.disabled = index === 0;
      left.dataset.jmFocusKey = `stage-left:${id}`;
      left.addEventListener("click", () => this.moveStage(id, -1));
      const right = button("\u2192", "jm-controls__button", this.t("stage-right", name));
      right.disabled = index === stages.length - 1;
      right.dataset.jmFocusKey = `stage-right:${id}`;
      right.addEventListener("click", () => this.moveStage(id, 1));
      const remove = button("\u00d7", "jm-controls__button", this.t("stage-remove", name));
      remove.dataset.jmFocusKey = `stage-remove:${id}`;
      remove.addEventListener("click", () => this.removeStage(id));
      controls.append(left, right, remove);
      header.append(controls);
    });
    const lanes = (this.editor.map.lanes ?? []) as JsonObject[];
    region.querySelectorAll<HTMLElement>("tr[data-jm-lane-id]").forEach((row) => {
      const laneId = row.dataset.jmLaneId ?? "";
      const lane = lanes.find((candidate) => candidate.id === laneId);
      const isTouchpoints = row.classList.contains("jm-grid__row--touchpoints");
      if (!isTouchpoints && (!lane || DERIVED_LANES.has(String(lane.type)))) {
        return;
      }
      row.querySelectorAll<HTMLElement>("td[data-jm-stage-id]").forEach((cell) => {
        const stage = cell.dataset.jmStageId ?? "";
        const name = this.stageName(stage);
        if (isTouchpoints) {
          const add = button("+", "jm-add", this.t("add-touchpoint", name));
          add.dataset.jmFocusKey = `add-touchpoint:${stage}`;
          add.addEventListener("click", () => this.addTouchpoint(stage));
          cell.append(add);
        } else if (lane) {
          const add = button("+", "jm-add", this.t("add-item", `${laneLabel(this.editor, lane)} / ${name}`));
          add.dataset.jmFocusKey = `add-item:${laneId}:${stage}`;
          add.addEventListener("click", () => this.addItem(laneId, stage));
          cell.append(add);
          cell.querySelectorAll<HTMLElement>('[data-jm-edit="item"]').forEach((text) => {
            const itemId = text.dataset.jmId ?? "";
            const remove = button("\u00d7", "jm-controls__button", this.t("item-remove", text.textContent?.trim() ?? ""));
            remove.addEventListener("click", () =>
              this.editor.change([{ t: "del", id: laneId, keys: ["cells", stage], item: itemId }], {
                announce: this.t("removed"),
                focus: `[data-jm-focus-key="${CSS.escape(`add-item:${laneId}:${stage}`)}"]`,
              }),
            );
            text.after(" ", remove);
          });
        }
      });
    });
    region.querySelectorAll<HTMLElement>(CARD).forEach((card) => {
      const id = card.dataset.jmTouchpointId ?? "";
      const tp = index.get(id);
      if (!tp) {
        return;
      }
      card.classList.add("jm-card--movable");
      card.setAttribute("aria-describedby", this.hintId);
      const name = String(tp.name ?? "");
      const controls = document.createElement("p");
      controls.className = "jm-controls jm-card__controls";
      const details = button("\u2026", "jm-controls__button", this.t("details", name));
      details.dataset.jmFocusKey = `details:${id}`;
      details.dataset.jmCardAction = "details";
      const remove = button("\u00d7", "jm-controls__button", this.t("tp-remove", name));
      remove.dataset.jmCardAction = "remove";
      controls.append(details, remove);
      card.append(controls);
    });
  }

  private moveStage(id: string, delta: -1 | 1): void {
    const stages = this.stages;
    const index = stages.findIndex((stage) => stage.id === id);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= stages.length) {
      return;
    }
    const after = delta < 0 ? (target > 0 ? String(stages[target - 1].id) : null) : String(stages[target].id);
    this.editor.change([{ t: "mov", id: "", keys: ["stages"], item: id, after }], {
      focus: `[data-jm-focus-key="${CSS.escape(`stage-${delta < 0 ? "left" : "right"}:${id}`)}"]`,
    });
  }

  private removeStage(id: string): void {
    const gone = new Set(this.inStage(id).map((tp) => String(tp.id)));
    const ops: Op[] = [];
    ((this.editor.map.flows ?? []) as JsonObject[])
      .filter((flow) => gone.has(String(flow.from)) || gone.has(String(flow.to)))
      .forEach((flow) => ops.push({ t: "del", id: "", keys: ["flows"], item: String(flow.id) }));
    gone.forEach((tp) => ops.push({ t: "del", id: "", keys: ["touchpoints"], item: tp }));
    ((this.editor.map.lanes ?? []) as JsonObject[]).forEach((lane) => {
      const cells = lane.cells as Record<string, JsonObject[]> | undefined;
      if (cells && cells[id] !== undefined) {
        // The stage's cell goes as a whole: a cell of a stage that does not exist would not validate.
        ops.push({ t: "set", id: String(lane.id), in: ["cells"], key: id, value: undefined });
      }
    });
    ops.push({ t: "del", id: "", keys: ["stages"], item: id });
    this.editor.change(ops, { announce: this.t("removed") });
    this.editor.view.element.querySelector<HTMLElement>('[data-jm-tool="add-stage"]')?.focus();
  }

  private addTouchpoint(stage: string): void {
    const id = newId("tp");
    const item = { id, stageId: stage, name: this.t("new-touchpoint") };
    this.editor.change([{ t: "ins", id: "", keys: ["touchpoints"], item, after: this.afterForEnd(stage, id) }], {
      announce: this.t("added"),
      editAfter: { kind: "touchpoint", id, field: "name" },
    });
  }

  private addItem(lane: string, stage: string): void {
    const id = newId("it");
    const cells = ((this.editor.map.lanes ?? []) as JsonObject[]).find((l) => l.id === lane)?.cells as
      | Record<string, JsonObject[]>
      | undefined;
    const list = cells?.[stage] ?? [];
    const after = list.length > 0 ? String(list[list.length - 1].id) : null;
    this.editor.change([{ t: "ins", id: lane, keys: ["cells", stage], item: { id, text: this.t("new-item") }, after }], {
      announce: this.t("added"),
      editAfter: { kind: "item", id, field: "text" },
    });
  }

  private removeTouchpoint(id: string): void {
    const ops: Op[] = ((this.editor.map.flows ?? []) as JsonObject[])
      .filter((flow) => flow.from === id || flow.to === id)
      .map((flow): Op => ({ t: "del", id: "", keys: ["flows"], item: String(flow.id) }));
    const stage = String(this.touchpoint(id)?.stageId ?? "");
    ops.push({ t: "del", id: "", keys: ["touchpoints"], item: id });
    this.editor.change(ops, {
      announce: this.t("removed"),
      focus: `[data-jm-focus-key="${CSS.escape(`add-touchpoint:${stage}`)}"]`,
    });
  }

  /** The id to insert after so that a touchpoint lands at the end of the stage (journey order kept). */
  private afterForEnd(stage: string, except: string): string | null {
    const own = this.inStage(stage, except);
    if (own.length > 0) {
      return String(own[own.length - 1].id);
    }
    const order = this.stages.map((s) => String(s.id));
    const before = new Set(order.slice(0, Math.max(0, order.indexOf(stage))));
    const earlier = this.touchpoints.filter((tp) => before.has(String(tp.stageId)) && tp.id !== except);
    return earlier.length > 0 ? String(earlier[earlier.length - 1].id) : null;
  }

  /** Moves the touchpoint into the stage, before the touchpoint `before` (null: at its end). */
  moveTouchpoint(id: string, stage: string, before: string | null): void {
    const tp = this.touchpoint(id);
    if (!tp || before === id) {
      return;
    }
    let after: string | null;
    if (before) {
      const rest = this.touchpoints.filter((candidate) => candidate.id !== id);
      const index = rest.findIndex((candidate) => candidate.id === before);
      after = index > 0 ? String(rest[index - 1].id) : null;
    } else {
      after = this.afterForEnd(stage, id);
    }
    const ops: Op[] = [];
    if (tp.stageId !== stage) {
      ops.push({ t: "set", id, key: "stageId", value: stage });
    }
    ops.push({ t: "mov", id: "", keys: ["touchpoints"], item: id, after });
    const position = (before ? this.inStage(stage, id).findIndex((c) => c.id === before) : this.inStage(stage, id).length) + 1;
    if (this.editor.change(ops, {
      announce: this.t("moved", String(tp.name ?? ""), position, this.stageName(stage)),
      focus: `[data-jm-touchpoint-id="${CSS.escape(id)}"]`,
    })) {
      this.showMove(id, stage, before);
    }
  }

  /** Moves the card in the page at once; the server's rendering follows after the save. */
  private showMove(id: string, stage: string, before: string | null): void {
    const region = this.editor.region;
    const card = region.querySelector<HTMLElement>(`${CARD}[data-jm-touchpoint-id="${CSS.escape(id)}"]`);
    const item = card?.closest("li");
    const cell = region.querySelector<HTMLElement>(
      `tr.jm-grid__row--touchpoints td[data-jm-stage-id="${CSS.escape(stage)}"]`,
    );
    if (!card || !item || !cell) {
      return;
    }
    let list = cell.querySelector("ol.jm-cards");
    if (!list) {
      list = document.createElement("ol");
      list.className = "jm-cards";
      cell.prepend(list);
    }
    const next = before
      ? region.querySelector(`${CARD}[data-jm-touchpoint-id="${CSS.escape(before)}"]`)?.closest("li") ?? null
      : null;
    list.insertBefore(item, next && next.parentElement === list ? next : null);
    card.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const card = event.target instanceof HTMLElement && event.target.matches(CARD) ? event.target : null;
    if (!card) {
      return;
    }
    const id = card.dataset.jmTouchpointId ?? "";
    const tp = this.touchpoint(id);
    if (!tp) {
      return;
    }
    if (event.key === "Enter" && !event.altKey) {
      event.preventDefault();
      openDetails(this.editor, id, card);
      return;
    }
    if (!event.altKey || !event.key.startsWith("Arrow")) {
      return;
    }
    event.preventDefault();
    const stage = String(tp.stageId);
    const own = this.inStage(stage);
    const index = own.findIndex((candidate) => candidate.id === id);
    const order = this.stages.map((s) => String(s.id));
    switch (event.key) {
      case "ArrowUp":
        if (index > 0) {
          this.moveTouchpoint(id, stage, String(own[index - 1].id));
        }
        break;
      case "ArrowDown":
        if (index < own.length - 1) {
          this.moveTouchpoint(id, stage, index + 2 < own.length ? String(own[index + 2].id) : null);
        }
        break;
      default: {
        const rtl = getComputedStyle(card).direction === "rtl";
        const delta = (event.key === "ArrowLeft") !== rtl ? -1 : 1;
        const target = order[order.indexOf(stage) + delta];
        if (target !== undefined) {
          const there = this.inStage(target, id);
          this.moveTouchpoint(id, target, index < there.length ? String(there[index].id) : null);
        }
      }
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !(event.target instanceof Element)) {
      return;
    }
    const card = event.target.closest<HTMLElement>(CARD);
    if (!card || event.target.closest("button, input, textarea, select, a, [data-jm-editing]")) {
      return;
    }
    this.drag = {
      id: card.dataset.jmTouchpointId ?? "",
      card,
      startX: event.clientX,
      startY: event.clientY,
      active: false,
      target: null,
      marked: { cell: null, before: null, end: false },
    };
  }

  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag) {
      return;
    }
    const starting = !drag.active;
    if (starting) {
      if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD_PX) {
        return;
      }
      drag.active = true;
    }
    event.preventDefault();
    // Read the geometry first and change classes only afterwards (the dragging classes too), and only
    // when the drop place changed: a class change before the reads would make the reads bring style,
    // layout and the paint layers up to date once for the change and the browser again for the next.
    const under = document.elementFromPoint(event.clientX, event.clientY);
    const found = under?.closest<HTMLElement>("tr.jm-grid__row--touchpoints td[data-jm-stage-id]");
    const cell = found && this.editor.region.contains(found) ? found : null;
    let before: HTMLElement | null = null;
    if (cell) {
      for (const other of Array.from(cell.querySelectorAll<HTMLElement>(CARD))) {
        if (other === drag.card) {
          continue;
        }
        const box = other.getBoundingClientRect();
        if (event.clientY < box.top + box.height / 2) {
          before = other;
          break;
        }
      }
    }
    if (starting) {
      drag.card.classList.add("jm-card--dragging");
      this.editor.region.classList.add("jm-map--dragging");
    }
    this.mark(drag, cell, before);
    drag.target = cell ? { stage: cell.dataset.jmStageId ?? "", before: before?.dataset.jmTouchpointId ?? null } : null;
  }

  /** Moves the drop marks to the cell and the card the drop would go before (none: at the cell's end). */
  private mark(drag: Drag, cell: HTMLElement | null, before: HTMLElement | null): void {
    const marked = drag.marked;
    const end = cell !== null && before === null;
    if (marked.cell === cell && marked.before === before && marked.end === end) {
      return;
    }
    marked.cell?.classList.remove("jm-grid__cell--drop", "jm-grid__cell--drop-end");
    marked.before?.classList.remove("jm-card--drop-before");
    cell?.classList.add("jm-grid__cell--drop");
    if (end) {
      cell?.classList.add("jm-grid__cell--drop-end");
    }
    before?.classList.add("jm-card--drop-before");
    drag.marked = { cell, before, end };
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag) {
      return;
    }
    if (drag.active) {
      event.preventDefault();
      this.dragEndedAt = Date.now();
      const target = drag.target;
      this.endDrag();
      if (target) {
        this.moveTouchpoint(drag.id, target.stage, target.before);
      }
      return;
    }
    this.endDrag();
  }

  private endDrag(): void {
    if (this.drag) {
      this.drag.card.classList.remove("jm-card--dragging");
      this.mark(this.drag, null, null);
    }
    this.drag = null;
    this.editor.region.classList.remove("jm-map--dragging");
  }
}
