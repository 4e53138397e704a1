import { renderInChosenLocale } from "../../lib/ui/locale.tsx";
import { WelcomeApp } from "../../lib/ui/welcome/app.tsx";

renderInChosenLocale(document.getElementById("app")!, WelcomeApp);
