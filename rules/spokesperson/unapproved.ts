import { listHits, TermListSchema, termListTerms, type TermKey } from "../../lib/engine/kinds/term-list.ts";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { isBrandAccount, normalizeHandle } from "../../lib/ruleset/accounts.ts";
import { mayPostDuringCrisis } from "../../lib/ruleset/scenario.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { parseTerm, type RegexFinder } from "../../lib/engine/terms.ts";
import leakData from "./leaks.json" with { type: "json" };

export const LEAKS = TermListSchema.parse(leakData);

/**
 * The groups read only when a post has a sign of secrecy and no brand name: a company named by
 * description ("a certain coffee chain", 某连锁咖啡品牌), the writer's own employer ("my company",
 * 我们家), a deal (a collaboration, 联名) and a sign of news (a launch, a date); and, on a personal
 * account, a company taken private at a price. Not in the matcher: compiled the first time a
 * leak without a name, or a post with "private" or 私有化 in it, is found.
 */
const LATE = ["veiled", "own", "deal", "market", "news"];
const MARKET_HINT = /private|私有化/i;
let late: Record<string, RegexFinder[]> | undefined;
function lateFinders(): Record<string, RegexFinder[]> {
  late ??= Object.fromEntries(
    LATE.map((group) => [
      group,
      LEAKS.entries
        .filter((e) => e.group === group)
        .flatMap((e) => e.terms.map((t) => parseTerm(t, { native: true })))
        .flatMap((p) => (p.kind === "regex" ? [p.find] : [])),
    ]),
  );
  return late;
}
const firstFound = (group: string, text: string): readonly [number, number] | undefined => {
  for (const find of lateFinders()[group]!) {
    const [span] = find(text);
    if (span) return span;
  }
  return undefined;
};
const found = (group: string, text: string) => firstFound(group, text) !== undefined;

type Spokesperson = NonNullable<RuleSet["spokespeople"]>[number];


/** Whether a spokesperson may post as `platform:handle` (`"*"`, `"<platform>:*"` or the exact account). */
export function mayPostAs(person: Spokesperson, platform: string, handle: string): boolean {
  const h = normalizeHandle(handle);
  return person.accounts.some((ref) => {
    if (ref === "*") return true;
    const colon = ref.indexOf(":");
    const p = ref.slice(0, colon);
    const rest = ref.slice(colon + 1);
    return p === platform && (rest === "*" || normalizeHandle(rest) === h);
  });
}

/**
 * Who may speak for the brand. Only active when the rule set lists spokespeople: posting as a brand
 * account one is not approved for is blocked; posting as one with no known author is a warning
 * (Preflight cannot vouch for the author); speaking about the brand from a personal account
 * without being a spokesperson is a warning, and so is news the brand has not announced ("can't say
 * much yet, but …") next to its name on a personal account, whoever writes it.
 */
export default defineRule<Record<string, never>, undefined, "brand" | TermKey>({
  meta: {
    id: "spokesperson/unapproved",
    category: "spokesperson",
    severity: "block",
    description: {
      en: "Posts as a brand account by someone not approved for it, and brand talk from personal accounts by non-spokespeople.",
      "zh-CN": "未获授权者以品牌账号发帖，或非发言人以个人账号谈论品牌。",
    },
    messages: {
      unapprovedAccount: {
        en: "{{author}} is not approved to post as {{account}} on {{platform}}.",
        "zh-CN": "{{author}} 未获授权在 {{platform}} 上以 {{account}} 身份发帖。",
      },
      unknownAuthor: {
        en: "{{account}} on {{platform}} is a brand account, and Preflight does not know who you are: set your identity in Preflight's options.",
        "zh-CN": "{{platform}} 上的 {{account}} 是品牌账号，而 Preflight 不知道您的身份：请在 Preflight 选项中设置身份。",
      },
      personalMention: {
        en: "“{{excerpt}}” speaks about the brand from a personal account ({{account}}), and {{author}} is not an approved spokesperson.",
        "zh-CN": "“{{excerpt}}”以个人账号（{{account}}）谈论品牌，而 {{author}} 不是获授权的发言人。",
      },
      personalLeak: {
        en: "“{{excerpt}}” announces brand news from a personal account ({{account}}) before the brand has: leave announcements to the brand's accounts.",
        "zh-CN": "“{{excerpt}}”在品牌官宣之前，以个人账号（{{account}}）透露品牌消息：请把发布留给品牌官方账号。",
      },
      personalMentionUnknownAuthor: {
        en: "“{{excerpt}}” speaks about the brand from a personal account ({{account}}): only approved spokespeople should. If you are one, set your identity in Preflight's options.",
        "zh-CN": "“{{excerpt}}”以个人账号（{{account}}）谈论品牌：只有获授权的发言人可以这样做。如果您是发言人，请在 Preflight 选项中设置身份。",
      },
      // issue 12: while a declared scenario names who may post, everybody else is stopped
      crisisNotCleared: {
        en: "{{drill}}During this crisis{{title}} only the spokespeople the team named may post, and {{author}} is not one of them: hand the post to one.",
        "zh-CN": "{{drill}}危机期间{{title}}只有团队指定的发言人可以发帖，而 {{author}} 不在其列：请交由指定发言人发布。",
      },
      crisisNotClearedUnknown: {
        en: "{{drill}}During this crisis{{title}} only the spokespeople the team named may post, and Preflight does not know who you are: set your identity in Preflight's options.",
        "zh-CN": "{{drill}}危机期间{{title}}只有团队指定的发言人可以发帖，而 Preflight 不知道您的身份：请在 Preflight 选项中设置身份。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    // A name is also written with a possessive ("Skylark Air's new routes").
    const names = (ruleSet.brand?.names ?? []).flatMap((term) => (/\p{L}$/u.test(term) ? [term, `${term}'s`] : [term]));
    return {
      terms: [...names.map((term) => ({ term, key: "brand" as const, inflect: false })), ...termListTerms(LEAKS, LATE, { native: true })],
    };
  },
  check(ctx) {
    const { ruleSet, context, text, report } = ctx;
    const { crisis } = context;
    if (crisis && !mayPostDuringCrisis(crisis.mayPost, context.author)) {
      const zh = context.locale === "zh-CN";
      report({
        messageId: context.author ? "crisisNotCleared" : "crisisNotClearedUnknown",
        data: { title: crisis.title ? ` (${crisis.title})` : "", drill: crisis.drill ? (zh ? "演练：" : "Drill: ") : "", author: context.author ?? "" },
        start: 0,
        end: 0,
        ...(crisis.message ? { guidance: crisis.message } : {}),
      });
      return;
    }
    const people = ruleSet.spokespeople;
    const { platform, account, author } = context;
    if (!people || !platform || !account) return;
    const handle = normalizeHandle(account);
    const shown = { platform, account: `@${handle}`, author: author ?? "" };
    const person = author ? people.find((p) => p.id.toLowerCase() === author.toLowerCase()) : undefined;
    if (isBrandAccount(ruleSet, account, platform)) {
      // Issue 13: not before the author had the chance to say who they are (the welcome page).
      if (!author) {
        if (!context.authorPending) report({ messageId: "unknownAuthor", data: shown, start: 0, end: 0, severity: "warn" });
      }
      else if (!person || !mayPostAs(person, platform, handle)) {
        report({ messageId: "unapprovedAccount", data: shown, start: 0, end: 0 });
      }
      return;
    }
    const first = ctx.hits.find((h) => h.key === "brand");
    const leak = listHits(LEAKS, text, ctx.tokens, ctx.hits)[0];
    // A leak counts beside the brand's name; without it, beside a client named by description, with
    // news and a sign of secrecy, from a team member's personal account: "can't say much, but a
    // certain coffee chain's range drops on 1 March"; or beside the writer's own employer and a
    // deal, from a known author's personal account: "内部消息：我们家下个月要和某男团联名".
    const insider = () => (person !== undefined && found("veiled", text) && found("news", text)) || (author !== undefined && found("own", text) && found("deal", text));
    if (leak && (first || insider())) {
      report({
        messageId: "personalLeak",
        data: { ...shown, excerpt: text.slice(leak.start, leak.end) },
        start: leak.start,
        end: leak.end,
        severity: "warn",
        guidance: LEAKS.entries[leak.key]!.note,
      });
      return;
    }
    // A company taken private at a price moves its shares, named or not, whoever posts it.
    const market = MARKET_HINT.test(text) ? firstFound("market", text) : undefined;
    if (market) {
      const [start, end] = market;
      report({
        messageId: "personalLeak",
        data: { ...shown, excerpt: text.slice(start, end) },
        start,
        end,
        severity: "warn",
        guidance: LEAKS.entries.find((e) => e.group === "market")!.note,
      });
      return;
    }
    if (!first) return;
    if (!person && !(context.authorPending && !author)) {
      report({
        messageId: author ? "personalMention" : "personalMentionUnknownAuthor",
        data: { ...shown, excerpt: text.slice(first.start, first.end) },
        start: first.start,
        end: first.end,
        severity: "warn",
      });
    }
  },
});
