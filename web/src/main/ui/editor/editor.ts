import { MapApi } from "./api";
import type { Conflict } from "./api";
import { showConflictDialog } from "./conflict";
import type { HostContext } from "./host";
import { isEditing, startInlineEdit } from "./inline";
import type { FieldRef, JourneyMapJson } from "./model";
import { copyMap, getField, isElementKind, refKey, setField } from "./model";
import { PendingStore } from "./pending";
import { StatusBar } from "./status";
import type { EditorTexts } from "./texts";
import { UndoStack } from "./undo";

const EDITABLE = "[data-jm-edit]";
const SAVE_DELAY_MS = 700;

function refOf(element: HTMLElement): FieldRef | null {
  const kind = element.dataset.jmEdit;
  const field = element.dataset.jmField;
  if (!isElementKind(kind) || !field) {
    return null;
  }
  return { kind, id: element.dataset.jmId ?? "", field };
}

/**
 * The in-place editor of one map region: edits texts in place, keeps every change in localStorage
 * until the server has it, saves after a short pause against the page version it started from,
 * merges silently when the server could, asks the user on a true conflict, and undoes or redoes
 * the user's own edits.
 */
export class MapEditor {
  /** The editor the user changed something in last: Ctrl+Z with nothing focused goes to it. */
  private static lastActive: MapEditor | null = null;
  private map: JourneyMapJson = {};
  private baseVersion = 0;
  private readonly unsaved = new Map<string, FieldRef>();
  private readonly api: MapApi;
  private readonly pending: PendingStore;
  private readonly undo = new UndoStack();
  private readonly bar: StatusBar;
  private timer: number | undefined;
  private inFlight = false;
  private again = false;

  constructor(
    private readonly region: HTMLElement,
    host: HostContext,
    private readonly mapId: string,
    private readonly texts: EditorTexts,
  ) {
    this.api = new MapApi(host.restBase, host.pageId, mapId);
    this.pending = new PendingStore(host.pageId, mapId);
    this.bar = new StatusBar(texts, () => void this.saveNow());
  }

  async start(): Promise<void> {
    const read = await this.api.read();
    if (!read.map) {
      return; // an empty or broken map: the error panel's repair flow is another feature
    }
    this.map = read.map;
    this.baseVersion = read.pageVersion;
    this.region.before(this.bar.element);
    this.region.classList.add("jm-map--editable");
    this.decorate();
    this.region.addEventListener("click", (event) => this.onClick(event));
    this.region.addEventListener("keydown", (event) => this.onKeyDown(event));
    this.bar.element.addEventListener("keydown", (event) => this.onKeyDown(event));
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
    if (stored) {
      this.map = stored.map;
      this.baseVersion = stored.baseVersion;
      stored.refs.forEach((ref) => this.unsaved.set(refKey(ref), ref));
      stored.refs.forEach((ref) => this.renderField(ref));
      this.bar.show("pending");
      this.bar.announce(this.texts.restored);
      await this.saveNow();
    }
  }

  /** Makes every editable text focusable and marks it; run again after the region is re-rendered. */
  private decorate(): void {
    this.region.querySelectorAll<HTMLElement>(EDITABLE).forEach((element) => {
      const ref = refOf(element);
      if (!ref || getField(this.map, ref) === undefined) {
        return;
      }
      element.tabIndex = 0;
      element.classList.add("jm-editable");
      element.title = this.texts.editHint;
      element.setAttribute("aria-describedby", this.bar.hintId);
      if (getField(this.map, ref) === "") {
        element.dataset.jmEmptyText = element.textContent?.trim() ?? "";
      }
    });
  }

  private editableFrom(target: EventTarget | null): HTMLElement | null {
    const element = target instanceof Element ? target.closest<HTMLElement>(EDITABLE) : null;
    return element && element.classList.contains("jm-editable") && this.region.contains(element) ? element : null;
  }

  private onClick(event: MouseEvent): void {
    const element = this.editableFrom(event.target);
    if (element && !isEditing(element)) {
      if (event.target instanceof HTMLAnchorElement) {
        return;
      }
      event.preventDefault();
      this.edit(element);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const inControl = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
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
      const element = this.editableFrom(event.target);
      if (element && element === event.target && !isEditing(element)) {
        event.preventDefault();
        this.edit(element);
      }
    }
  }

  private edit(element: HTMLElement): void {
    const ref = refOf(element);
    const current = ref ? getField(this.map, ref) : undefined;
    if (!ref || current === undefined) {
      return;
    }
    this.bar.announce(this.texts.editing);
    startInlineEdit(element, current, this.texts, {
      commit: (value) => {
        const before = getField(this.map, ref) ?? "";
        if (value !== before) {
          this.undo.record({ ref, before, after: value });
          this.change(ref, value);
        } else {
          this.renderField(ref);
        }
      },
      cancel: () => {
        this.renderField(ref);
        this.bar.announce(this.texts.cancelled);
      },
    });
  }

  private undoLast(): void {
    const edit = this.undo.undo();
    if (edit) {
      this.change(edit.ref, edit.before);
      this.bar.announce(this.texts.undone);
    }
  }

  private redoLast(): void {
    const edit = this.undo.redo();
    if (edit) {
      this.change(edit.ref, edit.after);
      this.bar.announce(this.texts.redone);
    }
  }

  /** A change of the user's: into the model, onto the page, into localStorage, then a save soon. */
  private change(ref: FieldRef, value: string): void {
    if (!setField(this.map, ref, value)) {
      return;
    }
    MapEditor.lastActive = this;
    this.unsaved.set(refKey(ref), ref);
    this.renderField(ref);
    this.persist();
    this.bar.show("saving"); // from the first keystroke on, the page never claims "saved" for unsaved text
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  private persist(): void {
    if (this.unsaved.size === 0) {
      this.pending.clear();
    } else {
      this.pending.store({ baseVersion: this.baseVersion, map: this.map, refs: [...this.unsaved.values()] });
    }
  }

  private renderField(ref: FieldRef): void {
    const value = getField(this.map, ref);
    if (value === undefined) {
      return;
    }
    this.region.querySelectorAll<HTMLElement>(EDITABLE).forEach((element) => {
      const own = refOf(element);
      if (own && refKey(own) === refKey(ref) && !isEditing(element)) {
        element.textContent = value === "" ? element.dataset.jmEmptyText ?? "" : value;
      }
    });
  }

  async saveNow(): Promise<void> {
    window.clearTimeout(this.timer);
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.unsaved.size === 0) {
      return;
    }
    this.inFlight = true;
    this.bar.show("saving");
    const sent = copyMap(this.map);
    const outcome = await this.api.save(sent, this.baseVersion);
    this.inFlight = false;
    switch (outcome.kind) {
      case "saved":
        await this.saved(sent, outcome.pageVersion, outcome.merged ? outcome.map : null);
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

  private async saved(sent: JourneyMapJson, pageVersion: number, merged: JourneyMapJson | null): Promise<void> {
    this.baseVersion = pageVersion;
    for (const [key, ref] of [...this.unsaved]) {
      if (getField(sent, ref) === getField(this.map, ref)) {
        this.unsaved.delete(key);
      }
    }
    if (merged) {
      this.map = this.rebase(merged, new Set());
      await this.rerender();
      this.bar.announce(this.texts.merged);
    }
    this.persist();
    if (this.unsaved.size === 0) {
      this.bar.show("saved");
    } else {
      this.again = true;
    }
  }

  /** Their map with the user's unsaved texts on top, except the fields the user gave up. */
  private rebase(theirs: JourneyMapJson, keepTheirs: Set<string>): JourneyMapJson {
    const next = copyMap(theirs);
    for (const [key, ref] of [...this.unsaved]) {
      const mine = getField(this.map, ref);
      if (keepTheirs.has(key) || mine === undefined || !setField(next, ref, mine)) {
        this.unsaved.delete(key);
      }
    }
    return next;
  }

  private async resolve(conflicts: Conflict[]): Promise<void> {
    const decision = await showConflictDialog(conflicts, this.texts);
    if (decision.kind === "discard") {
      this.unsaved.clear();
      this.pending.clear();
      window.location.reload();
      return;
    }
    const keepTheirs = new Set<string>();
    conflicts.forEach((conflict, index) => {
      if (decision.choices[index] === "theirs" && conflict.field && isElementKind(conflict.elementKind)) {
        keepTheirs.add(refKey({ kind: conflict.elementKind, id: conflict.elementId ?? "", field: conflict.field }));
      }
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
    this.map = this.rebase(latest.map, keepTheirs);
    this.baseVersion = latest.pageVersion;
    this.persist();
    await this.rerender();
    if (this.unsaved.size === 0) {
      this.bar.show("saved");
    } else {
      await this.saveNow();
    }
  }

  /**
   * Replaces the region's content with the server's interactive rendering (trusted Soy output,
   * parsed with DOMParser, which runs no script), then shows the user's unsaved texts on top.
   */
  private async rerender(): Promise<void> {
    if (this.region.querySelector("[data-jm-editing]")) {
      [...this.unsaved.values()].forEach((ref) => this.renderField(ref));
      return;
    }
    let html: string;
    try {
      html = await this.api.html();
    } catch {
      return;
    }
    const fresh = new DOMParser()
      .parseFromString(html, "text/html")
      .querySelector<HTMLElement>(`section[data-jm-map-id="${CSS.escape(this.mapId)}"]`);
    if (!fresh) {
      return;
    }
    const focused = document.activeElement instanceof HTMLElement ? this.editableFrom(document.activeElement) : null;
    const focusedRef = focused ? refOf(focused) : null;
    this.region.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
    this.decorate();
    [...this.unsaved.values()].forEach((ref) => this.renderField(ref));
    if (focusedRef) {
      this.region
        .querySelector<HTMLElement>(
          `[data-jm-edit="${focusedRef.kind}"][data-jm-field="${CSS.escape(focusedRef.field)}"]` +
            (focusedRef.kind === "map" ? "" : `[data-jm-id="${CSS.escape(focusedRef.id)}"]`),
        )
        ?.focus();
    }
  }
}
