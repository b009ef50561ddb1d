// Accessibility of the meeting, through the local Teams host page on the real embedded default: axe
// (@axe-core/playwright) checks the side panel, the conclusion and the stage in Teams light, dark and high
// contrast (the theme given by the host's getContext), and a leader and an employee hold the meeting by
// keyboard alone in the 320 px side panel. Screenshots of each under test-output/e2e (a11y-*.png).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { heldConversation, openMeetingWindow } from './meetingWindow.mjs';

const LEADER = 'Peter Bach Christensen';
const CHAT = '19:meeting_e2e-a11y@thread.v2';
const TIMEOUT = { timeout: 20_000 };
const GOALS = ['Lære Power BI', 'Mentorforløb med Økonomi'];
const THEMES = [
  { theme: 'default', name: 'light', dark: false },
  { theme: 'dark', name: 'dark', dark: true },
  { theme: 'contrast', name: 'contrast', dark: true },
];

/**
 * Axe's serious and critical violations inside one framed page (`#app-frame` or `#stage-frame`), leaving out
 * the elements `exclude` selects inside it.
 */
export async function violations(page, frameSelector, exclude = []) {
  // Judge colours as the user sees them once settled: a button just clicked is mid-way through Fluent's colour
  // transition for a moment, and axe would measure the blend.
  const frame = await (await page.$(frameSelector))?.contentFrame();
  await frame?.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity) // not a spinner's endless turn
        .map((a) => a.finished.catch(() => null)),
    ),
  );
  const builder = new AxeBuilder({ page }).include(frameSelector);
  for (const selector of exclude) builder.exclude([frameSelector, selector]);
  const result = await builder.analyze();
  // Axe looked inside the frame: what passed there is named by the frame, then the element.
  const inside = result.passes.flatMap((p) => p.nodes).filter((n) => n.target[0] === frameSelector);
  assert.ok(inside.length > 20, `axe checked the page in ${frameSelector}`);
  console.log(`      axe ${frameSelector}: ${inside.length} passing checks inside`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Relative luminance (0 black … 1 white) of the framed app's background. */
async function background(frame) {
  const color = await frame
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number).map((v) => v / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The element that has the keyboard focus inside the side panel: its role-ish tag, name and value. */
function focused(frame) {
  return frame.evaluate(() => {
    const el = document.activeElement;
    const label = el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    return { tag: el?.tagName.toLowerCase(), label: label.trim(), visible: el?.matches(':focus-visible') };
  });
}

export function a11yTests({ env, outDir }) {
  let people;
  /** Peter and his second employee, holding their conversation in the meeting `CHAT` (set up once). */
  async function meeting(browser) {
    if (people) return people;
    const { sandboxUrl } = await env();
    const { value: users } = await (await fetch(`${sandboxUrl}/_sandbox/users`)).json();
    const leader = users.find((u) => u.displayName === LEADER);
    const employee = users.filter((u) => u.managerId === leader?.id)[1];
    assert.ok(leader && employee, 'a leader with two employees in the sandbox');
    const lead = await openMeetingWindow(browser, env, { upn: leader.userPrincipalName, chat: CHAT });
    const emp = await openMeetingWindow(browser, env, { upn: employee.userPrincipalName, chat: CHAT });
    try {
      await heldConversation({
        lead,
        emp,
        employeeId: employee.id,
        chat: CHAT,
        title: 'MUS 2026 (tilgængelighed)',
        goals: GOALS,
        agreed: GOALS.slice(0, 1),
      });
    } finally {
      await lead.close();
      await emp.close();
    }
    return (people = { leader, employee });
  }

  /** Make the window and the side panel's frame as tall as the panel's content, for a screenshot of all of it. */
  async function tall(window) {
    const height = await (await window.frame()).evaluate(() => document.documentElement.scrollHeight);
    const frame = window.page.locator('#app-frame');
    await window.page.setViewportSize({ width: 1280, height: height + 100 });
    await frame.evaluate((f, h) => Object.assign(f.style, { flex: 'none', height: `${h}px` }), height);
    return async () => {
      await frame.evaluate((f) => f.removeAttribute('style'));
      await window.page.setViewportSize({ width: 1280, height: 900 });
    };
  }

  return [
    {
      name: 'a11y: side panel, conclusion and stage in Teams light, dark and high contrast have no serious or critical axe violation',
      async run(browser) {
        const { leader } = await meeting(browser);
        const found = [];
        for (const { theme, name, dark } of THEMES) {
          const lead = await openMeetingWindow(browser, env, {
            upn: leader.userPrincipalName,
            chat: CHAT,
            theme,
          });
          try {
            const { app, page } = lead;
            await app.getByRole('region', { name: 'Dagsorden' }).waitFor(TIMEOUT);
            const luminance = await background(app);
            assert.ok(dark ? luminance < 0.2 : luminance > 0.8, `${name}: the app follows the host's theme`);
            // The goals topic open (the goals and the new goal's fields), the conclusion loaded below it.
            await app.getByRole('button', { name: /^\d+\. Udviklingsmål og udviklingsaktiviteter$/ }).click();
            await app.getByRole('button', { name: `Jeg er enig i målet ${GOALS[1]}` }).waitFor(TIMEOUT);
            const conclusion = app.getByRole('region', { name: 'Fælles konklusionsskema' });
            await conclusion.getByRole('button', { name: 'Underskriv' }).waitFor(TIMEOUT);
            found.push(...(await violations(page, '#app-frame')).map((v) => `${name} side panel: ${v}`));
            const restore = await tall(lead);
            await page
              .locator('#app-column')
              .screenshot({ path: join(outDir, `a11y-sidepanel-${name}.png`) });
            await conclusion.screenshot({ path: join(outDir, `a11y-conclusion-${name}.png`) });
            await restore();

            await app.getByRole('button', { name: 'Del på scenen' }).click();
            const stage = page.frameLocator('#stage-frame');
            await stage.getByRole('heading', { level: 1, name: 'MUS-samtalen på scenen' }).waitFor(TIMEOUT);
            await stage.getByRole('region', { name: 'Fælles konklusionsskema' }).waitFor(TIMEOUT);
            // On the wide stage the goals are a table.
            await stage
              .getByRole('button', { name: /^\d+\. Udviklingsmål og udviklingsaktiviteter$/ })
              .click();
            await stage.getByRole('rowheader', { name: GOALS[1] }).waitFor(TIMEOUT);
            found.push(...(await violations(page, '#stage-frame')).map((v) => `${name} stage: ${v}`));
            await page.screenshot({ path: join(outDir, `a11y-stage-${name}.png`) });
            assert.deepEqual(lead.errors, []);
          } finally {
            await lead.close();
          }
        }
        assert.deepEqual(found, [], 'serious or critical axe violations');
      },
    },
    {
      name: 'a11y: by keyboard alone in the 320 px side panel the employee writes a note, adds a goal and agrees, and the goals fit the panel',
      async run(browser) {
        const { employee } = await meeting(browser);
        const emp = await openMeetingWindow(browser, env, { upn: employee.userPrincipalName, chat: CHAT });
        try {
          const { app, page } = emp;
          await app.getByRole('region', { name: 'Dagsorden' }).waitFor(TIMEOUT);
          const frame = await emp.frame();
          /** Press Tab until `wanted` (by what has focus) or fail after `max` presses. */
          const tabTo = async (wanted, what, max = 40) => {
            for (let i = 0; i < max; i++) {
              await page.keyboard.press('Tab');
              const now = await focused(frame);
              if (wanted(now)) return now;
            }
            throw new Error(`Tab never reached ${what}`);
          };
          // From the host's last control, Tab enters the side panel; the first topic is open.
          await page.getByLabel('Tema').focus();
          const first = await tabTo((f) => f.tag === 'textarea', 'the first topic’s shared note');
          assert.ok(first.visible, 'the focused note shows its focus');
          await page.keyboard.type('Skrevet med tastaturet.');
          await app
            .getByText(/Fælles note: I ser begge teksten\. Gemt kl\./)
            .first()
            .waitFor(TIMEOUT);
          await page.screenshot({ path: join(outDir, 'a11y-keyboard-note.png') });

          // On to the goals topic's header, opened with Enter, then the new goal's fields.
          await tabTo((f) => f.label.endsWith('Udviklingsmål og udviklingsaktiviteter'), 'the goals topic');
          await page.keyboard.press('Enter');
          await tabTo((f) => f.tag === 'input' && f.label === 'Mål', 'the new goal’s "Mål"');
          await page.keyboard.type('Holde oplæg for teamet');
          await page.keyboard.press('Tab');
          await page.keyboard.type('Øve på et teammøde');
          await page.keyboard.press('Tab');
          await page.keyboard.type('05052027'); // day and month alike: any browser's order of the date's parts
          await tabTo((f) => f.label === 'Tilføj målet', 'Tilføj målet');
          await page.keyboard.press('Enter');
          const agree = app.getByRole('button', { name: 'Jeg er enig i målet Holde oplæg for teamet' });
          await agree.waitFor(TIMEOUT);
          // Back up to the new goal's agreement (Shift+Tab), and agree with Space.
          for (
            let i = 0;
            i < 60 && (await focused(frame)).label !== 'Jeg er enig i målet Holde oplæg for teamet';
            i++
          )
            await page.keyboard.press('Shift+Tab');
          await page.keyboard.press('Space');
          const card = app.getByRole('listitem').filter({ hasText: 'Holde oplæg for teamet' });
          await card.getByText('Enige: Medarbejder').waitFor(TIMEOUT);
          assert.equal(await card.getByText('5. maj 2027').count(), 1, 'the deadline typed by keyboard');
          // "Ret målet" focused by keyboard: the goal's card still shows its whole name, nothing scrolls sideways.
          await tabTo((f) => f.label === 'Ret målet Holde oplæg for teamet', 'Ret målet', 5);
          const fits = await frame.evaluate(() => {
            const root = document.documentElement;
            const cards = [...document.querySelectorAll('li')].filter((li) =>
              li.textContent?.includes('Holde oplæg'),
            );
            return {
              page: root.scrollWidth <= root.clientWidth,
              cards: cards.every(
                (c) => c.scrollWidth <= c.clientWidth && c.getBoundingClientRect().left >= 0,
              ),
            };
          });
          assert.deepEqual(fits, { page: true, cards: true }, 'the goals fit the 320 px panel');
          await page.locator('#app-column').screenshot({ path: join(outDir, 'a11y-keyboard-goal.png') });
          assert.deepEqual(emp.errors, []);
        } catch (error) {
          await emp.page.screenshot({ path: join(outDir, 'a11y-keyboard-failed.png') });
          throw error;
        } finally {
          await emp.close();
        }
      },
    },
  ];
}
