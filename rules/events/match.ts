import { localText } from "../../lib/engine/i18n.ts";
import type { Stance } from "../../lib/engine/reading.ts";
import { defineRule, noOptions, type Hit, type TermSpec } from "../../lib/engine/rule.ts";
import { overlapsSpans } from "../../lib/engine/kinds/term-list.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { SEVERITY_RANK, type Severity } from "../../lib/engine/types.ts";
import type { EventEntry } from "../../lib/ruleset/schema.ts";

/**
 * The team's current events, matched only inside their time window, and judged like every
 * tragedy by what the post does with them (lib/engine/reading.ts): a respectful notice (an
 * advisory, a donation, a condolence) is information, a bare mention at most a warning, a sale, a
 * launch or a joke the event's severity. An event with `mention: never` is a topic the brand must
 * not touch at all: every mention has its severity.
 */
/**
 * What a hit is: an event's own term, a storm's bare name or a structure's head noun (each of an
 * event), or a word that only confirms the last two.
 */
type Key = { event: number; by: "term" | "storm-name" | "head-noun" } | "storm-word" | "disruption-word";

export default defineRule<Record<string, never>, undefined, Key>({
  meta: {
    id: "events/match",
    category: "events",
    severity: "warn",
    description: {
      en: "Mentions of the current events the team listed (a storm, a shooting, a death), inside each event's time window, judged by the post's tone.",
      "zh-CN": "在事件的时间窗口内，提及团队列出的当前事件（风暴、枪击、逝世等），并结合帖子的语气判断。",
    },
    messages: {
      event: {
        en: "“{{excerpt}}” refers to a current event: {{title}}.",
        "zh-CN": "“{{excerpt}}”涉及当前事件：{{title}}。",
      },
      eventRespectful: {
        en: "“{{excerpt}}” refers to a current event ({{title}}), and the post reads as respectful: check the tone with your team's guidance.",
        "zh-CN": "“{{excerpt}}”涉及当前事件（{{title}}），帖子语气得体：请对照团队指引再确认措辞。",
      },
      eventUsed: {
        en: "“{{excerpt}}” refers to a current event ({{title}}), and the post also {{does}} (“{{cue}}”).",
        "zh-CN": "“{{excerpt}}”涉及当前事件（{{title}}），而帖子同时在{{does}}（“{{cue}}”）。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    const events = ruleSet.events ?? [];
    const terms: TermSpec<Key>[] = events.flatMap((event, i) => event.terms.map((term) => ({ term, key: { event: i, by: "term" as const } })));
    // A named storm's bare name ("Delia" for "Hurricane Delia"), and the
    // words that say a storm is meant: the name alone is a colleague ("Happy retirement, Delia!").
    const own = new Set(events.flatMap((e) => e.terms.map((t) => t.toLowerCase())));
    const names = new Set<string>();
    events.forEach((event, i) => {
      for (const term of event.terms) {
        const name = STORM_NAME.exec(term.trim())?.[1];
        if (!name || own.has(name.toLowerCase()) || names.has(`${i}:${name}`)) continue;
        names.add(`${i}:${name}`);
        terms.push({ term: name, key: { event: i, by: "storm-name" } });
      }
    });
    if (names.size > 0) for (const cue of STORM_CUES) terms.push({ term: cue, key: "storm-word" });
    // A structure the team listed by its name ("Harbor Bridge", 东门大桥), by its head noun: "the
    // bridge", 大桥; it counts beside a word of disruption ("while the
    // bridge is closed", 封闭, 绕行). "The bridge" alone is a pop-up's address.
    const heads = new Set<string>();
    events.forEach((event, i) => {
      for (const term of event.terms) {
        const head = headNoun(term.trim());
        if (!head || own.has(head.toLowerCase()) || heads.has(`${i}:${head}`)) continue;
        heads.add(`${i}:${head}`);
        terms.push({ term: head, key: { event: i, by: "head-noun" } });
      }
    });
    if (heads.size > 0) for (const cue of DISRUPTION_CUES) terms.push({ term: cue, key: "disruption-word" });
    return { terms };
  },
  check({ hits, ruleSet, context, text, report, register }) {
    const now = context.at.getTime();
    const inWindow = (h: Hit<number>) => {
      const e = ruleSet.events?.[h.key];
      return !!e && Date.parse(e.from) <= now && (!e.until || now < Date.parse(e.until));
    };
    // A storm's bare name counts when the post also speaks of a storm (a word or a storm emoji).
    const by = (kind: Exclude<Key, string>["by"]) => hits.some((h) => typeof h.key !== "string" && h.key.by === kind);
    const stormy = by("storm-name") && (hits.some((h) => h.key === "storm-word") || STORM_EMOJI.test(text));
    // A structure's head noun counts beside a word of disruption.
    const disrupted = by("head-noun") && hits.some((h) => h.key === "disruption-word");
    const all: Hit<number>[] = [];
    for (const { key, start, end } of hits) {
      if (typeof key === "string") continue;
      if (key.by === "term" || (key.by === "storm-name" && stormy) || (key.by === "head-noun" && disrupted)) all.push({ key: key.event, start, end });
    }
    const found = onePerSpan(all.filter(inWindow), (i) => SEVERITY_RANK[ruleSet.events![i]!.severity]);
    if (found.length === 0) return;
    const own = overlapsSpans(found);
    const stance = register.stance(own);
    const cue = register.first(USING, own);
    for (const hit of found) {
      const event = ruleSet.events![hit.key]!;
      const title = localText(event.title, context.locale);
      const guidance = localText(event.guidance, context.locale);
      const severity = judged(event, stance);
      const used = (stance === "exploiting" || stance === "mocking") && cue !== undefined;
      report({
        messageId: event.mention === "never" ? "event" : stance === "respectful" ? "eventRespectful" : used ? "eventUsed" : "event",
        data: {
          excerpt: text.slice(hit.start, hit.end),
          title,
          ...(used ? { does: DOES[cue.register]![context.locale], cue: text.slice(cue.start, cue.end) } : {}),
        },
        start: hit.start,
        end: hit.end,
        severity,
        refers: { kind: "event", label: title },
        ...(guidance ? { guidance } : {}),
      });
    }
  },
});

/** "Hurricane Delia", "Storm Delia", "Typhoon Haikui", 台风杜苏芮: the storm's own name, in group 1. */
const STORM_NAME = /^(?:hurricane|storm|tropical storm|typhoon|super typhoon|cyclone|飓风|台风|超强台风)\s*[“"「]?(\p{L}{3,})[”"」]?$/iu;
/**
 * Words that say a storm is meant, beside its bare name: "Hunkering down for Delia?", "Delia can
 * take the power… hurricane hair". Sources: US National Hurricane Center, "Hurricane Preparedness"
 * (hunker down, landfall, batten down, evacuation); 中国气象局台风预警用语.
 */
const STORM_CUES = [
  "hurricane", "hurricanes", "storm", "storms", "tropical storm", "typhoon", "cyclone", "landfall", "hunker down",
  "hunkering down", "batten down", "battening down", "evacuation", "evacuate", "power cut", "power outage", "飓风", "台风", "风暴", "登陆",
];
/**
 * Structures that close, collapse or burn, as the last word of a multi-word event term ("Harbor
 * Bridge", "bridge collapse" has it first) or the end of a Chinese one (东门大桥): read as "the
 * bridge" and 大桥.
 */
const STRUCTURE = /^(?:bridge|tunnel|overpass|flyover|viaduct|highway|motorway|freeway|pier|dam|station|airport)$/i;
const STRUCTURE_ZH = /(大桥|隧道|高架桥|立交桥)$/u;
function headNoun(term: string): string | undefined {
  const zh = STRUCTURE_ZH.exec(term);
  if (zh && term.length > zh[1]!.length) return zh[1];
  const words = term.split(/\s+/);
  if (words.length < 2) return undefined;
  const noun = words.find((w) => STRUCTURE.test(w));
  return noun ? `the ${noun.toLowerCase()}` : undefined;
}
/**
 * Words that say a structure is out of use: closed, a detour, a diversion, reopening (Highways
 * England and TfL road-closure notices; 交通运输部门封路绕行公告用语).
 */
const DISRUPTION_CUES = [
  "closed", "closure", "closures", "closing", "shut", "shutdown", "detour", "detours", "diversion", "diversions", "rerouted",
  "reroute", "re-routed", "collapse", "collapsed", "collapsing", "came down", "fell", "reopen", "reopens", "reopening", "out of action", "封闭", "封路", "绕行",
  "改道", "坍塌", "垮塌", "断裂", "停运", "恢复通行",
];
/** Storm and cyclone emoji (🌀 🌪 ⛈): read from the text only when a bare name was found. */
const STORM_EMOJI = /\u{1F300}|\u{1F32A}|\u26C8/u;

const USING = new Set(["humour", "promotion", "launch", "hiring"] as const);

const DOES: Partial<Record<string, { en: string; "zh-CN": string }>> = {
  promotion: { en: "sells", "zh-CN": "推销" },
  launch: { en: "launches a product", "zh-CN": "发布新品" },
  hiring: { en: "recruits", "zh-CN": "招聘" },
  humour: { en: "jokes", "zh-CN": "开玩笑" },
};

/** The event's severity, by what the post does with it (see the rule's comment). */
function judged(event: EventEntry, stance: Stance): Severity {
  if (event.mention === "never") return event.severity;
  switch (stance) {
    case "respectful":
      return "info";
    case "exploiting":
    case "mocking":
      return event.severity;
    default:
      return SEVERITY_RANK[event.severity] > SEVERITY_RANK.warn ? "warn" : event.severity;
  }
}
