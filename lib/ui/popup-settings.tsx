/**
 * Adding a site the user posts from (a scheduler's web composer), in the popup and the options
 * page. Adding asks Chrome for that one origin; the background then registers the content script
 * there (lib/state/background.ts, syncUserSites). The crisis switch moved to popup-crisis.tsx.
 */
import { useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { Locale } from "../engine/types.ts";
import { t } from "./strings.ts";

/** `https://host/*` for an address the user typed, or undefined. */
export function originPattern(address: string): string | undefined {
  try {
    const url = new URL(address.includes("://") ? address : `https://${address}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return undefined;
  }
}

export function AddSite({ locale }: { locale: Locale }) {
  const [address, setAddress] = useState("");
  const [status, setStatus] = useState<"idle" | "added" | "invalid" | "denied">("idle");
  return (
    <form
      style={{ display: "grid", gap: "0.25rem", margin: "0.5rem 0" }}
      onSubmit={(event) => {
        event.preventDefault();
        const pattern = originPattern(address.trim());
        if (!pattern) return setStatus("invalid");
        // Must run in the click's user gesture: no await before it.
        browser.permissions.request({ origins: [pattern] }).then(
          (granted) => setStatus(granted ? "added" : "denied"),
          () => setStatus("denied"),
        );
      }}
    >
      <label for="preflight-add-site">{t("sitesLabel", locale)}</label>
      <div style={{ display: "flex", gap: "0.25rem" }}>
        <input
          id="preflight-add-site"
          data-testid="add-site-input"
          style={{ flex: 1 }}
          placeholder="https://scheduler.example.com"
          value={address}
          onInput={(event) => {
            setAddress(event.currentTarget.value);
            setStatus("idle");
          }}
        />
        <button type="submit" data-testid="add-site">
          {t("sitesAdd", locale)}
        </button>
      </div>
      {status !== "idle" && (
        <p role="status" data-testid="add-site-status" data-status={status} style={{ margin: 0 }}>
          {t(`sites_${status}`, locale)}
        </p>
      )}
    </form>
  );
}
