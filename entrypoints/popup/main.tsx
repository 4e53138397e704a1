import { render } from "preact";
import { pickLocale } from "../../lib/engine/i18n.ts";
import { PopupApp } from "../../lib/ui/popup.tsx";

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale;
render(<PopupApp locale={locale} />, document.getElementById("app")!);
