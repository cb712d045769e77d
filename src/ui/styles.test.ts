import { describe, expect, test } from 'vitest';
import { CATEGORIES, CATEGORY_IDS } from '../core/categories';
import { componentCss, injectCss } from './styles';

describe('componentCss', () => {
  test('defines every category colour for the light and the dark theme', () => {
    const [light, dark] = componentCss.split('@media (prefers-color-scheme: dark)') as [string, string];
    for (const id of CATEGORY_IDS) {
      expect(light).toContain(`--ow-cat-${id}: ${CATEGORIES[id].color.light};`);
      expect(dark).toContain(`--ow-cat-${id}: ${CATEGORIES[id].color.dark};`);
    }
  });

  test('sets its tokens on :host too, so it works inside a shadow root', () => {
    expect(componentCss).toMatch(/:root, :host \{/);
  });
});

describe('injectCss', () => {
  test('adds a sheet to a shadow root once', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    injectCss(shadow, componentCss, 'components');
    injectCss(shadow, componentCss, 'components');
    const styles = shadow.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(componentCss);
    expect(document.head.querySelector('style[data-ow]')).toBeNull();
    host.remove();
  });

  test('adds a sheet to a document head once per id', () => {
    injectCss(document, 'p { color: red; }', 'one');
    injectCss(document, 'p { color: red; }', 'one');
    injectCss(document, 'p { color: blue; }', 'two');
    expect(document.head.querySelectorAll('style[data-ow]')).toHaveLength(2);
  });
});
