import { render } from "preact";
import { pickLocale } from "../../lib/engine/i18n.ts";
import { OptionsApp } from "../../lib/ui/options/app.tsx";

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale;
render(<OptionsApp locale={locale} />, document.getElementById("app")!);
