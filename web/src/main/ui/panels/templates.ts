import type { PanelsApi } from "./api";
import { PanelDialog } from "./dialog";
import { button, el, uid } from "./dom";
import { rememberNotice } from "./notice";
import type { PanelTexts } from "./texts";
import { format } from "./texts";

/**
 * The template picker for an empty map macro: the templates in the viewer's language, each with its
 * description and stages, as a radio group; "Create map" fills the macro from the chosen one.
 */
export async function openTemplatePicker(api: PanelsApi, texts: PanelTexts, baseVersion: number): Promise<void> {
  const dialog = new PanelDialog(texts.templateTitle, "jm-template-dialog");
  const error = el("p", "jm-panel-dialog__error");
  error.setAttribute("role", "alert");
  dialog.body.append(el("p", "", texts.templateIntro), error);
  let templates;
  try {
    templates = await api.templates();
  } catch (e) {
    error.textContent = format(texts.failed, e instanceof Error ? e.message : String(e));
    dialog.body.append(button(texts.close, "jm-template-dialog__cancel", () => dialog.close()));
    dialog.open();
    return;
  }
  const group = el("div", "jm-template-list");
  group.setAttribute("role", "radiogroup");
  group.setAttribute("aria-label", texts.templateTitle);
  const name = uid("jm-template");
  templates.forEach((template, index) => {
    const option = el("label", "jm-template-list__option");
    option.dataset.jmTemplate = template.id;
    const radio = el("input", "jm-template-list__radio");
    radio.type = "radio";
    radio.name = name;
    radio.value = template.id;
    radio.checked = index === 0;
    const text = el("span", "jm-template-list__text");
    const description = el("span", "jm-template-list__description", template.description);
    description.id = uid("jm-template-description");
    radio.setAttribute("aria-describedby", description.id);
    text.append(el("span", "jm-template-list__name", template.name), description,
      el("span", "jm-template-list__stages", format(texts.templateStages, template.stages.join(", "))));
    option.append(radio, text);
    group.append(option);
  });
  const create = button(texts.templateCreate, "jm-panels__button--primary jm-template-dialog__create", async () => {
    const chosen = group.querySelector<HTMLInputElement>("input:checked");
    if (!chosen) {
      return;
    }
    create.disabled = true;
    try {
      await api.fromTemplate(chosen.value, baseVersion);
      rememberNotice(api, texts.templateDone);
      window.location.reload();
    } catch (e) {
      error.textContent = format(texts.failed, e instanceof Error ? e.message : String(e));
      create.disabled = false;
    }
  });
  const cancel = button(texts.cancel, "jm-template-dialog__cancel", () => dialog.close());
  const actions = el("p", "jm-panel-dialog__actions");
  actions.append(create, cancel);
  dialog.body.append(group, actions);
  dialog.open(group.querySelector<HTMLInputElement>("input:checked") ?? undefined);
}
