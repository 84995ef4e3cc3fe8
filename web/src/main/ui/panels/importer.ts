import type { ImportPreview, PanelsApi } from "./api";
import { PanelDialog } from "./dialog";
import { button, el, uid } from "./dom";
import { rememberNotice } from "./notice";
import type { PanelTexts } from "./texts";
import { format } from "./texts";

/**
 * CSV import in two steps: choose a file and see what it would change (the server's preview, nothing
 * written), then apply it as a save against the version the preview was made from.
 */
export function openImportDialog(api: PanelsApi, texts: PanelTexts): void {
  const dialog = new PanelDialog(texts.importTitle, "jm-import-dialog");
  const label = el("label", "jm-import-dialog__label", texts.importFile);
  const input = el("input", "jm-import-dialog__file");
  input.type = "file";
  input.accept = ".csv,text/csv";
  input.id = uid("jm-import-file");
  label.htmlFor = input.id;
  const result = el("div", "jm-import-dialog__result");
  result.setAttribute("role", "status");
  let csv = "";
  let preview: ImportPreview | null = null;
  const apply = button(texts.importApply, "jm-panels__button--primary jm-import-dialog__apply", async () => {
    if (!preview?.ok) {
      return;
    }
    apply.disabled = true;
    try {
      await api.applyImport(csv, preview.pageVersion);
      rememberNotice(api, texts.importDone);
      window.location.reload();
    } catch (e) {
      result.replaceChildren(el("p", "jm-panel-dialog__error", format(texts.failed, e instanceof Error ? e.message : String(e))));
      apply.disabled = false;
    }
  });
  apply.disabled = true;
  const show = button(texts.importPreview, "jm-import-dialog__preview", async () => {
    preview = null;
    apply.disabled = true;
    const file = input.files?.[0];
    if (!file) {
      result.replaceChildren(el("p", "jm-panel-dialog__error", texts.importNofile));
      input.focus();
      return;
    }
    result.replaceChildren(el("p", "", texts.loading));
    try {
      csv = await file.text();
      const [answer, state] = await Promise.all([api.previewImport(csv), api.state()]);
      preview = answer;
      result.replaceChildren(...describe(answer, texts, new Map((state.map?.touchpoints ?? []).map((t) => [t.id, t.name]))));
      apply.disabled = !answer.ok || answer.added.length + answer.updated.length === 0;
    } catch (e) {
      result.replaceChildren(el("p", "jm-panel-dialog__error", format(texts.failed, e instanceof Error ? e.message : String(e))));
    }
  });
  const cancel = button(texts.cancel, "jm-import-dialog__cancel", () => dialog.close());
  const actions = el("p", "jm-panel-dialog__actions");
  actions.append(show, apply, cancel);
  const field = el("p", "jm-import-dialog__field");
  field.append(label, " ", input);
  dialog.body.append(el("p", "", texts.importIntro), field, result, actions);
  dialog.open(input);
}

function describe(preview: ImportPreview, texts: PanelTexts, names: Map<string, string>): HTMLElement[] {
  if (!preview.ok) {
    const list = el("ul", "jm-import-preview__problems");
    preview.problems.forEach((problem) => list.append(el("li", "", format(texts.importRow, problem.row, problem.message))));
    return [el("p", "jm-panel-dialog__error jm-import-preview__failed", texts.importProblems), list];
  }
  const section = (pattern: string, ids: string[], kind: string): HTMLElement => {
    const block = el("div", `jm-import-preview__group jm-import-preview__group--${kind}`);
    block.dataset.jmImport = kind;
    block.append(el("p", "jm-import-preview__count", format(pattern, ids.length)));
    const known = ids.map((id) => names.get(id)).filter((name): name is string => Boolean(name));
    if (known.length > 0) {
      const list = el("ul", "jm-import-preview__names");
      known.forEach((name) => {
        const item = el("li", "", name);
        item.dir = "auto";
        list.append(item);
      });
      block.append(list);
    }
    return block;
  };
  return [
    section(texts.importAdded, preview.added, "added"),
    section(texts.importUpdated, preview.updated, "updated"),
    section(texts.importUnchanged, preview.unchanged, "unchanged"),
  ];
}
