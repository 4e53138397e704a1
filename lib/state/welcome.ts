/**
 * The welcome page (issue 13): opened once, when Preflight is installed (not on an update), unless
 * the organisation's policy already says who the author is and which team rules apply. Until the
 * author has answered or dismissed it, compose boxes do not warn that Preflight does not know who
 * they are: they have not had a chance to say.
 */
import { z } from "zod";
import { policyControlsFeed } from "../sync/policy.ts";
import type { PolicyMirror } from "../sync/schema.ts";
import { validatedItem } from "./items.ts";

/** The extension page it is (entrypoints/welcome/). */
export const WELCOME_PAGE = "/welcome.html";

export const WelcomeSchema = z.strictObject({
  /** `pending` from the install until the author finishes or skips the welcome page. */
  state: z.enum(["pending", "done"]),
});
export type Welcome = z.infer<typeof WelcomeSchema>;

/** Installs from before the welcome page existed read as `done`: their authors had every chance. */
export const welcomeItem = validatedItem<Welcome>("local:welcome", { state: "done" }, (raw) => {
  const parsed = WelcomeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
});

/** Whether the policy answers all the welcome page would ask: who the author is, and the team's rules. */
export function policySetsEverything(policy: PolicyMirror | null | undefined): boolean {
  return Boolean(policy?.values.author) && policyControlsFeed(policy);
}

/** What opening the welcome page needs from the browser (a fake in unit tests). */
export interface WelcomeHost {
  readPolicy(): Promise<PolicyMirror>;
  openTab(path: string): Promise<unknown>;
}

/**
 * On `runtime.onInstalled`: a fresh install gets the welcome page and the pending state; an
 * update, a browser update or an install the policy already set up gets neither.
 */
export async function welcomeOnInstall(reason: string, host: WelcomeHost): Promise<boolean> {
  if (reason !== "install") return false;
  // Written either way, so that whoever waits for the install to settle (the browser tests) can tell.
  if (policySetsEverything(await host.readPolicy())) {
    await welcomeItem.set({ state: "done" });
    return false;
  }
  await welcomeItem.set({ state: "pending" });
  await host.openTab(WELCOME_PAGE);
  return true;
}
