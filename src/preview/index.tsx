import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createMemoryWordPort } from "../word/memory-word-port";
import { PreviewApp } from "./PreviewApp";

// A blank document to start: "Soạn thảo" fills it as it would an empty document in Word.
const port = createMemoryWordPort();

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp port={port} />
    </FluentProvider>,
  );
}
