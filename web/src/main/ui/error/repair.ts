/**
 * The error panel's "Repair" button: asks the server to repair the stored map mechanically
 * (POST …/repair against the page version just read) and reloads the page to show the result.
 * Messages come from the server (already in the reader's language) or from the button's data
 * attributes, which the Soy template fills from the i18n bundle; all text is set with textContent.
 */
import { hostContext } from "../editor/host";

const BUTTON = 'button[data-jm-action="repair"]';

export function wireRepairButtons(root: ParentNode): void {
  root.querySelectorAll<HTMLButtonElement>(BUTTON).forEach((button) => {
    if (button.dataset.jmWired === "true") {
      return;
    }
    button.dataset.jmWired = "true";
    // Only people who may edit the page can repair its map: the REST read says so (canEdit).
    button.hidden = true;
    void mayEdit(button).then((canEdit) => {
      button.hidden = !canEdit;
    });
    button.addEventListener("click", () => {
      void repair(button);
    });
  });
}

async function mayEdit(button: HTMLButtonElement): Promise<boolean> {
  const context = hostContext(button);
  const mapId = button.dataset.jmMapId ?? "";
  if (!context || !mapId) {
    return false;
  }
  try {
    const url = `${context.restBase}/pages/${encodeURIComponent(context.pageId)}/maps/${encodeURIComponent(mapId)}`;
    const read = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    return read.ok && ((await read.json()) as { canEdit?: boolean }).canEdit === true;
  } catch {
    return false;
  }
}

async function repair(button: HTMLButtonElement): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>(".jm-error__repair-status") ?? null;
  const say = (text: string): void => {
    if (status) {
      status.textContent = text;
    }
  };
  const context = hostContext(button);
  const mapId = button.dataset.jmMapId ?? "";
  if (!context || !mapId) {
    say(button.dataset.jmFailed ?? "");
    return;
  }
  const base = `${context.restBase}/pages/${encodeURIComponent(context.pageId)}/maps/${encodeURIComponent(mapId)}`;
  button.disabled = true;
  say(button.dataset.jmWorking ?? "");
  try {
    const read = await fetch(base, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!read.ok) {
      throw new Error(await message(read));
    }
    const document_ = (await read.json()) as { pageVersion: number };
    const repaired = await fetch(`${base}/repair?baseVersion=${document_.pageVersion}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-Atlassian-Token": "no-check" },
    });
    if (!repaired.ok) {
      throw new Error(await message(repaired));
    }
    window.location.reload();
  } catch (error) {
    button.disabled = false;
    say(error instanceof Error && error.message ? error.message : button.dataset.jmFailed ?? "");
  }
}

async function message(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string; details?: { message?: string }[] };
    const details = (body.details ?? []).map((d) => d.message ?? "").filter((m) => m.length > 0);
    return [body.message ?? "", ...details].join(" ");
  } catch {
    return "";
  }
}
