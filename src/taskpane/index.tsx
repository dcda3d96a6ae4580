import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createWordPort } from "../word/word-port";
import { App } from "./App";
import { removeLegacyFallback } from "./legacy-fallback";
import { officeReady } from "./office-ready";

// Reaching this line means the webview runs the bundle: the "Word too old" note is not needed.
removeLegacyFallback(document);

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Đang kết nối với Word…" />
    </FluentProvider>,
  );
  void officeReady().then((info) => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App port={createWordPort(info)} />
      </FluentProvider>,
    );
  });
}
