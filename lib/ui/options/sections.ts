/**
 * The options page's sections, in the order of its navigation: one import and one entry add a
 * section. `id` is its address (options.html#<id>); the popup links to them.
 */
import type { ComponentType } from "preact";
import type { Locale, LocalizedText } from "../../engine/types.ts";
import { auditSection } from "../audit/section.tsx";
import { STRINGS } from "../strings.ts";
import { IdentitySection } from "./identity.tsx";
import { RulesSection } from "./rules.tsx";
import { SitesSection } from "./sites.tsx";
import { TeamSection } from "./team.tsx";
import { TryItSection } from "./try-it.tsx";

export interface OptionsSection {
  id: string;
  title: LocalizedText;
  Component: ComponentType<{ locale: Locale }>;
}

export const OPTIONS_SECTIONS: OptionsSection[] = [
  { id: "identity", title: STRINGS.section_identity, Component: IdentitySection },
  { id: "team", title: STRINGS.section_team, Component: TeamSection },
  { id: "rules", title: STRINGS.section_rules, Component: RulesSection },
  { id: "sites", title: STRINGS.section_sites, Component: SitesSection },
  { id: "try", title: STRINGS.section_try, Component: TryItSection },
  auditSection,
];
