import type { HostContext } from "../editor/host";
import { PanelsApi } from "./api";
import type { MapState } from "./api";
import { announcer, button, el } from "./dom";
import { HistoryPanel } from "./history";
import { openImportDialog } from "./importer";
import { takeNotice } from "./notice";
import { openTemplatePicker } from "./templates";
import type { PanelTexts } from "./texts";
import { readPanelTexts } from "./texts";

/**
 * The tools around one interactive map region, placed above it: history (with read-only versions,
 * visual diff and restore), CSV import (editors), CSV and JSON export, print. An empty map macro
 * gets the template picker instead (editors). Who may edit comes from the server (GET …/maps/{id}).
 */
export function enhancePanels(region: HTMLElement, host: HostContext | null, firstRead?: Promise<MapState>): void {
  const texts = readPanelTexts(region);
  const mapId = region.dataset.jmMapId;
  if (!texts || !host || !mapId) {
    return;
  }
  const api = new PanelsApi(host.restBase, host.pageId, mapId);
  // The page's start-up reads the map once for the editor and these tools (macro.ts); later reads are fresh.
  const initialState = (): Promise<MapState> => firstRead ?? api.state();
  const tools = el("div", "jm-panels");
  tools.dataset.jmPanelsFor = mapId;
  const live = announcer();
  const notice = takeNotice(api);
  if (notice) {
    const shown = el("p", "jm-panels__notice", notice);
    shown.setAttribute("role", "status");
    tools.append(shown);
  }
  tools.append(live);
  region.before(tools);
  if (region.classList.contains("jm-map--full")) {
    mapTools(region, api, texts, tools, live, initialState);
  } else {
    void templateStart(api, texts, tools, initialState);
  }
}

function mapTools(region: HTMLElement, api: PanelsApi, texts: PanelTexts, tools: HTMLElement, live: HTMLElement,
  initialState: () => Promise<MapState>): void {
  const bar = el("div", "jm-panels__bar");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", texts.toolbar);
  let history: HistoryPanel | null = null;
  const toggle = button(texts.history, "jm-panels__history", () => {
    if (!history) {
      return;
    }
    const opening = history.element.hidden;
    history.element.hidden = !opening;
    toggle.setAttribute("aria-expanded", String(opening));
    if (opening) {
      void history.load().then(() => history?.heading()?.focus());
    } else {
      history.closeView();
      toggle.focus();
    }
  });
  toggle.setAttribute("aria-expanded", "false");
  history = new HistoryPanel(region, api, texts, live, () => toggle.click());
  toggle.setAttribute("aria-controls", history.element.id);
  const link = (text: string, suffix: string, className: string): HTMLAnchorElement => {
    const anchor = el("a", `jm-panels__link ${className}`, text);
    anchor.href = api.url(suffix);
    anchor.setAttribute("download", "");
    return anchor;
  };
  bar.append(toggle, link(texts.exportCsv, "/export.csv", "jm-panels__export-csv"),
    link(texts.exportJson, "/export.json", "jm-panels__export-json"),
    button(texts.print, "jm-panels__print", () => window.print()));
  tools.append(bar, history.element, history.view);
  initialState().then((state) => {
    if (state.canEdit) {
      const importer = button(texts.import, "jm-panels__import", () => openImportDialog(api, texts));
      toggle.after(importer);
    }
  }).catch(() => undefined); // without the map's state the import stays unoffered; the server checks anyway
}

async function templateStart(api: PanelsApi, texts: PanelTexts, tools: HTMLElement,
  initialState: () => Promise<MapState>): Promise<void> {
  let state;
  try {
    state = await initialState();
  } catch {
    return; // no map to fill (or not visible): the placeholder stays as it is
  }
  if (!state.empty || !state.canEdit) {
    return;
  }
  const start = button(texts.templateStart, "jm-panels__button--primary jm-panels__template", () => {
    void openTemplatePicker(api, texts, state.pageVersion);
  });
  tools.append(start);
}
