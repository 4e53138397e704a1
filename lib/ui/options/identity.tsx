/** Who I am: the author id the spokesperson rule checks, from policy when the browser is managed. */
import { useEffect, useState } from "preact/hooks";
import type { Locale } from "../../engine/types.ts";
import { identityItem, uiLanguageItem } from "../../state/items.ts";
import { IdentitySchema, UiLanguageSchema } from "../../state/schema.ts";
import { policyItem } from "../../state/team.ts";
import { t } from "../strings.ts";
import { useItem } from "./hooks.ts";

export function IdentitySection({ locale }: { locale: Locale }) {
  const identity = useItem(identityItem);
  const policy = useItem(policyItem);
  const [value, setValue] = useState("");
  const [state, setState] = useState<"idle" | "saved" | "invalid">("idle");
  useEffect(() => setValue(identity?.author ?? ""), [identity?.author]);
  if (identity === undefined || policy === undefined) return null;
  const fromPolicy = policy?.values.author;
  return (
    <div>
      <LanguageChoice locale={locale} />
      <p class="pf-muted">{t("identityIntro", locale)}</p>
      {fromPolicy ? (
        <p data-testid="identity-policy">
          <strong>{fromPolicy}</strong> <span class="pf-tag">{t("byPolicy", locale)}</span>
        </p>
      ) : (
        <form
          class="pf-field"
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = IdentitySchema.safeParse({ author: value });
            if (!parsed.success || !parsed.data.author) return setState("invalid");
            setState("saved");
            void identityItem.set({ author: parsed.data.author });
          }}
        >
          <label for="pf-identity">{t("identityLabel", locale)}</label>
          <div class="pf-row">
            <input
              id="pf-identity"
              data-testid="identity-input"
              style={{ flex: 1 }}
              placeholder="ann@acme.example"
              value={value}
              onInput={(event) => {
                setValue(event.currentTarget.value);
                setState("idle");
              }}
            />
            <button type="submit" data-testid="identity-save">
              {t("save", locale)}
            </button>
          </div>
          {state !== "idle" && (
            <p role="status" data-testid="identity-status" data-state={state} class={state === "invalid" ? "pf-error" : "pf-ok"}>
              {t(state === "saved" ? "saved" : "identityInvalid", locale)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

/** Names of the languages in their own script, as language pickers show them. */
const LANGUAGE_NAMES = { en: "English", "zh-CN": "简体中文" } as const;

function LanguageChoice({ locale }: { locale: Locale }) {
  const choice = useItem(uiLanguageItem);
  if (choice === undefined) return null;
  return (
    <p class="pf-field">
      <label for="pf-language">{t("languageLabel", locale)}</label>
      <select
        id="pf-language"
        data-testid="language-select"
        value={choice}
        onChange={(event) => {
          const parsed = UiLanguageSchema.safeParse(event.currentTarget.value);
          if (parsed.success) void uiLanguageItem.set(parsed.data);
        }}
      >
        <option value="auto">{t("languageAuto", locale)}</option>
        {(Object.keys(LANGUAGE_NAMES) as Array<keyof typeof LANGUAGE_NAMES>).map((id) => (
          <option key={id} value={id}>
            {LANGUAGE_NAMES[id]}
          </option>
        ))}
      </select>
    </p>
  );
}
