import { ErrorWithRetry } from "../components/ErrorWithRetry";
import { useSession } from "./session-context";

/** Word could not give the choices and ignored findings stored in the document: say so, offer to read again. */
export function SettingsError() {
  const { settingsError, reloadSettings } = useSession();
  if (!settingsError) return null;
  return <ErrorWithRetry title="Chưa đọc được dữ liệu đã lưu trong văn bản" message={settingsError} onRetry={reloadSettings} />;
}
