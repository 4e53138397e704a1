// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";
import { queryAllDeep, readEditableText } from "../../lib/platforms/dom.ts";

function editable(html: string): HTMLElement {
  const element = document.createElement("div");
  element.contentEditable = "true";
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

describe("readEditableText: the text as the site posts it", () => {
  test.each([
    ["plain text", "hello", "hello"],
    ["<br> ends a line", "a<br>b", "a\nb"],
    ["a trailing <br> is only a placeholder", "a<br>", "a"],
    ["two trailing <br>s make one empty line", "a<br><br>", "a\n"],
    ["blocks are lines", "<div>a</div><div>b</div>", "a\nb"],
    ["an empty block with <br> is an empty line", "<div>a</div><div><br></div><div>b</div>", "a\n\nb"],
    ["an empty block without <br> is nothing", "<div>a</div><div></div><div>b</div>", "a\nb"],
    ["a block's trailing <br> adds no line", "<div>abc<br></div><div>d</div>", "abc\nd"],
    ["text before a block", "a<div>b</div>c", "a\nb\nc"],
    ["nested blocks", "<div><div>a</div><div>b</div></div>", "a\nb"],
    ["paragraphs", "<p>one</p><p>two</p>", "one\ntwo"],
    ["emoji images count as their alt", 'Party <img alt="🎉" src="data:,"> time', "Party 🎉 time"],
    ["NBSP is a space", "a&nbsp;&nbsp;b", "a  b"],
    ["zero-width characters are kept", "a&#8203;b&#8205;c", "a\u200bb\u200dc"],
    ["newlines inside text stay (Draft soft breaks)", "<div><span>a\nb</span></div>", "a\nb"],
    ["scripts and styles are skipped", "a<style>.x{}</style><script>1</script>b", "ab"],
    ["an empty editor", "", ""],
    ["an editor with only a placeholder <br>", "<br>", ""],
  ])("%s", (_name, html, expected) => {
    expect(readEditableText(editable(html))).toBe(expected);
  });

  test("paragraphs joined by the editor model's separator (Lexical rich text: \\n\\n)", () => {
    expect(readEditableText(editable("<p>one</p><p>two<br>three</p>"), { blockSeparator: "\n\n" })).toBe("one\n\ntwo\nthree");
  });

  test("a textarea's value, exactly", () => {
    const textarea = document.createElement("textarea");
    textarea.value = "a\u00a0 b\n\nc";
    expect(readEditableText(textarea)).toBe("a\u00a0 b\n\nc");
  });

  test("does not read layout-dependent innerText (works on detached nodes too)", () => {
    const element = document.createElement("div");
    element.innerHTML = "<div>x</div><div>y</div>";
    expect(readEditableText(element)).toBe("x\ny");
  });
});

describe("queryAllDeep", () => {
  test("enters open shadow roots when asked, and skips the panel's own host", () => {
    document.body.innerHTML = '<div id="host"></div><preflight-panel></preflight-panel><textarea id="light"></textarea>';
    const shadow = document.getElementById("host")!.attachShadow({ mode: "open" });
    shadow.innerHTML = '<textarea id="inner"></textarea>';
    const panel = document.querySelector("preflight-panel")!.attachShadow({ mode: "open" });
    panel.innerHTML = '<textarea id="ours"></textarea>';
    expect(queryAllDeep(document, "textarea").map((e) => e.id)).toEqual(["light"]);
    expect(queryAllDeep(document, "textarea", { shadow: true, skip: "preflight-panel" }).map((e) => e.id).sort()).toEqual(["inner", "light"]);
  });
});
