import { z } from "zod";
import { defineRule } from "../../lib/engine/rule.ts";
import data from "./platforms.json" with { type: "json" };
import { PlatformsSchema, type Counting } from "./support/data.ts";
import { emojiSpans, forEachCluster, urlSpans, type Span } from "./support/text.ts";

const PLATFORMS = PlatformsSchema.parse(data);

const Options = z.strictObject({
  /**
   * Limits by platform id (or a site's host name), over the built-in ones: `{ "x": 25000 }` for an
   * X Premium account, `{ "mastodon": 1000 }` for a server with a higher limit.
   */
  limits: z.record(z.string(), z.number().int().min(1).max(1_000_000)).default({}),
});
type Options = z.infer<typeof Options>;

/** A stretch counted as a whole: a link (23 on X and Mastodon), an emoji on X, a mention. */
interface Unit extends Span {
  count: number;
}

/** twitter-text v3: code points in these ranges weigh 1, every other one 2 (config/v3.json). */
const X_URL = 23;
const MASTODON_URL = 23;
const xWeight = (cp: number) =>
  cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : 2;

/** Bluesky's composer shortens a link before counting: host plus at most 13 characters and "...". */
export function blueskyLinkLength(url: string): number {
  const rest = url.replace(/^https?:\/\//i, "");
  const slash = rest.search(/[/?#]/);
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash);
  const shown = path === "/" ? "" : path;
  return host.length + (shown.length > 15 ? 16 : shown.length);
}

/** Mastodon counts a mention of a remote account by its user name only: "@ann@example.social" is 4. */
const REMOTE_MENTION = /(?<![/\w])@([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]/giu;

function unitsFor(text: string, counting: Counting): Unit[] {
  const urls = urlSpans(text);
  let units: Unit[];
  switch (counting) {
    case "x": {
      const inUrl = (s: Span) => urls.some((u) => u.start <= s.start && s.end <= u.end);
      units = [
        ...urls.map((u) => ({ ...u, count: X_URL })),
        ...emojiSpans(text)
          .filter((e) => !inUrl(e))
          .map((e) => ({ ...e, count: 2 })),
      ];
      break;
    }
    case "mastodon": {
      units = urls.filter((u) => /^https?:/i.test(text.slice(u.start, u.end))).map((u) => ({ ...u, count: MASTODON_URL }));
      if (text.includes("@")) {
        REMOTE_MENTION.lastIndex = 0;
        for (let m = REMOTE_MENTION.exec(text); m !== null; m = REMOTE_MENTION.exec(text)) {
          units.push({ start: m.index, end: m.index + m[0].length, count: (m[1] ?? "").length + 1 });
        }
      }
      break;
    }
    case "bluesky":
      units = urls.map((u) => ({ ...u, count: blueskyLinkLength(text.slice(u.start, u.end)) }));
      break;
    case "graphemes":
      units = [];
  }
  return units.sort((a, b) => a.start - b.start);
}

export interface Measure {
  length: number;
  /** Offset of the first character past the limit, or -1. */
  cut: number;
}

/** The post's length as the platform counts it, and where it first goes over `max`. */
export function measure(text: string, counting: Counting, max: number): Measure {
  let length = 0;
  let cut = -1;
  // One pass per stretch between units; the X loop is inlined because it runs on most posts.
  const plain = (from: number, to: number) => {
    if (counting === "x") {
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        const start = i;
        if (c <= 0x10ff) length += 1;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
          length += 2; // astral: outside every light range
          i++;
        } else length += xWeight(c);
        if (cut < 0 && length > max) cut = start;
      }
    } else {
      forEachCluster(text, from, to, (start) => {
        length += 1;
        if (cut < 0 && length > max) cut = start;
      });
    }
  };
  let at = 0;
  for (const u of unitsFor(text, counting)) {
    if (u.start < at) continue; // inside the previous unit
    plain(at, u.start);
    length += u.count;
    if (cut < 0 && length > max) cut = u.start;
    at = u.end;
  }
  plain(at, text.length);
  return { length, cut };
}

function occurrences(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

/** Whether the post is certainly within `max` without counting it: most posts. */
function surelyShort(text: string, counting: Counting, max: number): boolean {
  const n = text.length;
  switch (counting) {
    case "x":
      return 2 * n + X_URL * (occurrences(text, "http") + occurrences(text, "www.")) <= max;
    case "mastodon":
      return n + MASTODON_URL * occurrences(text, "http") <= max;
    default:
      return n <= max; // a grapheme, or a shortened link, is never longer than its UTF-16 units
  }
}

/**
 * A post longer than its platform takes (platforms.json: X 280 weighted, Bluesky 300 graphemes,
 * Threads and Mastodon 500, Instagram 2,200, LinkedIn 3,000, ...). A warning, not a block: the
 * platform itself refuses or cuts the post, so the gate need not stop it, but the author must
 * shorten it, and in a content calendar it would fail at publish time. Near the limit: nothing.
 */
export default defineRule<Options>({
  meta: {
    id: "voice/length",
    category: "voice",
    severity: "warn",
    description: {
      en: "Posts longer than their platform allows (X 280 weighted, Bluesky 300, Threads and Mastodon 500, Instagram 2,200, LinkedIn 3,000, ...).",
      "zh-CN": "超过平台长度上限的帖子（X 按权重计 280、Bluesky 300、Threads 和 Mastodon 500、Instagram 2,200、LinkedIn 3,000 等）。",
    },
    messages: {
      tooLong: {
        en: "This post is {{length}} characters long; {{platform}} takes {{max}}. Shorten it by {{over}}: the text from here on would be cut or refused.",
        "zh-CN": "此帖子长 {{length}} 个字符；{{platform}} 最多 {{max}} 个。请删减 {{over}} 个字符：从这里开始的内容会被截断或导致无法发布。",
      },
      tooLongX: {
        en: "This post counts {{length}} of X's {{max}} characters (Chinese, Japanese and Korean characters and emoji count 2, each link 23). Shorten it by {{over}}: the text from here on does not fit.",
        "zh-CN": "按 X 的计数规则，此帖子为 {{length}} 个字符，上限为 {{max}}（中日韩文字和表情符号各计 2 个，每个链接计 23 个）。请删减 {{over}} 个字符：从这里开始的内容放不下。",
      },
    },
    options: Options as unknown as z.ZodType<Options>,
  },
  check({ text, context, options, report }) {
    const platform = context.platform;
    if (!platform || text.length === 0) return;
    const facts = PLATFORMS.platforms[platform];
    const max = options.limits[platform] ?? facts?.length.max;
    if (max === undefined) return;
    const counting: Counting = facts?.length.counting ?? "graphemes";
    if (surelyShort(text, counting, max)) return;
    const { length, cut } = measure(text, counting, max);
    if (cut < 0) return;
    report({
      messageId: counting === "x" ? "tooLongX" : "tooLong",
      data: { length, max, over: length - max, platform: facts?.name ?? platform },
      start: cut,
      end: text.length,
      ...(facts ? { guidance: facts.length.note } : {}),
    });
  },
});
