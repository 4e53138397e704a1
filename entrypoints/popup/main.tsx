import { render } from "preact";
import { TryIt } from "../../lib/ui/try-it.tsx";
import { AddSite, CrisisToggle } from "../../lib/ui/popup-settings.tsx";
import { pickLocale } from "../../lib/engine/i18n.ts";

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale;
render(
  <>
    <TryIt locale={locale} />
    <section style={{ font: "14px system-ui, sans-serif", width: "22rem", padding: "0 0.75rem 0.75rem" }}>
      <CrisisToggle locale={locale} />
      <AddSite locale={locale} />
    </section>
  </>,
  document.getElementById("app")!,
);
