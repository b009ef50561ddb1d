// Browser tests of the round planner and "Mine MUS" in the personal tab, through the local Teams host page
// on the real embedded default (sandbox + MUS service): Hanne plans a round for her direct reports, one of
// them agrees the agenda, proposes a topic and prepares, and Hanne takes the proposal on the agenda.
import assert from 'node:assert/strict';
import { join } from 'node:path';

const LEADER = 'Hanne Kjær Mortensen';
const TIMEOUT = { timeout: 20_000 };

export function plannerTests({ env, outDir }) {
  /** A picture of the whole personal tab (its full height; `width` for a phone), not of the host page. */
  async function shot(page, name, width) {
    const frame = page.locator('#app-frame');
    const content = page.frames().find((f) => f.url().endsWith('/content.html'));
    const height = await content.evaluate(() => {
      window.scrollTo(0, 0);
      return document.documentElement.scrollHeight;
    });
    await frame.evaluate(
      (f, size) => {
        const width = size.width ?? f.getBoundingClientRect().width;
        f.style.flex = 'none';
        f.style.height = `${size.height}px`;
        f.style.width = `${width}px`;
      },
      { height, width },
    );
    await frame.screenshot({ path: join(outDir, name) });
    await frame.evaluate((f) => f.removeAttribute('style'));
  }
  let employee;

  async function openAs(browser, user, viewport = { width: 1280, height: 900 }) {
    const { baseUrl, sandboxUrl } = await env();
    const context = await browser.newContext({ viewport, locale: 'da-DK' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    const allowed = new Set([new URL(baseUrl).origin, new URL(sandboxUrl).origin]);
    await page.route('**/*', (route) =>
      allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort(),
    );
    await page.goto(`${baseUrl}/host/?sandbox=${encodeURIComponent(sandboxUrl)}`);
    const users = page.getByLabel('Bruger');
    await page.getByRole('option', { name: new RegExp(LEADER) }).waitFor({ state: 'attached', ...TIMEOUT });
    const label = await users.evaluate(
      (select, name) => [...select.options].find((o) => o.label.startsWith(`${name} (`))?.label,
      user,
    );
    assert.ok(label, `${user} among the demo users`);
    await users.selectOption({ label });
    await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
    return { page, app: page.frameLocator('#app-frame'), errors, close: () => context.close() };
  }

  return [
    {
      name: 'planner: Hanne plans a round for her 6 reports, sees the week view, moves one, books 6 of 6',
      async run(browser) {
        const { page, app, errors, close } = await openAs(browser, LEADER);
        try {
          await app.getByRole('tab', { name: 'MUS-runder', selected: true }).waitFor(TIMEOUT);
          await app.getByRole('button', { name: 'Ny MUS-runde' }).click();
          const form = app.getByRole('region', { name: 'Ny MUS-runde' });
          await form.waitFor(TIMEOUT);
          const people = form.getByRole('group', { name: 'Medarbejdere' }).getByRole('checkbox');
          assert.equal(await people.count(), 6, 'her six direct reports');
          for (const box of await people.all()) assert.equal(await box.isChecked(), true);
          await form.getByRole('checkbox', { name: 'Innovation' }).check();
          await form.getByRole('textbox', { name: 'Eget emne' }).fill('Nye arbejdsgange i Borgerservice');
          await form.getByRole('button', { name: 'Tilføj emne' }).click();
          const order = await form
            .getByRole('list', { name: 'Rækkefølge på dagsordenen' })
            .getByRole('listitem')
            .allTextContents();
          assert.match(order.at(-3), /^Innovation/);
          assert.match(order.at(-2), /^Nye arbejdsgange i Borgerservice/);
          assert.match(order.at(-1), /^Udviklingsmål og udviklingsaktiviteter/);
          await shot(page, 'planner-1-new-round.png');

          await form.getByRole('button', { name: 'Opret runde' }).click();
          const schedule = app.getByRole('region', { name: 'Tidsplan' });
          await schedule.getByRole('button', { name: 'Foreslå tider' }).click(TIMEOUT);
          await schedule
            .getByText('6 samtaler har et forslag til tidspunkt.', { exact: false })
            .waitFor(TIMEOUT);
          const blocks = schedule.getByRole('button', { name: /^Flyt samtalen med / });
          assert.ok((await blocks.count()) > 0, 'conversations in the first week');
          await shot(page, 'planner-2-week-view.png');

          // Move one conversation to another free time, chosen from the list the service offers.
          const first = blocks.first();
          const name = (await first.getAttribute('aria-label')).replace(/^Flyt samtalen med (.*), .*$/, '$1');
          await first.focus();
          await page.keyboard.press('Enter');
          const panel = app.getByRole('region', { name: `Flyt samtalen med ${name}` });
          const times = panel.getByRole('list', { name: 'Ledige tider' }).getByRole('button');
          await times.first().waitFor(TIMEOUT);
          await times.nth(Math.min(3, (await times.count()) - 1)).click();
          await schedule.getByText(new RegExp(`Samtalen med ${name} er flyttet til`)).waitFor(TIMEOUT);
          await shot(page, 'planner-3-moved.png');

          // Book: a durable job, followed with a progress bar until all six are Teams meetings.
          await schedule.getByRole('button', { name: 'Book 6 samtaler' }).click();
          await schedule.getByRole('progressbar').waitFor(TIMEOUT);
          await schedule
            .getByText('Færdig: 6 af 6 samtaler er booket som Teams-møder.')
            .waitFor({ timeout: 90_000 });
          const list = app.getByRole('list', { name: 'Samtalerne i runden' });
          await list.getByText('Booket').first().waitFor(TIMEOUT);
          const rows = list.locator(':scope > li');
          assert.equal(await rows.count(), 6);
          assert.equal(await list.getByText('Booket', { exact: true }).count(), 6);
          employee = await rows.first().getAttribute('aria-label');
          await shot(page, 'planner-4-booked.png');
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'Mine MUS: an employee agrees the agenda, proposes a topic and prepares',
      async run(browser) {
        assert.ok(employee, 'the round was planned');
        const { page, app, errors, close } = await openAs(browser, employee);
        try {
          const agenda = app.getByRole('region', { name: 'Dagsorden' });
          await agenda.waitFor(TIMEOUT);
          const topics = await agenda
            .getByRole('list', { name: 'Dagsorden' })
            .getByRole('listitem')
            .allTextContents();
          assert.match(topics.at(-2), /^Nye arbejdsgange i Borgerservice/);
          assert.match(topics.at(-1), /^Udviklingsmål og udviklingsaktiviteter/);
          await app.getByText(`Med ${LEADER}`).waitFor();
          const next = app.getByRole('region', { name: 'Din næste MUS-samtale' });
          assert.equal(await next.getByText('Booket', { exact: true }).count(), 1);
          const join = next.getByRole('link', { name: 'Deltag i Teams-mødet' });
          assert.match(await join.getAttribute('href'), /^https?:\/\//);
          await agenda.getByRole('button', { name: 'Jeg er enig i dagsordenen' }).click();
          await agenda.getByText('Du er enig i dagsordenen.').waitFor(TIMEOUT);

          const propose = app.getByRole('region', { name: 'Foreslå et emne' });
          await propose.getByRole('textbox', { name: 'Emne' }).fill('Mentorordning');
          await propose
            .getByRole('textbox', { name: 'Hvorfor vil du gerne tale om det?' })
            .fill('Jeg vil gerne lære af de erfarne kolleger');
          await propose.getByRole('button', { name: 'Foreslå emnet' }).click();
          await propose.getByText(/Dit forslag er sendt til din leder/).waitFor(TIMEOUT);
          await agenda.getByText('Dit forslag – venter på din leder').waitFor();

          const prepare = app.getByRole('region', { name: 'Din forberedelse' });
          await prepare.getByText(/Din leder ser ikke din forberedelse/).waitFor();
          await prepare
            .getByRole('textbox', { name: 'Dine noter til Trivsel' })
            .fill('Jeg trives med teamet, men travlheden om mandagen fylder.');
          await prepare.getByText(/Gemt som kladde kl\./).waitFor(TIMEOUT);
          await shot(page, 'mine-mus-1-prepare.png', 390);
          await prepare.getByRole('button', { name: 'Aflever forberedelse' }).click();
          await prepare.getByText(/Du har afleveret din forberedelse/).waitFor(TIMEOUT);
          await shot(page, 'mine-mus-2-submitted.png', 390);
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'planner: Hanne sees the proposal in the round and takes it on the agenda',
      async run(browser) {
        assert.ok(employee, 'the round was planned');
        const { page, app, errors, close } = await openAs(browser, LEADER);
        try {
          await app.getByRole('list', { name: 'Dine MUS-runder' }).getByRole('button').first().click(TIMEOUT);
          const row = app.getByRole('listitem', { name: employee });
          await row.getByText(`Forslag fra ${employee}`).waitFor(TIMEOUT);
          await shot(page, 'planner-5-proposal.png');
          await row.getByText('Begrundelse: Jeg vil gerne lære af de erfarne kolleger').waitFor();
          const accept = row.getByRole('button', { name: 'Tag Mentorordning med på dagsordenen' });
          await accept.click();
          await row.getByText(`Forslag fra ${employee}`).waitFor({ state: 'detached', ...TIMEOUT });
          // She prepared before the agenda is agreed by both: the list says who has.
          await row.getByText('Medarbejderen', { exact: true }).waitFor(TIMEOUT);

          // Move another booked conversation to a free time, confirmed; then cancel a third, confirmed.
          const list = app.getByRole('list', { name: 'Samtalerne i runden' });
          const others = list.locator(':scope > li').filter({ hasNot: page.getByText(`Forslag fra`) });
          const names = (
            await others.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')))
          ).filter((n) => n !== employee);
          const [moving, cancelling] = names;
          const moved = app.getByRole('listitem', { name: moving });
          const before = await moved.locator('dd').first().textContent();
          await moved.getByRole('button', { name: `Flyt samtalen med ${moving}` }).click();
          const times = moved.getByRole('list', { name: /^Vælg en ny tid/ }).getByRole('button');
          await times.first().waitFor(TIMEOUT);
          await times.last().click();
          const confirmMove = moved.getByRole('alertdialog', { name: 'Flyt' });
          await confirmMove.getByText(/Mødet flyttes i både din og medarbejderens kalender/).waitFor();
          await shot(page, 'planner-6-confirm-move.png');
          await confirmMove.getByRole('button', { name: 'Ja, flyt' }).click();
          await confirmMove.waitFor({ state: 'detached', ...TIMEOUT });
          const after = app.getByRole('listitem', { name: moving }).locator('dd').first();
          await page.waitForFunction(
            ([el, was]) => el.textContent !== was,
            [await after.elementHandle(), before],
            TIMEOUT,
          );

          const cancelled = app.getByRole('listitem', { name: cancelling });
          await cancelled.getByRole('button', { name: `Aflys samtalen med ${cancelling}` }).click();
          const confirmCancel = cancelled.getByRole('alertdialog', { name: 'Aflys' });
          await confirmCancel.getByRole('textbox', { name: /Begrundelse/ }).fill('Sygdom i teamet');
          await confirmCancel.getByRole('button', { name: 'Ja, aflys' }).click();
          await cancelled.getByText('Aflyst', { exact: true }).waitFor(TIMEOUT);
          assert.equal(await cancelled.getByRole('button', { name: /^Flyt samtalen/ }).count(), 0);
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
  ];
}
