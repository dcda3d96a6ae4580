/** @jest-environment jsdom */
/**
 * Word could not give the settings stored in the document (the check choices, the ignored findings
 * with their reasons): the pane says so with "Thử lại", refuses to save over what it could not read,
 * and once they are read saves what the user did meanwhile, merged with what the document held.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { IGNORED_SETTING } from "../../src/core/report/ignored-findings";
import CheckArea from "../../src/taskpane/areas/CheckArea";
import { SessionProvider } from "../../src/taskpane/session/SessionProvider";
import { SettingsError } from "../../src/taskpane/session/SettingsError";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { faultyMinutes } from "./helpers/sample-docs";
import { TODAY } from "./helpers/render-area";

const stored = { key: "stored-key", elementId: "BB.GUESTS", message: "Thiếu đại biểu.", reason: "Họp không mời đại biểu", date: "2026-11-01" };

function renderPane(port: ReturnType<typeof createFakeWordPort>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider port={port} today={TODAY}>
        <SettingsError />
        <CheckArea />
      </SessionProvider>
    </FluentProvider>,
  );
}

const findingCard = (text: RegExp) => screen.getByText(text, { selector: "span" }).closest("li") as HTMLElement;

describe("stored settings that Word could not read", () => {
  it("are reported with “Thử lại”, never saved over, and saved merged once read", async () => {
    // Two reads fail (the choice and the ignored findings, read side by side).
    const port = createFakeWordPort({ document: faultyMinutes(), settings: { [IGNORED_SETTING]: [stored] }, faults: { loadSetting: 2 } });
    renderPane(port);
    const bar = await screen.findByText("Chưa đọc được dữ liệu đã lưu trong văn bản");
    const alert = bar.closest("[role=alert]") as HTMLElement;
    expect(alert.textContent).toMatch(/không thành công/);
    await screen.findByText("Chưa đủ điều kiện ký");

    // Ignoring a finding meanwhile: kept for the session, but the stored list is not overwritten.
    const card = findingCard(/chữ “Ð\/ð”/);
    fireEvent.click(within(card).getByRole("button", { name: "Bỏ qua" }));
    fireEvent.change(within(card).getByRole("textbox"), { target: { value: "Tên riêng viết như vậy" } });
    fireEvent.click(within(card).getByRole("button", { name: "Lưu lý do và bỏ qua" }));
    expect(await screen.findByText(/để không ghi đè những gì văn bản đang giữ/)).toBeTruthy();
    expect(port.settings.get(IGNORED_SETTING)).toEqual([stored]);

    // "Thử lại" at the top reads them; the session's ignored finding is saved beside the stored one.
    fireEvent.click(within(alert).getByRole("button", { name: "Thử lại" }));
    await waitFor(() => expect(screen.queryByText("Chưa đọc được dữ liệu đã lưu trong văn bản")).toBeNull());
    await waitFor(() =>
      expect(port.settings.get(IGNORED_SETTING)).toEqual([stored, expect.objectContaining({ reason: "Tên riêng viết như vậy" })]),
    );
  });

  it("outside Word there is nothing stored: no message", async () => {
    const port = createFakeWordPort({ host: "none", faults: { loadSetting: 2 } });
    renderPane(port);
    await waitFor(() => expect(port.faultsThrown.length).toBeGreaterThan(0));
    expect(screen.queryByText("Chưa đọc được dữ liệu đã lưu trong văn bản")).toBeNull();
  });
});
