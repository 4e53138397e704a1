import { renderInChosenLocale } from "../../lib/ui/locale.tsx";
import { OptionsApp } from "../../lib/ui/options/app.tsx";

renderInChosenLocale(document.getElementById("app")!, OptionsApp);
