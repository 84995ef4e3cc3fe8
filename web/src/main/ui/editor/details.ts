import type { MapEditor } from "./editor";
import type { JsonObject } from "./model";
import type { Op } from "./ops";
import { findById, newId } from "./ops";
import { button, select } from "./view";

const CHANNELS = ["web", "mobile-app", "social", "email", "phone", "chat", "store", "advertising", "word-of-mouth", "partner", "other"];
const LINK = /^([Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*|[Mm][Aa][Ii][Ll][Tt][Oo]:\S+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Kind = "text" | "long" | "required" | "link" | "number" | "date";

/** One property of a list item in the dialog: its key, its label and how it is entered. */
interface Column {
  key: string;
  label: string;
  kind: Kind | [string, string][];
}

let counter = 0;

/**
 * The details of one touchpoint in a modal dialog: every field of the touchpoint, its emotion per
 * persona (a slider from -2 to 2, arrow keys move it), and its pain points, opportunities, metrics
 * and evidence links with add and remove. Each change is committed on the control's change event
 * as one operation through the editor (saved, merged and undoable like any other change). Escape
 * or Close closes it and focus returns to where it was opened from.
 */
export function openDetails(editor: MapEditor, touchpointId: string, opener: HTMLElement): void {
  const tp = findById(editor.map, touchpointId);
  if (!tp) {
    return;
  }
  const t = (name: string, ...args: (string | number)[]) => editor.grid.t(name, ...args);
  const prefix = `jm-details-${++counter}`;
  const dialog = document.createElement("dialog");
  dialog.className = "jm-details";
  dialog.dataset.jmDetails = touchpointId;
  dialog.setAttribute("aria-labelledby", `${prefix}-title`);
  const title = document.createElement("h2");
  title.id = `${prefix}-title`;
  title.textContent = t("dialog");
  const message = document.createElement("p");
  message.className = "jm-details__message";
  message.setAttribute("role", "status");
  const form = document.createElement("div");
  form.className = "jm-details__body";

  let fieldCount = 0;
  const current = (): JsonObject => findById(editor.map, touchpointId) ?? {};
  const say = (text: string): void => {
    message.textContent = text;
  };

  /** Commits one value of one element; false (and a message) when the value is refused. */
  const commit = (id: string, key: string, kind: Kind | [string, string][], raw: string, control: HTMLElement): boolean => {
    let value: unknown = raw.trim() === "" ? undefined : raw;
    let problem = "";
    if (kind === "required" && value === undefined) {
      problem = t("required");
    } else if (kind === "link" && value !== undefined && !LINK.test(raw.trim())) {
      problem = t("bad-link");
    } else if (kind === "number" && value !== undefined) {
      value = Number(raw);
      if (!Number.isFinite(value)) {
        problem = t("bad-value");
      }
    } else if (kind === "date" && value !== undefined && !DATE.test(raw)) {
      problem = t("bad-date");
    } else if (kind === "link" && value !== undefined) {
      value = raw.trim();
    }
    control.setAttribute("aria-invalid", String(problem !== ""));
    if (problem) {
      say(problem);
      return false;
    }
    say("");
    editor.change([{ t: "set", id, key, value }], {});
    return true;
  };

  /** A labelled control for one property of one element. */
  const field = (element: JsonObject, key: string, label: string, kind: Kind | [string, string][]): HTMLElement => {
    const id = String(element.id ?? "");
    const controlId = `${prefix}-f${++fieldCount}`;
    const value = element[key];
    let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (Array.isArray(kind)) {
      control = select(kind, value === undefined ? "" : String(value));
    } else if (kind === "long") {
      control = document.createElement("textarea");
      control.rows = 2;
      control.value = typeof value === "string" ? value : "";
    } else {
      const input = document.createElement("input");
      input.type = kind === "number" ? "number" : kind === "date" ? "date" : kind === "link" ? "url" : "text";
      if (kind === "number") {
        input.step = "any";
      }
      input.value = value === undefined || value === null ? "" : String(value);
      control = input;
    }
    control.id = controlId;
    control.dataset.jmKey = key;
    if (kind !== "number" && kind !== "date") {
      control.dir = "auto";
    }
    const shown = control.value;
    control.addEventListener("change", () => {
      if (!commit(id, key, kind, control.value, control) && kind === "required") {
        control.value = shown;
      }
    });
    const wrapper = document.createElement("p");
    wrapper.className = "jm-details__field";
    const labelElement = document.createElement("label");
    labelElement.htmlFor = controlId;
    labelElement.textContent = label;
    wrapper.append(labelElement, control);
    return wrapper;
  };

  const channelOptions: [string, string][] = [["", t("none")], ...CHANNELS.map((c): [string, string] => [c, t(`channel-${c}`)])];
  const channel = typeof tp.channel === "string" ? tp.channel : "";
  if (channel && !CHANNELS.includes(channel)) {
    channelOptions.push([channel, channel]);
  }
  form.append(
    field(tp, "name", t("f-name"), "required"),
    field(tp, "description", t("f-description"), "long"),
    field(tp, "channel", t("f-channel"), channelOptions),
    field(tp, "owner", t("f-owner"), "text"),
    field(tp, "action", t("f-action"), "long"),
    field(tp, "thought", t("f-thought"), "long"),
  );

  const mot = document.createElement("input");
  mot.type = "checkbox";
  mot.id = `${prefix}-mot`;
  mot.checked = tp.momentOfTruth === true;
  mot.addEventListener("change", () =>
    editor.change([{ t: "set", id: touchpointId, key: "momentOfTruth", value: mot.checked ? true : undefined }], {}),
  );
  const motLabel = document.createElement("label");
  motLabel.htmlFor = mot.id;
  motLabel.textContent = t("f-mot");
  const motField = document.createElement("p");
  motField.className = "jm-details__field jm-details__field--check";
  motField.append(mot, motLabel);
  form.append(motField);

  // Emotions: one slider per persona (or "customer" when the map links none), with a "known" switch.
  const emotions = document.createElement("fieldset");
  emotions.className = "jm-details__emotions";
  const legend = document.createElement("legend");
  legend.textContent = t("f-emotions");
  emotions.append(legend);
  const personas = (Array.isArray(editor.map.personas) && editor.map.personas.length > 0
    ? (editor.map.personas as JsonObject[]).map((p): [string, string] => [String(p.id), String(p.title || p.id)])
    : [["customer", t("emotion-customer")]]) as [string, string][];
  for (const [personaId, personaName] of personas) {
    const scores = (current().emotions ?? {}) as Record<string, number>;
    const row = document.createElement("p");
    row.className = "jm-details__emotion";
    row.dataset.jmPersonaId = personaId;
    const name = document.createElement("span");
    name.id = `${prefix}-p${++fieldCount}`;
    name.textContent = personaName;
    name.dir = "auto";
    const known = document.createElement("input");
    known.type = "checkbox";
    known.checked = typeof scores[personaId] === "number";
    known.setAttribute("aria-label", `${personaName}: ${t("emotion-known")}`);
    const slider = document.createElement("input");
    slider.type = "range";
    slider.min = "-2";
    slider.max = "2";
    slider.step = "1";
    slider.value = String(scores[personaId] ?? 0);
    slider.disabled = !known.checked;
    slider.setAttribute("aria-labelledby", name.id);
    const label = document.createElement("output");
    const show = (): void => {
      const text = known.checked ? `${t(`emotion${slider.value}`)} (${Number(slider.value) > 0 ? "+" : ""}${slider.value})` : "";
      slider.setAttribute("aria-valuetext", text || t("none"));
      label.textContent = text;
    };
    const save = (): void => {
      const next = { ...((current().emotions ?? {}) as Record<string, number>) };
      if (known.checked) {
        next[personaId] = Number(slider.value);
      } else {
        delete next[personaId];
      }
      editor.change([{ t: "set", id: touchpointId, key: "emotions", value: next } as Op], {});
    };
    known.addEventListener("change", () => {
      slider.disabled = !known.checked;
      show();
      save();
    });
    slider.addEventListener("input", show);
    slider.addEventListener("change", save);
    show();
    const knownLabel = document.createElement("label");
    knownLabel.append(known, " ", t("emotion-known"));
    row.append(name, " ", knownLabel, " ", slider, " ", label);
    emotions.append(row);
  }
  form.append(emotions);

  const levels: [string, string][] = [["", t("none")], ...["low", "medium", "high"].map((l): [string, string] => [l, t(`level-${l}`)])];
  /** A list of items: each item's fields and a remove button, then a field and a button to add one. */
  const list = (key: string, heading: string, prefixOfId: string, columns: Column[], fresh: (first: unknown) => JsonObject): void => {
    const section = document.createElement("fieldset");
    section.className = "jm-details__list";
    section.dataset.jmList = key;
    const caption = document.createElement("legend");
    caption.textContent = heading;
    const items = document.createElement("ol");
    const first = columns[0];
    const adder = document.createElement("p");
    adder.className = "jm-details__adder";
    const input = document.createElement("input");
    input.type = first.kind === "link" ? "url" : "text";
    input.id = `${prefix}-add-${key}`;
    input.dir = "auto";
    const inputLabel = document.createElement("label");
    inputLabel.htmlFor = input.id;
    inputLabel.textContent = first.label;
    const add = button(t("add"), "jm-details__add", `${t("add")}: ${heading}`);
    adder.append(inputLabel, input, add);
    const render = (): void => {
      items.replaceChildren();
      const entries = (current()[key] ?? []) as JsonObject[];
      for (const entry of entries) {
        const item = document.createElement("li");
        item.dataset.jmItemId = String(entry.id);
        columns.forEach((column) => item.append(field(entry, column.key, column.label, column.kind)));
        const remove = button(t("remove"), "jm-details__remove");
        remove.addEventListener("click", () => {
          editor.change([{ t: "del", id: touchpointId, keys: [key], item: String(entry.id) }], { announce: t("removed") });
          render();
          input.focus();
        });
        item.append(remove);
        items.append(item);
      }
    };
    const create = (): void => {
      const value = input.value.trim();
      const problem = value === "" ? t("required") : first.kind === "link" && !LINK.test(value) ? t("bad-link") : "";
      input.setAttribute("aria-invalid", String(problem !== ""));
      say(problem);
      if (problem) {
        input.focus();
        return;
      }
      const entries = (current()[key] ?? []) as JsonObject[];
      const item = { id: newId(prefixOfId), ...fresh(value) };
      editor.change(
        [{ t: "ins", id: touchpointId, keys: [key], item, after: entries.length ? String(entries[entries.length - 1].id) : null }],
        { announce: t("added") },
      );
      input.value = "";
      render();
      input.focus();
    };
    add.addEventListener("click", create);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        create();
      }
    });
    render();
    section.append(caption, items, adder);
    form.append(section);
  };

  list("painPoints", t("f-pain"), "pp", [
    { key: "text", label: t("f-text"), kind: "required" },
    { key: "severity", label: t("f-severity"), kind: ["low", "medium", "high", "critical"].map((s): [string, string] => [s, t(`severity-${s}`)]) },
  ], (text) => ({ text, severity: "medium" }));
  list("opportunities", t("f-opps"), "op", [
    { key: "text", label: t("f-text"), kind: "required" },
    { key: "status", label: t("f-status"), kind: ["idea", "planned", "in-progress", "done"].map((s): [string, string] => [s, t(`status-${s}`)]) },
    { key: "impact", label: t("f-impact"), kind: levels },
    { key: "effort", label: t("f-effort"), kind: levels },
    { key: "owner", label: t("f-owner"), kind: "text" },
    { key: "issueUrl", label: t("f-issue"), kind: "link" },
  ], (text) => ({ text, status: "idea" }));
  list("metrics", t("f-metrics"), "mt", [
    { key: "name", label: t("f-name"), kind: "required" },
    { key: "value", label: t("f-value"), kind: "number" },
    { key: "unit", label: t("f-unit"), kind: "text" },
    { key: "source", label: t("f-source"), kind: "text" },
    { key: "asOf", label: t("f-asof"), kind: "date" },
  ], (name) => ({ name }));
  list("evidence", t("f-evidence"), "ev", [
    { key: "url", label: t("f-url"), kind: "link" },
    { key: "label", label: t("f-label"), kind: "text" },
  ], (url) => ({ url }));

  const close = button(t("close"), "jm-details__close");
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    dialog.remove();
    const again = opener.isConnected
      ? opener
      : editor.region.querySelector<HTMLElement>(`[data-jm-touchpoint-id="${CSS.escape(touchpointId)}"]`);
    again?.focus();
  });
  const actions = document.createElement("p");
  actions.className = "jm-details__actions";
  actions.append(close);
  dialog.append(title, message, form, actions);
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLElement>("input, textarea, select")?.focus();
}
