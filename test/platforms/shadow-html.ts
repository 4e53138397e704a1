/**
 * Loads saved markup whose shadow roots are written as declarative `<template shadowrootmode>`
 * (as a browser serializes them), attaching each: happy-dom's parser does not.
 */
export function loadWithShadowRoots(html: string, into: HTMLElement = document.body): void {
  into.innerHTML = html;
  attachShadowTemplates(into);
}

function attachShadowTemplates(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>("template[shadowrootmode]")]) {
    const host = template.parentElement;
    if (!host) continue;
    const shadow = host.attachShadow({
      mode: template.getAttribute("shadowrootmode") === "closed" ? "closed" : "open",
      delegatesFocus: template.hasAttribute("shadowrootdelegatesfocus"),
    });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachShadowTemplates(shadow);
  }
}
