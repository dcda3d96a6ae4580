import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createWordPort } from "../word/word-port";
import { App } from "./App";
import { preloadArea } from "./areas/areas";
import { removeLegacyFallback } from "./legacy-fallback";
import { officeReady } from "./office-ready";

/** How long Office.onReady may take before the pane says it is waiting for Word. */
const SPINNER_DELAY_MS = 300;

// Reaching this line means the webview runs the bundle: the "Word too old" note is not needed.
removeLegacyFallback(document);

const container = document.getElementById("root");
if (container) {
  // The first area loads while Office.js gets ready, not after; the pane renders once both are there.
  const firstArea = preloadArea("soan-thao");
  const root = createRoot(container);
  // Word usually answers at once: the "connecting" spinner shows only if it does not, and never flashes.
  const waiting = setTimeout(() => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Spinner label="Đang kết nối với Word…" />
      </FluentProvider>,
    );
  }, SPINNER_DELAY_MS);
  void Promise.all([officeReady(), firstArea]).then(([info]) => {
    clearTimeout(waiting);
    // App brings its own FluentProvider (the readable theme).
    root.render(<App port={createWordPort(info)} />);
  });
}
