/** The adapters, most specific first; `generic` serves the sites the user added. */
import { genericAdapter } from "./generic.ts";
import type { PlatformAdapter } from "./types.ts";
import { xAdapter } from "./x.ts";

export const PLATFORM_ADAPTERS: readonly PlatformAdapter[] = [xAdapter];

/** The adapter for a page: a built-in platform's, else the generic one (user-added sites). */
export function adapterFor(location: Pick<Location, "hostname" | "pathname">): PlatformAdapter {
  return PLATFORM_ADAPTERS.find((adapter) => adapter.matches(location)) ?? genericAdapter;
}

