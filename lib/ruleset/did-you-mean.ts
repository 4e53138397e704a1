/**
 * "Did you mean" hints: the closest known name to a mistyped one (a rule-set field, a rule id, a
 * command-line option), and the field names a zod schema knows at a path.
 */
import type { z } from "zod";

/** The closest known name within two edits (case aside), for "did you mean" hints. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  const typed = word.toLowerCase();
  for (const k of known) {
    const d = editDistance(typed, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 99;
}

/** What a zod definition holds, as far as walking a path needs it. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Optional, default, pipe and the like hold the schema that describes the value itself. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (let s = schema, i = 0; i < 20; i++) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
  return schema;
}

/** The schemas a value may have: optional and the like unwrapped, a union's options each. */
function expand(schema: z.ZodType): z.ZodType[] {
  const s = unwrap(schema);
  const def = defOf(s);
  return def.type === "union" ? (def.options ?? []).flatMap(expand) : [s];
}

/** The schemas that may describe the value at `path`. */
function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current = expand(schema);
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      let next: z.ZodType | undefined;
      if (def.type === "object" && typeof key === "string") next = def.shape?.[key];
      else if (def.type === "array" && typeof key === "number") next = def.element;
      else if (def.type === "record") next = def.valueType;
      return next ? expand(next) : [];
    });
  }
  return current;
}

/** The field names the schema knows for the object at `path` (none when it is not an object). */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return schemasAt(schema, path).flatMap((s) => Object.keys(defOf(s).shape ?? {}));
}
