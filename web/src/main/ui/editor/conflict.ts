import type { Conflict } from "./api";
import type { EditorTexts } from "./texts";
import { fieldLabel } from "./texts";

/** Which value the user keeps for each conflict (by index): "ours" or "theirs". */
export type Choices = ("ours" | "theirs")[];

export type ConflictDecision = { kind: "apply"; choices: Choices } | { kind: "discard" };

function text(value: unknown, texts: EditorTexts): string {
  if (value === null || value === undefined || value === "") {
    return texts.conflictEmpty;
  }
  if (typeof value === "object" && !Array.isArray(value)) {
    // A whole element (removed on one side, changed on the other): its name says which.
    const element = value as Record<string, unknown>;
    const name = [element.name, element.text, element.label, element.title].find((v) => typeof v === "string" && v !== "");
    if (typeof name === "string") {
      return name;
    }
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

function cell(tag: "td" | "th", content: string | Node): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.append(content);
  return element;
}

/**
 * A modal dialog listing each conflict with both values, "yours" and "theirs", and a choice per
 * field. Every value is inserted with DOM text nodes, never as markup.
 */
export function showConflictDialog(
  conflicts: Conflict[],
  texts: EditorTexts,
  nameOf: (field: string) => string = (field) => fieldLabel(texts, field),
  valueOf: (field: string, value: unknown) => unknown = (_field, value) => value,
): Promise<ConflictDecision> {
  return new Promise((resolve) => {
    const dialog = document.createElement("dialog");
    dialog.className = "jm-conflict";
    dialog.setAttribute("aria-labelledby", "jm-conflict-title");
    const title = document.createElement("h2");
    title.id = "jm-conflict-title";
    title.textContent = texts.conflictTitle;
    const intro = document.createElement("p");
    intro.textContent = texts.conflictIntro;
    const table = document.createElement("table");
    table.className = "jm-conflict__table";
    const head = table.createTHead().insertRow();
    head.append(cell("th", texts.conflictField), cell("th", texts.conflictYours), cell("th", texts.conflictTheirs));
    const body = table.createTBody();
    const choices: Choices = conflicts.map(() => "theirs");
    conflicts.forEach((conflict, index) => {
      const row = body.insertRow();
      row.dataset.jmConflictField = conflict.field ?? "";
      const element = conflict.elementKind === "map" ? undefined : conflict.elementName;
      // An element-level conflict (removed against changed) has no field: the element's name says it all.
      const label = [element, conflict.field ? nameOf(conflict.field) : ""].filter(Boolean).join(": ");
      row.append(cell("th", label));
      (["ours", "theirs"] as const).forEach((side) => {
        const choice = document.createElement("label");
        choice.className = "jm-conflict__choice";
        const radio = document.createElement("input");
        radio.type = "radio";
        radio.name = `jm-conflict-${index}`;
        radio.value = side;
        radio.checked = side === "theirs";
        radio.addEventListener("change", () => {
          choices[index] = side;
        });
        const value = document.createElement("span");
        value.className = "jm-conflict__value";
        value.dir = "auto";
        value.dataset.jmSide = side;
        value.textContent = text(valueOf(conflict.field ?? "", side === "ours" ? conflict.ours : conflict.theirs), texts);
        const hint = document.createElement("span");
        hint.className = "jm-conflict__keep";
        hint.textContent = side === "ours" ? texts.conflictKeepYours : texts.conflictKeepTheirs;
        choice.append(radio, " ", value, " ", hint);
        row.append(cell("td", choice));
      });
    });
    const actions = document.createElement("p");
    actions.className = "jm-conflict__actions";
    const apply = document.createElement("button");
    apply.type = "button";
    apply.className = "jm-conflict__apply";
    apply.textContent = texts.conflictApply;
    const discard = document.createElement("button");
    discard.type = "button";
    discard.className = "jm-conflict__discard";
    discard.textContent = texts.conflictDiscard;
    actions.append(apply, " ", discard);
    dialog.append(title, intro, table, actions);
    document.body.append(dialog);

    const close = (decision: ConflictDecision): void => {
      dialog.close();
      dialog.remove();
      resolve(decision);
    };
    apply.addEventListener("click", () => close({ kind: "apply", choices: [...choices] }));
    discard.addEventListener("click", () => close({ kind: "discard" }));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault(); // Escape must not silently drop the decision
    });
    dialog.showModal();
    apply.focus();
  });
}
