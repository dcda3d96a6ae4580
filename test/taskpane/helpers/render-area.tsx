import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { SessionProvider } from "../../../src/taskpane/session/SessionProvider";
import type { WordPort } from "../../../src/word/word-port";

export const TODAY = "2026-11-27";

/** One area, as the App mounts it: inside Fluent's provider and the session of the given port. */
export function renderArea(Area: ComponentType, port: WordPort, today = TODAY) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider port={port} today={today}>
        <Area />
      </SessionProvider>
    </FluentProvider>,
  );
}
