// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";
import { queryAllDeep, readEditableText, textSpans } from "../../lib/platforms/dom.ts";

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

describe("textSpans: a finding's place in the page, from the last reading", () => {
  const editorOf = (html: string) => {
    const editor = document.createElement("div");
    editor.innerHTML = html;
    document.body.append(editor);
    return editor;
  };
  const spelled = (editor: HTMLElement, start: number, end: number) =>
    textSpans(editor, start, end).map(({ node, from, to }) => node.data.slice(from, to));

  test.each([
    ["one text node", "<p>We love bluefin</p>", "bluefin"],
    ["across spans", "<p>blue<b>fin</b> week</p>", "bluefin"],
    ["after a paragraph break", "<p>Big news</p><p>the bluefin</p>", "bluefin"],
    ["after <br> and an emoji image", '<p>Hi <img alt="🎉"><br>bluefin</p>', "bluefin"],
    ["with NBSP before it", "<div>a\u00a0\u00a0bluefin</div>", "bluefin"],
  ])("%s", (_, html, word) => {
    const editor = editorOf(html);
    const text = readEditableText(editor);
    const start = text.indexOf(word);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(spelled(editor, start, start + word.length).join("")).toBe(word);
  });

  test("with the editor's own paragraph separator (\\n\\n)", () => {
    const editor = editorOf("<p>one</p><p>two bluefin</p>");
    const text = readEditableText(editor, { blockSeparator: "\n\n" });
    const start = text.indexOf("bluefin");
    expect(spelled(editor, start, start + 7)).toEqual(["bluefin"]);
  });

  test("nothing for a textarea, for text an image draws, or for nodes gone since the reading", () => {
    const area = document.createElement("textarea");
    area.value = "bluefin";
    readEditableText(area);
    expect(textSpans(area, 0, 7)).toEqual([]);
    const editor = editorOf('<p><img alt="bluefin"> x</p>');
    readEditableText(editor);
    expect(spelled(editor, 0, 7)).toEqual([]);
    const gone = editorOf("<p>bluefin</p>");
    readEditableText(gone);
    gone.querySelector("p")!.remove();
    expect(textSpans(gone, 0, 7)).toEqual([]);
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
