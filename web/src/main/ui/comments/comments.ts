import type { HostContext } from "../editor/host";
import { CommentsApi } from "./api";
import { CommentPanel } from "./panel";
import { readCommentTexts } from "./texts";

const CARD = "[data-jm-touchpoint-id]";
const COUNT = "[data-jm-comment-count]";
/** Clicks on these belong to someone else (the in-place editor, links, form controls), not to the card. */
const NOT_FOR_US = ".jm-editable, input, textarea, select, button, a";

/**
 * Comments on the touchpoints of one interactive map: a badge with the number of open comments on each card, and
 * the comments panel when a card is chosen (click, or Enter/Space on the focused card). Works for every reader: the
 * panel itself offers only what the server says they may do. Survives the editor re-rendering the map region.
 */
export function startComments(region: HTMLElement, host: HostContext, mapId: string): void {
  const texts = readCommentTexts(region);
  if (!texts) {
    return;
  }
  const api = new CommentsApi(host.restBase, host.pageId, mapId);
  let counts: Record<string, number> = {};

  // The badge of a card lives in the card's list of facts; the server does not render it (it would
  // be an empty, hidden item on every card of the map), it is added here for the cards that have
  // open comments and hidden again when they have none.
  const applyCounts = (): void => {
    region.querySelectorAll<HTMLElement>(CARD).forEach((card) => {
      card.setAttribute("aria-haspopup", "dialog");
      if (!card.title) {
        card.title = texts.openHint;
      }
      const itemId = card.dataset.jmTouchpointId ?? "";
      const count = counts[itemId] ?? 0;
      let holder = card.querySelector<HTMLElement>(COUNT);
      if (count === 0) {
        if (holder) {
          holder.hidden = true;
        }
        return;
      }
      if (!holder) {
        holder = document.createElement("li");
        holder.className = "jm-card__fact jm-card__comments";
        holder.dataset.jmCommentCount = itemId;
        let facts = card.querySelector<HTMLElement>(".jm-card__facts");
        if (!facts) {
          facts = document.createElement("ul");
          facts.className = "jm-card__facts";
          // before the editor's controls, where the server puts the facts
          card.insertBefore(facts, card.querySelector(".jm-card__controls"));
        }
        facts.append(holder);
      }
      holder.hidden = false;
      const badge = document.createElement("span");
      badge.className = "jm-comment-badge";
      badge.textContent = String(count);
      const hidden = document.createElement("span");
      hidden.className = "jm-visually-hidden";
      hidden.textContent = ` ${texts.badgeOpen}`;
      holder.replaceChildren(`${texts.title} `, badge, hidden);
    });
  };
  const refreshCounts = async (): Promise<void> => {
    try {
      counts = await api.counts();
    } catch {
      return; // the badges stay as they were; the panel reports its own failures
    }
    applyCounts();
  };

  const panel = new CommentPanel(api, texts, () => void refreshCounts());
  const open = (card: HTMLElement): void => {
    const itemId = card.dataset.jmTouchpointId;
    if (itemId) {
      const name = card.querySelector(".jm-card__name")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
      void panel.open(itemId, name, card);
    }
  };

  region.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const card = target?.closest<HTMLElement>(CARD);
    if (!card || event.defaultPrevented || target?.closest(NOT_FOR_US)) {
      return;
    }
    open(card);
  });
  region.addEventListener("keydown", (event) => {
    const card = event.target instanceof HTMLElement && event.target.matches(CARD) ? event.target : null;
    // On a map the viewer may edit, Enter opens the touchpoint's details (editor/grid.ts); Space opens
    // the comments there, and both keys do on a map the viewer may only read.
    const enterIsTaken = region.classList.contains("jm-map--editable");
    if (card && (event.key === " " || (event.key === "Enter" && !enterIsTaken)) && !event.defaultPrevented) {
      event.preventDefault();
      open(card);
    }
  });
  // The editor replaces the region's content after edits; put the badges back on the fresh cards.
  new MutationObserver(() => applyCounts()).observe(region, { childList: true });
  // The badges are not needed for the first interaction: ask for the counts once the browser is idle
  // (after the first paint and the editor's start), not in the middle of the page's start-up.
  whenIdle(() => void refreshCounts());
}

/** Runs `task` when the browser is idle (at the latest after two seconds); a timeout where there is no requestIdleCallback. */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === "function") {
    window.requestIdleCallback(() => task(), { timeout: 2000 });
  } else {
    window.setTimeout(task, 50);
  }
}
