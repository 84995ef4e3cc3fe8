import type { MapEditor } from "./editor";
import type { IdIndex, JsonObject } from "./model";
import { newId } from "./ops";

const LANE_TYPES = [
  "touchpoints", "customer-actions", "thoughts", "emotions", "pain-points", "opportunities", "channels", "metrics",
  "evidence", "frontstage", "backstage", "support-processes", "text",
];
const ZOOMS = [90, 80, 70, 60, 50, 40, 30];

export function button(text: string, className: string, label?: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  if (label) {
    element.setAttribute("aria-label", label);
    element.title = label;
  }
  return element;
}

let controls = 0;

/** A label and its control side by side (label[for], so the control's name is the label alone). */
function labelled(text: string, control: HTMLElement): HTMLElement {
  const wrapper = document.createElement("span");
  wrapper.className = "jm-tools__field";
  const label = document.createElement("label");
  control.id = `jm-tool-${++controls}`;
  label.htmlFor = control.id;
  label.textContent = text;
  wrapper.append(label, control);
  return wrapper;
}

export function select(options: [string, string][], value: string): HTMLSelectElement {
  const element = document.createElement("select");
  for (const [id, text] of options) {
    element.add(new Option(text, id, false, id === value));
  }
  return element;
}

/** The lane's label as shown: its own, or the name of its type. */
export function laneLabel(editor: MapEditor, lane: JsonObject): string {
  const label = typeof lane.label === "string" ? lane.label.trim() : "";
  return label && label !== lane.type ? label : editor.grid.t(`lane-${String(lane.type)}`);
}

/**
 * The toolbar above a map: persona filter (the emotion curve and the emotions lane follow),
 * highlighting of pain points or moments of truth, zoom to fit, and for editors adding a stage and
 * the lanes panel (show, hide, reorder, remove, add). Collapsing a lane is a button in its header.
 * What the viewer filters, highlights and collapses is a view of their own and is never saved.
 */
export class ViewTools {
  readonly element = document.createElement("div");
  private persona = "";
  private highlight = "";
  private fit = false;
  private readonly collapsed = new Set<string>();
  private lanesList: HTMLElement | null = null;

  constructor(private readonly editor: MapEditor) {
    this.element.className = "jm-tools";
    this.element.setAttribute("role", "toolbar");
  }

  build(): void {
    const t = (name: string, ...args: string[]) => this.editor.grid.t(name, ...args);
    this.element.setAttribute("aria-label", t("tools"));
    this.element.replaceChildren();
    const personas = (Array.isArray(this.editor.map.personas) ? this.editor.map.personas : []) as JsonObject[];
    if (personas.length > 1) {
      const choice = select(
        [["", t("persona-all")], ...personas.map((p): [string, string] => [String(p.id), String(p.title ?? p.id)])],
        this.persona,
      );
      choice.dataset.jmTool = "persona";
      choice.addEventListener("change", () => {
        this.persona = choice.value;
        this.apply();
      });
      this.element.append(labelled(t("persona"), choice));
    }
    const highlight = select(
      [["", t("highlight-none")], ["pain", t("highlight-pain")], ["mot", t("highlight-mot")]],
      this.highlight,
    );
    highlight.dataset.jmTool = "highlight";
    highlight.addEventListener("change", () => {
      this.highlight = highlight.value;
      this.apply();
    });
    this.element.append(labelled(t("highlight"), highlight));
    const fit = button(t("fit"), "jm-tools__button");
    fit.dataset.jmTool = "fit";
    fit.setAttribute("aria-pressed", "false");
    fit.addEventListener("click", () => {
      this.fit = !this.fit;
      fit.setAttribute("aria-pressed", String(this.fit));
      this.apply();
    });
    this.element.append(fit);
    if (this.editor.canEdit) {
      const addStage = button(t("add-stage"), "jm-tools__button");
      addStage.dataset.jmTool = "add-stage";
      addStage.addEventListener("click", () => this.addStage());
      const lanes = document.createElement("details");
      lanes.className = "jm-tools__lanes";
      const summary = document.createElement("summary");
      summary.textContent = t("lanes");
      this.lanesList = document.createElement("ul");
      this.lanesList.className = "jm-tools__lane-list";
      const type = select(LANE_TYPES.map((id): [string, string] => [id, t(`lane-${id}`)]), "text");
      const add = button(t("add-lane"), "jm-tools__button");
      add.addEventListener("click", () => this.addLane(type.value));
      const adder = document.createElement("p");
      adder.append(labelled(t("lane-type"), type), " ", add);
      lanes.append(summary, this.lanesList, adder);
      this.element.append(addStage, lanes);
    }
  }

  private addStage(): void {
    const id = newId("st");
    const stages = (this.editor.map.stages ?? []) as JsonObject[];
    const last = stages.length > 0 ? String(stages[stages.length - 1].id) : null;
    this.editor.change([{ t: "ins", id: "", keys: ["stages"], item: { id, name: this.editor.grid.t("new-stage") }, after: last }], {
      announce: this.editor.grid.t("added"),
      editAfter: { kind: "stage", id, field: "name" },
    });
  }

  private addLane(type: string): void {
    const lanes = (this.editor.map.lanes ?? []) as JsonObject[];
    const last = lanes.length > 0 ? String(lanes[lanes.length - 1].id) : null;
    const id = newId("ln");
    this.editor.change([{ t: "ins", id: "", keys: ["lanes"], item: { id, type, label: "", visible: true }, after: last }], {
      announce: this.editor.grid.t("added"),
    });
  }

  /** The lanes panel's list, from the map as the editor holds it. */
  private renderLanes(): void {
    const list = this.lanesList;
    if (!list) {
      return;
    }
    const t = (name: string, ...args: string[]) => this.editor.grid.t(name, ...args);
    const lanes = (this.editor.map.lanes ?? []) as JsonObject[];
    const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.jmFocusKey : undefined;
    list.replaceChildren();
    lanes.forEach((lane, index) => {
      const id = String(lane.id);
      const name = laneLabel(this.editor, lane);
      const item = document.createElement("li");
      item.dataset.jmLaneId = id;
      const visible = document.createElement("input");
      visible.type = "checkbox";
      visible.checked = lane.visible !== false;
      visible.dataset.jmFocusKey = `lane-visible:${id}`;
      visible.addEventListener("change", () =>
        this.editor.change([{ t: "set", id, key: "visible", value: visible.checked }], {}),
      );
      const show = document.createElement("label");
      show.append(visible, " ", name);
      show.title = t("lane-show", name);
      const up = button("\u2191", "jm-tools__icon", t("lane-up", name));
      up.disabled = index === 0;
      up.dataset.jmFocusKey = `lane-up:${id}`;
      up.addEventListener("click", () => {
        const after = index >= 2 ? String(lanes[index - 2].id) : null;
        this.editor.change([{ t: "mov", id: "", keys: ["lanes"], item: id, after }], {});
      });
      const down = button("\u2193", "jm-tools__icon", t("lane-down", name));
      down.disabled = index === lanes.length - 1;
      down.dataset.jmFocusKey = `lane-down:${id}`;
      down.addEventListener("click", () => {
        this.editor.change([{ t: "mov", id: "", keys: ["lanes"], item: id, after: String(lanes[index + 1].id) }], {});
      });
      const remove = button("\u00d7", "jm-tools__icon", t("lane-remove", name));
      remove.addEventListener("click", () =>
        this.editor.change([{ t: "del", id: "", keys: ["lanes"], item: id }], { announce: t("removed") }),
      );
      item.append(show, " ", up, down, remove);
      list.append(item);
    });
    if (focusedKey) {
      list.querySelector<HTMLElement>(`[data-jm-focus-key="${CSS.escape(focusedKey)}"]`)?.focus();
    }
  }

  /** Applies the viewer's view to the (possibly fresh) rendering. */
  apply(index?: IdIndex): void {
    const region = this.editor.region;
    this.renderLanes();
    region.querySelectorAll<HTMLElement>("[data-jm-persona-id]").forEach((element) => {
      element.classList.toggle("jm-filtered", this.persona !== "" && element.dataset.jmPersonaId !== this.persona);
    });
    region.classList.toggle("jm-highlight-pain", this.highlight === "pain");
    region.classList.toggle("jm-highlight-mot", this.highlight === "mot");
    const touchpoints = index ?? new Map(((this.editor.map.touchpoints ?? []) as JsonObject[]).map((tp) => [String(tp.id), tp]));
    region.querySelectorAll<HTMLElement>("[data-jm-touchpoint-id]").forEach((card) => {
      const tp = touchpoints.get(card.dataset.jmTouchpointId ?? "");
      card.classList.toggle("jm-card--pain", Array.isArray(tp?.painPoints) && tp.painPoints.length > 0);
    });
    this.applyCollapse();
    this.applyFit();
  }

  private applyCollapse(): void {
    const lanes = (this.editor.map.lanes ?? []) as JsonObject[];
    this.editor.region.querySelectorAll<HTMLElement>("tr[data-jm-lane-id]").forEach((row) => {
      const id = row.dataset.jmLaneId ?? "";
      const header = row.querySelector<HTMLElement>("th.jm-grid__lane");
      if (!header) {
        return;
      }
      let toggle = header.querySelector<HTMLButtonElement>(".jm-lane-collapse");
      if (!toggle) {
        const lane = lanes.find((candidate) => candidate.id === id);
        const name = lane ? laneLabel(this.editor, lane) : header.textContent?.trim() ?? "";
        toggle = button("", "jm-lane-collapse", this.editor.grid.t("collapse", name));
        toggle.dataset.jmFocusKey = `collapse:${id}`;
        toggle.addEventListener("click", () => {
          if (this.collapsed.has(id)) {
            this.collapsed.delete(id);
          } else {
            this.collapsed.add(id);
          }
          this.applyCollapse();
        });
        header.prepend(toggle);
      }
      const collapsed = this.collapsed.has(id);
      toggle.setAttribute("aria-expanded", String(!collapsed));
      row.classList.toggle("jm-grid__row--collapsed", collapsed);
    });
  }

  private applyFit(): void {
    const region = this.editor.region;
    ZOOMS.forEach((zoom) => region.classList.remove(`jm-zoom-${zoom}`));
    const scroll = region.querySelector<HTMLElement>(".jm-grid-scroll");
    const table = region.querySelector<HTMLElement>(".jm-grid");
    if (!this.fit || !scroll || !table || table.scrollWidth <= scroll.clientWidth) {
      return;
    }
    const ratio = (scroll.clientWidth * 100) / table.scrollWidth;
    const zoom = ZOOMS.find((candidate) => candidate <= ratio) ?? ZOOMS[ZOOMS.length - 1];
    region.classList.add(`jm-zoom-${zoom}`);
  }
}
