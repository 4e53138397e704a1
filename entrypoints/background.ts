import { startBackground } from "../lib/state/background.ts";

export default defineBackground(() => startBackground());
