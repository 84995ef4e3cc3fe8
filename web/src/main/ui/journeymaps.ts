import { wireRepairButtons } from "./error/repair";
import { enhanceMaps } from "./macro/macro";

function start(): void {
  enhanceMaps(document);
  wireRepairButtons(document);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
