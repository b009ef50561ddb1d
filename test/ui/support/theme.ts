/**
 * The value of a Fluent design token (a CSS custom property) as the FluentProvider around `element`
 * defines it: what the browser would paint with. Reads the provider's rule from the page's style sheets.
 */
export function tokenValue(element: Element, token: string): string | undefined {
  const provider = element.closest('.fui-FluentProvider');
  if (!provider) return undefined;
  let value: string | undefined;
  for (const style of Array.from(document.querySelectorAll('style'))) {
    const css = style.textContent ?? '';
    for (const match of css.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
      const [, className, body] = match;
      if (!className || !body || !provider.classList.contains(className)) continue;
      const declared = new RegExp(`${token}:\\s*([^;]+)`).exec(body);
      if (declared?.[1]) value = declared[1].trim();
    }
  }
  if (value) return value;
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSStyleRule && provider.matches(rule.selectorText)) {
        const declared = rule.style.getPropertyValue(token).trim();
        if (declared) value = declared;
      }
    }
  }
  return value;
}
