/**
 * Settings stored in the document itself (Office.context.document.settings, saved into the file with
 * saveAsync): ignored findings with their reasons, the cell's answers. Values go in as JSON copies,
 * so what is loaded later is plain data and a caller's object is never shared with Office.
 */
import { WordApiError } from "./errors";
import { SUCCEEDED, type SettingsLike } from "./office-document";

const unavailable = () => new WordApiError("NOT_SUPPORTED", "Word này không cho phần bổ trợ lưu cài đặt vào văn bản.");

export function loadDocumentSetting<T>(settings: SettingsLike | undefined, key: string): Promise<T | undefined> {
  if (!settings) return Promise.reject(unavailable());
  try {
    const value = settings.get(key);
    return Promise.resolve(value === null || value === undefined ? undefined : (value as T));
  } catch (cause) {
    return Promise.reject(new WordApiError("HOST_ERROR", "Không đọc được cài đặt đã lưu trong văn bản.", { cause }));
  }
}

function jsonCopy(key: string, value: unknown): unknown {
  try {
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
  } catch (cause) {
    throw new WordApiError("PRECONDITION", `Không lưu được cài đặt “${key}”: dữ liệu không chuyển được sang dạng lưu trữ.`, { cause });
  }
}

/**
 * Sets and saves one setting. When Word cannot save, the previous value is put back, so what the
 * pane reads afterwards is what the file holds, and the message says nothing was saved.
 */
export async function saveDocumentSetting(settings: SettingsLike | undefined, key: string, value: unknown): Promise<void> {
  if (!settings) throw unavailable();
  const copy = jsonCopy(key, value);
  let previous: unknown;
  try {
    previous = settings.get(key);
    if (copy === undefined) settings.remove(key);
    else settings.set(key, copy);
  } catch (cause) {
    throw new WordApiError("HOST_ERROR", "Không lưu được cài đặt vào văn bản.", { cause });
  }
  const failure = await new Promise<string | null>((resolve) => {
    try {
      settings.saveAsync((result) => resolve(result.status === SUCCEEDED ? null : result.error?.message ?? "lỗi không rõ"));
    } catch (e) {
      resolve(e instanceof Error ? e.message : "lỗi không rõ");
    }
  });
  if (failure === null) return;
  try {
    if (previous === null || previous === undefined) settings.remove(key);
    else settings.set(key, previous);
  } catch {
    // The save already failed; the message below is what matters.
  }
  throw new WordApiError("HOST_ERROR", `Không lưu được cài đặt vào văn bản (Word báo: ${failure}). Hãy kiểm tra văn bản không ở chế độ chỉ đọc rồi thử lại.`);
}
