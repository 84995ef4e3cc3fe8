import { MapApi } from "./api";
import type { Conflict, MapRead } from "./api";
import { showConflictDialog } from "./conflict";
import { deferredHeights, keepDeferredHeights } from "./deferred";
import { GridEditor } from "./grid";
import { GridTexts } from "./gridtexts";
import type { HostContext } from "./host";
import { isEditing, startInlineEdit } from "./inline";
import type { FieldRef, JourneyMapJson } from "./model";
import { copyMap, getField, isElementKind } from "./model";
import type { Op } from "./ops";
import { applyAll, indexById } from "./ops";
import { PendingStore } from "./pending";
import { StatusBar } from "./status";
import type { EditorTexts } from "./texts";
import { fieldLabel } from "./texts";
import { UndoStack } from "./undo";
import { ViewTools } from "./view";

const EDITABLE = "[data-jm-edit]";
const SAVE_DELAY_MS = 700;
const STRUCTURE_DELAY_MS = 350;
/** Fields a map cannot store empty (the schema's requiredText). */
const REQUIRED = new Set(["stage/name", "touchpoint/name", "item/text"]);

export function refOf(element: HTMLElement): FieldRef | null {
  const kind = element.dataset.jmEdit;
  const field = element.dataset.jmField;
  if (!isElementKind(kind) || !field) {
    return null;
  }
  return { kind, id: element.dataset.jmId ?? "", field };
}

export function selectorOf(ref: FieldRef): string {
  return (
    `[data-jm-edit="${ref.kind}"][data-jm-field="${CSS.escape(ref.field)}"]` +
    (ref.kind === "map" ? "" : `[data-jm-id="${CSS.escape(ref.id)}"]`)
  );
}

/** How a change shows before the server re-renders the map. */
export interface ChangeOptions {
  /** The change is this text, shown in place at once; otherwise the map is re-rendered after the save. */
  text?: FieldRef;
  announce?: string;
  /** What to focus once the map is re-rendered (a selector inside the region). */
  focus?: string;
  /** Start editing this text once the map is re-rendered (a new stage's or touchpoint's name). */
  editAfter?: FieldRef;
}

/**
 * The editor of one map region. Every change is a list of operations on the map JSON (ops.ts):
 * applied at once, kept in localStorage until the server has them, saved after a short pause
 * against the page version they started from, replayed on top of what the server merged, and
 * undone or redone as a whole. Texts show in place at once; other changes show when the server has
 * re-rendered the map from its Soy templates after the save.
 */
export class MapEditor {
  /** The editor the user changed something in last: Ctrl+Z with nothing focused goes to it. */
  private static lastActive: MapEditor | null = null;
  map: JourneyMapJson = {};
  private baseVersion = 0;
  /** The user's operations the server does not have yet, oldest first. */
  private ops: Op[] = [];
  private readonly api: MapApi;
  private readonly pending: PendingStore;
  private readonly undo = new UndoStack();
  readonly bar: StatusBar;
  readonly grid: GridTexts;
  readonly view: ViewTools;
  private gridEditor: GridEditor | null = null;
  private timer: number | undefined;
  private inFlight = false;
  private again = false;
  private needsRender = false;
  private afterRender: ChangeOptions | null = null;
  canEdit = false;

  constructor(
    readonly region: HTMLElement,
    host: HostContext,
    private readonly mapId: string,
    readonly texts: EditorTexts,
    grid: GridTexts,
  ) {
    this.api = new MapApi(host.restBase, host.pageId, mapId);
    this.pending = new PendingStore(host.pageId, mapId);
    this.bar = new StatusBar(texts, () => void this.saveNow());
    this.grid = grid;
    this.view = new ViewTools(this);
  }

  /** Starts on the map as `firstRead` has it (the page's one start-up read, macro.ts), or reads it. */
  async start(firstRead?: Promise<MapRead>): Promise<void> {
    const read = await (firstRead ?? this.api.read());
    if (!read.map) {
      return; // an empty or broken map: the error panel's repair flow is another feature
    }
    this.map = read.map;
    this.baseVersion = read.pageVersion;
    this.canEdit = read.canEdit === true;
    this.region.before(this.view.element);
    if (!this.canEdit) {
      this.view.build();
      this.view.apply();
      return;
    }
    this.region.before(this.bar.element);
    this.region.classList.add("jm-map--editable");
    this.gridEditor = new GridEditor(this);
    this.view.build();
    this.decorate();
    this.region.addEventListener("click", (event) => this.onClick(event));
    this.region.addEventListener("keydown", (event) => this.onKeyDown(event));
    this.bar.element.addEventListener("keydown", (event) => this.onKeyDown(event));
    this.view.element.addEventListener("keydown", (event) => this.onKeyDown(event));
    document.addEventListener("keydown", (event) => {
      if (event.target === document.body && MapEditor.lastActive === this) {
        this.onKeyDown(event);
      }
    });
    window.addEventListener("online", () => {
      if (this.bar.state === "failed") {
        void this.saveNow();
      }
    });

    const stored = this.pending.load();
    if (stored && stored.ops.length > 0) {
      this.map = stored.map;
      this.baseVersion = stored.baseVersion;
      this.ops = stored.ops;
      this.needsRender = true;
      this.refreshTexts();
      this.bar.show("pending");
      this.bar.announce(this.texts.restored);
      await this.saveNow();
    }
  }

  /** Marks every editable text and adds the grid's controls; run again after each re-render. */
  private decorate(): void {
    const index = indexById(this.map); // once per rendering, not a walk of the map per element
    this.region.querySelectorAll<HTMLElement>(EDITABLE).forEach((element) => {
      const ref = refOf(element);
      const value = ref ? getField(this.map, ref, index) : undefined;
      if (value === undefined) {
        return;
      }
      element.tabIndex = 0;
      element.classList.add("jm-editable");
      element.title = this.texts.editHint;
      element.setAttribute("aria-describedby", this.bar.hintId);
      if (value === "") {
        element.dataset.jmEmptyText = element.textContent?.trim() ?? "";
        element.classList.add("jm-placeholder");
      }
    });
    this.gridEditor?.decorate(index);
    this.view.apply(index);
  }

  editableFrom(target: EventTarget | null): HTMLElement | null {
    const element = target instanceof Element ? target.closest<HTMLElement>(EDITABLE) : null;
    return element && element.classList.contains("jm-editable") && this.region.contains(element) ? element : null;
  }

  private onClick(event: MouseEvent): void {
    const element = this.editableFrom(event.target);
    if (element && !isEditing(element) && !this.gridEditor?.justDragged()) {
      if (event.target instanceof HTMLAnchorElement) {
        return;
      }
      event.preventDefault();
      this.edit(element);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.target;
    const inControl =
      target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !inControl && (key === "z" || key === "y")) {
      event.preventDefault();
      if (key === "y" || event.shiftKey) {
        this.redoLast();
      } else {
        this.undoLast();
      }
      return;
    }
    if ((event.key === "Enter" || event.key === "F2") && !inControl) {
      const element = this.editableFrom(target);
      if (element && element === target && !isEditing(element)) {
        event.preventDefault();
        this.edit(element);
      }
    }
  }

  /** Edits the text in place (also from the grid editor, after adding a stage or touchpoint). */
  edit(element: HTMLElement): void {
    const ref = refOf(element);
    const current = ref ? getField(this.map, ref) : undefined;
    if (!ref || current === undefined) {
      return;
    }
    this.bar.announce(this.texts.editing);
    const label = this.fieldName(ref.field);
    startInlineEdit(element, current, this.texts, {
      commit: (value) => {
        const before = getField(this.map, ref) ?? "";
        if (value.trim() === "" && REQUIRED.has(`${ref.kind}/${ref.field}`)) {
          this.renderField(ref);
          this.bar.announce(this.grid.t("required"));
        } else if (value !== before) {
          this.change([{ t: "set", id: ref.kind === "map" ? "" : ref.id, key: ref.field, value }], { text: ref });
        } else {
          this.renderField(ref);
        }
      },
      cancel: () => {
        this.renderField(ref);
        this.bar.announce(this.texts.cancelled);
      },
    }, label);
  }

  /** A field's name for labels and the conflict dialog, from the bundle; the first editor's four fields as before. */
  fieldName(field: string): string {
    if (["title", "objective", "name", "goal"].includes(field)) {
      return fieldLabel(this.texts, field);
    }
    const aliases: Record<string, string> = {
      momentOfTruth: "mot", painPoints: "pain", opportunities: "opps", asOf: "asof", issueUrl: "issue", stageId: "stage",
    };
    return this.grid.t(`f-${aliases[field] ?? field}`) || field;
  }

  private undoLast(): void {
    const edit = this.undo.undo();
    if (edit) {
      this.apply(edit.backward, {});
      this.bar.announce(this.texts.undone);
    }
  }

  private redoLast(): void {
    const edit = this.undo.redo();
    if (edit) {
      this.apply(edit.forward, {});
      this.bar.announce(this.texts.redone);
    }
  }

  /** A change of the user's: into the model, onto the page, into localStorage, then a save soon. */
  change(ops: Op[], options: ChangeOptions): boolean {
    const backward = this.apply(ops, options);
    if (backward.length === 0) {
      return false;
    }
    this.undo.record({ forward: ops, backward });
    return true;
  }

  private apply(ops: Op[], options: ChangeOptions): Op[] {
    const backward = applyAll(this.map, ops);
    if (backward.length === 0) {
      return backward;
    }
    MapEditor.lastActive = this;
    this.ops.push(...ops);
    if (options.text) {
      this.renderField(options.text);
      // A name also labels the controls around it ("Move stage … left"): re-render after the save.
      this.needsRender ||= options.text.kind !== "map" && options.text.kind !== "item";
    } else {
      this.needsRender = true;
      this.afterRender = options.focus || options.editAfter ? options : this.afterRender;
      this.refreshTexts();
    }
    if (options.announce) {
      this.bar.announce(options.announce);
    }
    this.persist();
    this.bar.show("saving"); // from the first change on, the page never claims "saved" for unsaved work
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.saveNow(), options.text ? SAVE_DELAY_MS : STRUCTURE_DELAY_MS);
    return backward;
  }

  announce(message: string): void {
    this.bar.announce(message);
  }

  private persist(): void {
    if (this.ops.length === 0) {
      this.pending.clear();
    } else {
      this.pending.store({ baseVersion: this.baseVersion, map: this.map, ops: this.ops });
    }
  }

  /** Shows every editable text as the model has it (after an undo of a text, or unsaved work on a fresh rendering). */
  private refreshTexts(): void {
    this.region.querySelectorAll<HTMLElement>(EDITABLE).forEach((element) => {
      const ref = refOf(element);
      if (ref) {
        this.renderField(ref);
      }
    });
  }

  private renderField(ref: FieldRef): void {
    const value = getField(this.map, ref);
    if (value === undefined) {
      return;
    }
    this.region.querySelectorAll<HTMLElement>(selectorOf(ref)).forEach((element) => {
      if (!isEditing(element) && element.classList.contains("jm-editable")) {
        element.textContent = value === "" ? element.dataset.jmEmptyText ?? "" : value;
        element.classList.toggle("jm-placeholder", value === "");
      }
    });
  }

  async saveNow(): Promise<void> {
    window.clearTimeout(this.timer);
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.ops.length === 0) {
      return;
    }
    this.inFlight = true;
    this.bar.show("saving");
    const sent = copyMap(this.map);
    const count = this.ops.length;
    const outcome = await this.api.save(sent, this.baseVersion);
    this.inFlight = false;
    switch (outcome.kind) {
      case "saved":
        await this.saved(count, outcome.pageVersion, outcome.merged ? outcome.map : null);
        break;
      case "conflict":
        this.bar.show("idle");
        await this.resolve(outcome.conflicts);
        return;
      case "refused":
        this.bar.show("failed", outcome.message);
        break;
      case "failed":
        this.bar.show("failed");
        break;
    }
    if (this.again) {
      this.again = false;
      await this.saveNow();
    }
  }

  private async saved(count: number, pageVersion: number, merged: JourneyMapJson | null): Promise<void> {
    this.baseVersion = pageVersion;
    this.ops.splice(0, count);
    if (merged) {
      this.map = this.rebase(merged, () => true);
      this.needsRender = true;
    }
    this.persist();
    if (this.needsRender) {
      await this.rerender();
    }
    if (merged) {
      this.bar.announce(this.texts.merged);
    }
    if (this.ops.length === 0) {
      this.bar.show("saved");
    } else {
      this.again = true;
    }
  }

  /** Their map with the user's unsaved operations replayed on top, except those `keep` drops. */
  private rebase(theirs: JourneyMapJson, keep: (op: Op) => boolean): JourneyMapJson {
    const next = copyMap(theirs);
    this.ops = this.ops.filter(keep);
    applyAll(next, this.ops);
    return next;
  }

  private async resolve(conflicts: Conflict[]): Promise<void> {
    const stageName = (id: unknown): unknown =>
      ((this.map.stages ?? []) as { id?: unknown; name?: unknown }[]).find((stage) => stage.id === id)?.name ?? id;
    const decision = await showConflictDialog(
      conflicts,
      this.texts,
      (field) => this.fieldName(field),
      (field, value) => (field === "stageId" ? stageName(value) : value),
    );
    if (decision.kind === "discard") {
      this.ops = [];
      this.pending.clear();
      window.location.reload();
      return;
    }
    const theirs = conflicts.filter((_, index) => decision.choices[index] === "theirs");
    const keep = (op: Op): boolean =>
      !theirs.some((conflict) => {
        const id = conflict.elementKind === "map" ? "" : conflict.elementId ?? "";
        if (op.t === "set") {
          return op.id === id && (!conflict.field || conflict.field === op.key || conflict.type === "moved-twice");
        }
        return op.t !== "ins" && (op.item === id || (op.t === "mov" && conflict.type === "moved-twice" && op.item === id));
      });
    let latest;
    try {
      latest = await this.api.read();
    } catch {
      this.bar.show("failed");
      return;
    }
    if (!latest.map) {
      this.bar.show("failed");
      return;
    }
    this.map = this.rebase(latest.map, keep);
    this.baseVersion = latest.pageVersion;
    this.persist();
    this.needsRender = true;
    await this.rerender();
    if (this.ops.length === 0) {
      this.bar.show("saved");
    } else {
      await this.saveNow();
    }
  }

  /**
   * Replaces the region's content with the server's interactive rendering (trusted Soy output,
   * parsed with DOMParser, which runs no script), then shows the user's unsaved texts on top.
   */
  async rerender(): Promise<void> {
    if (this.region.querySelector("[data-jm-editing]") || this.gridEditor?.dragging()) {
      this.refreshTexts();
      return; // the next save re-renders
    }
    this.needsRender = false;
    let html: string;
    try {
      html = await this.api.html();
    } catch {
      this.needsRender = true;
      return;
    }
    const fresh = new DOMParser()
      .parseFromString(html, "text/html")
      .querySelector<HTMLElement>(`section[data-jm-map-id="${CSS.escape(this.mapId)}"]`);
    if (!fresh) {
      return;
    }
    const focus = this.focusSelector(document.activeElement);
    const after = this.afterRender;
    this.afterRender = null;
    // The grid stays where the reader had it: its parts keep their heights (deferred.ts) and its scroller its place.
    const scroller = this.region.querySelector<HTMLElement>(".jm-grid-scroll");
    const scrolled = scroller ? { left: scroller.scrollLeft, top: scroller.scrollTop } : null;
    const heights = deferredHeights(this.region);
    this.region.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
    keepDeferredHeights(this.region, heights);
    this.decorate();
    this.refreshTexts();
    const freshScroller = this.region.querySelector<HTMLElement>(".jm-grid-scroll");
    if (freshScroller && scrolled) {
      freshScroller.scrollLeft = scrolled.left;
      freshScroller.scrollTop = scrolled.top;
    }
    const target = after?.focus ?? (after?.editAfter ? selectorOf(after.editAfter) : focus);
    const element = target ? this.region.querySelector<HTMLElement>(target) : null;
    element?.focus();
    if (after?.editAfter && element && element.classList.contains("jm-editable")) {
      this.edit(element);
    }
  }

  /** A selector that finds the focused element again after a re-render. */
  private focusSelector(active: Element | null): string | null {
    if (!(active instanceof HTMLElement) || !this.region.contains(active)) {
      return null;
    }
    const editable = this.editableFrom(active);
    const ref = editable ? refOf(editable) : null;
    if (ref) {
      return selectorOf(ref);
    }
    const key = active.closest<HTMLElement>("[data-jm-focus-key]")?.dataset.jmFocusKey;
    if (key) {
      return `[data-jm-focus-key="${CSS.escape(key)}"]`;
    }
    const card = active.closest<HTMLElement>("[data-jm-touchpoint-id]")?.dataset.jmTouchpointId;
    return card ? `[data-jm-touchpoint-id="${CSS.escape(card)}"]` : null;
  }
}
