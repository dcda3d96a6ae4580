import { Field, Select } from "@fluentui/react-components";
import { contentProfiles, formatProfiles } from "../../core/profiles/builtin";
import type { ResolvedProfile } from "../../core/profiles/types";
import { useAreaStyles } from "../area-styles";
import { GuidanceCodes } from "../components/GuidanceCodes";
import type { CheckChoice } from "../session/check-choice";

export interface ProfilePanelProps {
  profile: ResolvedProfile;
  choice: CheckChoice;
  onChange(choice: CheckChoice): void;
}

/**
 * The profile in use, always shown (shared/spec/README.md: "the profile in use is always shown"):
 * its labels and the guidance it rests on; both profiles can be changed from their automatic choice
 * by date, and the change is remembered in the document.
 */
export function ProfilePanel({ profile, choice, onChange }: ProfilePanelProps) {
  const styles = useAreaStyles();
  const codes = [...new Set([profile.content, profile.format, ...profile.overlays].flatMap((p) => p.guidance))];
  return (
    <section className={styles.section} aria-labelledby="ho-so-quy-dinh">
      <h3 id="ho-so-quy-dinh" className={styles.h3}>
        Hồ sơ quy định đang dùng
      </h3>
      <p className={styles.muted}>
        {profile.content.label}; {profile.format.label}
        {profile.overlays.map((o) => `; ${o.label}`).join("")}
      </p>
      <GuidanceCodes codes={codes} />
      {profile.notes.map((n) => (
        <p key={n} className={styles.muted}>
          Ghi chú: {n}
        </p>
      ))}
      <Field label="Hướng dẫn sinh hoạt chi bộ" hint="Mặc định chọn theo ngày họp.">
        <Select value={choice.contentProfile ?? ""} onChange={(_e, d) => onChange({ ...choice, contentProfile: d.value || undefined })}>
          <option value="">Tự động theo ngày họp</option>
          {contentProfiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Quy định thể thức văn bản" hint="Mặc định chọn theo ngày của văn bản.">
        <Select value={choice.formatProfile ?? ""} onChange={(_e, d) => onChange({ ...choice, formatProfile: d.value || undefined })}>
          <option value="">Tự động theo ngày văn bản</option>
          {formatProfiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
