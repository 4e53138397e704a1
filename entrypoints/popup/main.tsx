import { renderInChosenLocale } from "../../lib/ui/locale.tsx";
import { PopupApp } from "../../lib/ui/popup.tsx";

renderInChosenLocale(document.getElementById("app")!, PopupApp);
