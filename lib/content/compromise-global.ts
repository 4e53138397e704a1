/**
 * Stands in for `compromise` inside the engine bundle (aliased in wxt.config.ts), so the 141 kB
 * library is not part of it: entrypoints/nlp.ts loads the real one on demand and puts it on the
 * isolated world's global, which this proxy reads at call time.
 */
import type nlpType from "compromise";
import { COMPROMISE_GLOBAL } from "./globals.ts";

function real(): typeof nlpType {
  const nlp = (globalThis as Record<string, unknown>)[COMPROMISE_GLOBAL] as typeof nlpType | undefined;
  if (!nlp) throw new Error("Preflight: compromise was not loaded (nlp.js)");
  return nlp;
}

const proxy = new Proxy(function compromise() {} as unknown as typeof nlpType, {
  apply: (_target, thisArg, args) => Reflect.apply(real(), thisArg, args),
  get: (_target, key) => Reflect.get(real(), key),
});

export default proxy;
