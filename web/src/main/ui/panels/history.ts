import type { PanelsApi, VersionInfo } from "./api";
import { ApiError } from "./api";
import { changeList, markChanges, showRemovedCards } from "./diff";
import { PanelDialog } from "./dialog";
import { announce, button, el, uid } from "./dom";
import { readOnlyFragment } from "./fragment";
import { rememberNotice } from "./notice";
import type { PanelTexts } from "./texts";
import { format } from "./texts";

function message(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(document.documentElement.lang || undefined);
}

/**
 * The history panel of one map: the versions in which the map changed (author, time, summary), each
 * viewable read-only, changes against the previous version or between any two versions as a visual
 * diff in the grid, and, for editors, restoring a version (as a new version, after confirmation).
 * Versions and diffs are shown in a view that takes the live map's place until "Back".
 */
export class HistoryPanel {
  readonly element: HTMLElement;
  readonly view: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly status: HTMLElement;
  private readonly fromSelect: HTMLSelectElement;
  private readonly toSelect: HTMLSelectElement;
  private versions: VersionInfo[] = [];
  private baseVersion = 0;
  private canEdit = false;

  constructor(
    private readonly region: HTMLElement,
    private readonly api: PanelsApi,
    private readonly texts: PanelTexts,
    private readonly announcer: HTMLElement,
    onClose: () => void,
  ) {
    this.element = el("section", "jm-history");
    this.element.id = uid("jm-history");
    this.element.hidden = true;
    const heading = el("h3", "jm-history__title", texts.historyTitle);
    heading.id = uid("jm-history-title");
    heading.tabIndex = -1;
    this.element.setAttribute("aria-labelledby", heading.id);
    this.status = el("p", "jm-history__status");
    this.status.setAttribute("role", "status");
    this.list = el("ol", "jm-history__list");
    const compare = el("form", "jm-history__compare");
    compare.setAttribute("aria-label", texts.compareTitle);
    this.fromSelect = this.select(compare, texts.compareFrom, "from");
    this.toSelect = this.select(compare, texts.compareTo, "to");
    const show = el("button", "jm-panels__button jm-history__compare-button", texts.compareShow);
    show.type = "submit";
    compare.append(show);
    compare.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.showDiff(Number(this.fromSelect.value), Number(this.toSelect.value));
    });
    const close = button(texts.historyClose, "jm-history__close", onClose);
    this.element.append(heading, el("p", "jm-history__intro", texts.historyIntro), this.status, compare, this.list, close);

    this.view = el("section", "jm-version-view");
    this.view.hidden = true;
  }

  private select(form: HTMLFormElement, labelText: string, name: string): HTMLSelectElement {
    const label = el("label", "jm-history__field");
    const select = el("select", `jm-history__select jm-history__select--${name}`);
    select.name = name;
    label.append(el("span", "", labelText), " ", select);
    form.append(label);
    return select;
  }

  heading(): HTMLElement | null {
    return this.element.querySelector<HTMLElement>(".jm-history__title");
  }

  async load(): Promise<void> {
    this.status.textContent = this.texts.loading;
    this.list.replaceChildren();
    try {
      const [state, versions] = await Promise.all([this.api.state(), this.api.history()]);
      this.baseVersion = state.pageVersion;
      this.canEdit = state.canEdit;
      this.versions = versions;
    } catch (error) {
      this.status.textContent = format(this.texts.failed, message(error));
      return;
    }
    this.status.textContent = this.versions.length > 1 ? "" : this.texts.historyEmpty;
    this.fillSelects();
    this.versions.forEach((version, index) => this.list.append(this.item(version, index)));
  }

  private fillSelects(): void {
    const options = (select: HTMLSelectElement, selected: number | undefined): void => {
      select.replaceChildren(...this.versions.map((v) => {
        const option = el("option", "", format(this.texts.historyVersion, v.version));
        option.value = String(v.version);
        option.selected = v.version === selected;
        return option;
      }));
    };
    options(this.fromSelect, this.versions[1]?.version ?? this.versions[0]?.version);
    options(this.toSelect, this.versions[0]?.version);
  }

  private item(version: VersionInfo, index: number): HTMLLIElement {
    const item = el("li", "jm-history__item");
    item.dataset.jmVersion = String(version.version);
    const title = el("span", "jm-history__version", format(this.texts.historyVersion, version.version));
    const head = el("p", "jm-history__head");
    head.append(title);
    if (index === 0) {
      head.append(" ", el("span", "jm-history__current", `(${this.texts.historyCurrent})`));
    }
    const time = el("time", "jm-history__time", when(version.modified));
    time.dateTime = version.modified;
    const meta = el("p", "jm-history__meta");
    meta.append(el("span", "jm-history__author", version.author), ", ", time);
    const summary = el("p", "jm-history__summary", version.summary);
    summary.dir = "auto";
    const actions = el("p", "jm-history__actions");
    const describedBy = (control: HTMLButtonElement): HTMLButtonElement => {
      title.id ||= uid("jm-history-version");
      control.setAttribute("aria-describedby", title.id);
      return control;
    };
    actions.append(describedBy(button(this.texts.historyView, "jm-history__view", () => void this.showVersion(version.version))));
    const previous = this.versions[index + 1];
    if (previous) {
      actions.append(describedBy(button(this.texts.historyChanges, "jm-history__changes",
        () => void this.showDiff(previous.version, version.version))));
    }
    if (this.canEdit && index > 0) {
      actions.append(describedBy(button(this.texts.historyRestore, "jm-history__restore", () => this.confirmRestore(version.version))));
    }
    item.append(head, meta, summary, actions);
    return item;
  }

  /** Replaces the live map by the view until "Back" (the live map stays in the page, hidden). */
  private async openView(titleText: string, fill: (body: HTMLElement) => Promise<void>): Promise<void> {
    const heading = el("h3", "jm-version-view__title", titleText);
    heading.id = uid("jm-version-title");
    heading.tabIndex = -1;
    this.view.setAttribute("aria-labelledby", heading.id);
    const back = button(this.texts.versionBack, "jm-version-view__back", () => this.closeView());
    const body = el("div", "jm-version-view__body");
    body.textContent = this.texts.loading;
    this.view.replaceChildren(heading, back, body);
    this.view.hidden = false;
    this.region.hidden = true;
    heading.focus();
    try {
      const content = el("div");
      await fill(content);
      body.replaceChildren(...Array.from(content.childNodes));
      announce(this.announcer, titleText);
    } catch (error) {
      body.textContent = format(this.texts.failed, message(error));
      announce(this.announcer, body.textContent);
    }
  }

  closeView(): void {
    if (this.view.hidden) {
      return;
    }
    this.view.hidden = true;
    this.view.replaceChildren();
    this.region.hidden = false;
    this.heading()?.focus();
  }

  async showVersion(version: number): Promise<void> {
    await this.openView(format(this.texts.versionTitle, version), async (body) => {
      body.append(readOnlyFragment(await this.api.versionHtml(version), `v${version}-`));
    });
  }

  async showDiff(from: number, to: number): Promise<void> {
    const [older, newer] = from <= to ? [from, to] : [to, from];
    await this.openView(format(this.texts.diffTitle, older, newer), async (body) => {
      const [changes, html, oldHtml] = await Promise.all([
        this.api.diff(older, newer), this.api.versionHtml(newer), this.api.versionHtml(older)]);
      const summary = el("p", "jm-diff-summary", changes.length === 0 ? this.texts.diffNone : format(this.texts.diffCount, changes.length));
      const map = el("div", "jm-diff-map");
      map.append(readOnlyFragment(html, `d${older}-${newer}-`));
      const descriptions = el("div");
      descriptions.hidden = true;
      const before = el("div");
      before.append(readOnlyFragment(oldHtml, `o${older}-`));
      showRemovedCards(map, before, changes);
      markChanges(map, changes, this.texts, descriptions);
      body.append(summary);
      if (changes.length > 0) {
        body.append(changeList(changes, this.texts));
      }
      body.append(map, descriptions);
    });
  }

  private confirmRestore(version: number): void {
    const dialog = new PanelDialog(format(this.texts.restoreTitle, version), "jm-restore-dialog");
    const error = el("p", "jm-panel-dialog__error");
    error.setAttribute("role", "alert");
    const confirm = button(this.texts.restoreConfirm, "jm-panels__button--primary jm-restore-dialog__confirm", async () => {
      confirm.disabled = true;
      try {
        await this.api.restore(version, this.baseVersion);
        rememberNotice(this.api, format(this.texts.restoreDone, version));
        window.location.reload();
      } catch (e) {
        error.textContent = format(this.texts.failed, message(e));
        confirm.disabled = false;
      }
    });
    const cancel = button(this.texts.cancel, "jm-restore-dialog__cancel", () => dialog.close());
    const actions = el("p", "jm-panel-dialog__actions");
    actions.append(confirm, cancel);
    dialog.body.append(el("p", "", format(this.texts.restoreIntro, version)), error, actions);
    dialog.open(cancel);
  }
}
