import { render } from "preact";
import { TryIt } from "../../lib/ui/try-it.tsx";
import { pickLocale } from "../../lib/engine/i18n.ts";

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale;
render(<TryIt locale={locale} />, document.getElementById("app")!);
