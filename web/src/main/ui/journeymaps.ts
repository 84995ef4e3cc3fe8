import { enhanceMaps } from "./macro/macro";

function start(): void {
  enhanceMaps(document);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
