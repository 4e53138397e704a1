import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import data from "./platforms.json" with { type: "json" };
import { PlatformsSchema } from "./support/data.ts";
import { realHashtags } from "./support/text.ts";

const PLATFORMS = PlatformsSchema.parse(data);

/**
 * More hashtags than the post can carry. Over a platform's own limit (Instagram accepts five since
 * December 2025; YouTube ignores all of a video's hashtags past 60) is a warning: the post is
 * refused or its hashtags lost. Over the brand's `voice.maxHashtags`, or else the platform's
 * advice (X: two; Threads: one topic tag), is information. "#1" and "abc#def" are not hashtags.
 */
export default defineRule({
  meta: {
    id: "voice/hashtags",
    category: "voice",
    severity: "info",
    description: {
      en: "More hashtags than the platform accepts or advises, or than the brand's voice allows.",
      "zh-CN": "话题标签超过平台的上限或建议数量，或超过品牌语气允许的数量。",
    },
    messages: {
      overLimit: {
        en: "This post has {{count}} hashtags; {{platform}} accepts at most {{max}}.",
        "zh-CN": "此帖子有 {{count}} 个话题标签；{{platform}} 最多只接受 {{max}} 个。",
      },
      platformAdvice: {
        en: "This post has {{count}} hashtags; {{platform}} advises {{max}} or fewer.",
        "zh-CN": "此帖子有 {{count}} 个话题标签；{{platform}} 建议不超过 {{max}} 个。",
      },
      voiceLimit: {
        en: "This post has {{count}} hashtags; the brand's voice allows {{max}}.",
        "zh-CN": "此帖子有 {{count}} 个话题标签；品牌语气最多允许 {{max}} 个。",
      },
      tooMany: {
        en: "This post has {{count}} hashtags; more than {{max}} read as spam.",
        "zh-CN": "此帖子有 {{count}} 个话题标签；超过 {{max}} 个会显得像垃圾信息。",
      },
    },
    options: noOptions,
  },
  check({ text, tokens, ruleSet, context, report }) {
    if (tokens.hashtags.length === 0) return;
    const tags = realHashtags(text, tokens.hashtags);
    const facts = context.platform ? PLATFORMS.platforms[context.platform] : undefined;
    const advice = facts?.hashtags;
    const count = tags.length;
    const at = (n: number) => ({ start: tags[n]!.start, end: tags[n]!.end });

    if (advice?.limit !== undefined && count > advice.limit) {
      report({
        messageId: "overLimit",
        data: { count, platform: facts!.name, max: advice.limit },
        ...at(advice.limit),
        severity: "warn",
        guidance: advice.note,
      });
      return;
    }
    const voiceMax = ruleSet.voice?.maxHashtags;
    if (voiceMax !== undefined) {
      if (count > voiceMax) report({ messageId: "voiceLimit", data: { count, max: voiceMax }, ...at(voiceMax) });
    } else if (advice) {
      if (count > advice.advised) {
        report({
          messageId: "platformAdvice",
          data: { count, platform: facts!.name, max: advice.advised },
          ...at(advice.advised),
          guidance: advice.note,
        });
      }
    } else if (count > PLATFORMS.defaultHashtags.advised) {
      const max = PLATFORMS.defaultHashtags.advised;
      report({ messageId: "tooMany", data: { count, max }, ...at(max), guidance: PLATFORMS.defaultHashtags.note });
    }
  },
});
