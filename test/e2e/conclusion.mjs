// Browser test of the joint conclusion in a Teams meeting, through the local Teams host page on the real
// embedded default: Peter (a leader) and his employee each open the meeting's side panel in their own window,
// both sign the fælles konklusionsskema, and the PDF of what they signed is fetched and read back.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { heldConversation, openMeetingWindow } from './meetingWindow.mjs';

const LEADER = 'Peter Bach Christensen';
const CHAT = '19:meeting_e2e-conclusion@thread.v2';
const TIMEOUT = { timeout: 20_000 };
const SUMMARY = 'Et godt år i teamet; æøå ÆØÅ står, som vi aftalte.';
const GOALS = ['Lære Power BI', 'Mentorforløb med Økonomi'];

export function conclusionTests({ env, outDir }) {
  const openPanel = (browser, upn) => openMeetingWindow(browser, env, { upn, chat: CHAT });

  /** A picture of the conclusion, whole: the side panel's frame made as tall as its page first. */
  async function shot(page, name) {
    const frame = page.locator('#app-frame');
    const inside = page.frames().find((f) => f.url().includes('/meeting.html'));
    const height = await inside.evaluate(() => document.documentElement.scrollHeight);
    await frame.evaluate((f, h) => Object.assign(f.style, { flex: 'none', height: `${h}px` }), height);
    const form = page.frameLocator('#app-frame').getByRole('region', { name: 'Fælles konklusionsskema' });
    await form.screenshot({ path: join(outDir, name) });
    await frame.evaluate((f) => f.removeAttribute('style'));
  }

  return [
    {
      name: 'conclusion: leader and employee sign in the meeting (two windows), the PDF holds the goals and names',
      async run(browser) {
        const { sandboxUrl } = await env();
        const { value: users } = await (await fetch(`${sandboxUrl}/_sandbox/users`)).json();
        const leader = users.find((u) => u.displayName === LEADER);
        const employee = users.find((u) => u.managerId === leader?.id);
        assert.ok(leader && employee, 'a leader with an employee in the sandbox');
        const lead = await openPanel(browser, leader.userPrincipalName);
        const emp = await openPanel(browser, employee.userPrincipalName);
        try {
          // The conversation: planned, booked to start in a few seconds, agenda agreed by both, two goals
          // both agreed, held in this meeting (linked by the leader).
          await heldConversation({
            lead,
            emp,
            employeeId: employee.id,
            chat: CHAT,
            title: 'MUS 2026 (konklusion)',
            goals: GOALS,
          });

          // The leader writes the summary and the follow-up date, and signs.
          await lead.page.reload();
          const leaderForm = lead.app.getByRole('region', { name: 'Fælles konklusionsskema' });
          await leaderForm.waitFor(TIMEOUT);
          for (const goal of GOALS)
            await leaderForm
              .getByRole('list', { name: 'Aftalte udviklingsmål' })
              .getByText(goal)
              .waitFor(TIMEOUT);
          await leaderForm.getByRole('textbox', { name: /^Trivsel/ }).fill(SUMMARY);
          await leaderForm.getByRole('textbox', { name: /^Dato for opfølgning/ }).fill('15-01-2027');
          await leaderForm.getByRole('button', { name: 'Underskriv' }).click();
          await leaderForm
            .getByText('Du har underskrevet. Venter på den anden underskrift.')
            .waitFor(TIMEOUT);
          await shot(lead.page, 'conclusion-1-leader-signed.png');

          // The employee sees what the leader signed, files it to the personnel record and signs.
          await emp.page.reload();
          const form = emp.app.getByRole('region', { name: 'Fælles konklusionsskema' });
          await form.getByRole('textbox', { name: /^Trivsel/ }).waitFor(TIMEOUT);
          assert.equal(await form.getByRole('textbox', { name: /^Trivsel/ }).inputValue(), SUMMARY);
          await form.getByRole('button', { name: 'Underskriv' }).click();
          await form.getByText('I har begge underskrevet. Konklusionen er låst.').waitFor(TIMEOUT);
          const signatures = form.getByRole('list', { name: 'Underskrifter' });
          await signatures
            .getByText(new RegExp(`^Leder: ${LEADER}, underskrevet .* \\(version 1\\)$`))
            .waitFor();
          await signatures
            .getByText(new RegExp(`^Medarbejder: ${employee.displayName}, underskrevet`))
            .waitFor();
          await shot(emp.page, 'conclusion-2-signed-light.png');
          for (const [theme, label] of [
            ['dark', 'Mørkt'],
            ['contrast', 'Høj kontrast'],
          ]) {
            await emp.page.getByLabel('Tema').selectOption({ label });
            await emp.page.waitForTimeout(500);
            await shot(emp.page, `conclusion-3-signed-${theme}.png`);
          }

          // "Hent PDF" downloads it; the PDF's text holds the goals, both names and the æøå text.
          const [download] = await Promise.all([
            emp.page.waitForEvent('download', TIMEOUT),
            form.getByRole('button', { name: 'Hent PDF' }).click(),
          ]);
          assert.equal(download.suggestedFilename(), 'MUS-konklusion-v1-da.pdf');
          const bytes = readFileSync(await download.path());
          const parser = new PDFParse({ data: new Uint8Array(bytes) });
          const { text } = await parser.getText();
          for (const expected of [...GOALS, LEADER, employee.displayName, SUMMARY, '15. januar 2027'])
            assert.ok(text.includes(expected), `the PDF holds "${expected}"`);
          const picture = await parser.getScreenshot({ scale: 1.5, first: 1 });
          writeFileSync(join(outDir, 'conclusion-4-pdf.png'), Buffer.from(picture.pages[0].data));
          await parser.destroy();
          assert.deepEqual([...lead.errors, ...emp.errors], []);
        } finally {
          await lead.close();
          await emp.close();
        }
      },
    },
  ];
}
