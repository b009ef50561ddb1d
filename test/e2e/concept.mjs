// Browser tests of HR's concept administration, on their own embedded default (a published concept would
// change what the other tests' leaders plan with): Camilla (HR-partner) opens "Koncept" for next year,
// copies last year's concept, adds an own topic with a question, previews it as employee and as leader,
// publishes, then edits it again in English; Hanne plans a round in next year's dates and finds the new topic
// on its agenda. Screenshots in Danish at 1280 px and 390 px, and of the English preview.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startEmbedded } from './host.embedded.mjs';
import { personalTab } from './yearWorld.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const HR = 'Camilla Lykke Andersen';
const TIMEOUT = { timeout: 20_000 };
const NEXT_YEAR = String(new Date().getFullYear() + 1);
const TOPIC = { da: 'Arbejdsmiljø', en: 'Working environment' };
const QUESTION = { da: 'Hvad giver dig energi i hverdagen?', en: 'What gives you energy day to day?' };

export function conceptTests({ root, outDir }) {
  let embedded;
  const env = async () => (embedded ??= await startEmbedded(root));

  // Transitions finished first (a tab's underline slides over from the tab left).
  const shot = (page, name) =>
    page.locator('#app-frame').screenshot({ path: join(outDir, name), animations: 'disabled' });

  return {
    tests: [
      {
        name: 'concept: HR copies last year’s concept, adds a topic and a question, previews, publishes; the leader plans with it',
        async run(browser) {
          const hr = await personalTab(browser, await env(), HR, { width: 1280, height: 1000 });
          try {
            const { app } = hr;
            await app.getByRole('tab', { name: 'Koncept' }).click(TIMEOUT);
            const card = app.getByRole('region', { name: 'MUS-koncept' });
            // Every leader's unit from the directory: Vej og Park has no round in this world.
            await card
              .getByLabel('Område')
              .locator('option', { hasText: 'Vej og Park – leder: Lars Østergaard' })
              .waitFor({ state: 'attached', ...TIMEOUT });
            await card.getByLabel('År').selectOption(NEXT_YEAR);
            await card
              .getByText('Der er intet udgivet koncept for dette år og område endnu.')
              .waitFor(TIMEOUT);
            await card.getByRole('button', { name: 'Kopiér sidste års koncept' }).click();
            await card.getByText(/^Kladde, kopieret fra \d{4} \(version 1\)\.$/).waitFor(TIMEOUT);

            // A title in one language only is refused on the spot, and nothing is added.
            await card.getByRole('textbox', { name: 'Titel (dansk)' }).fill(TOPIC.da);
            await card.getByRole('button', { name: 'Tilføj emne' }).click();
            await card.getByText('Skriv emnets titel på både dansk og engelsk.').first().waitFor(TIMEOUT);
            await card.getByRole('textbox', { name: 'Titel (engelsk)' }).fill(TOPIC.en);
            await card.getByRole('button', { name: 'Tilføj emne' }).click();
            await card.getByRole('button', { name: new RegExp(`^${TOPIC.da}`) }).click();
            await card.getByRole('button', { name: 'Tilføj spørgsmål' }).last().click();
            await card.getByRole('textbox', { name: 'Spørgsmål 1 (dansk)' }).last().fill(QUESTION.da);
            await card.getByRole('textbox', { name: 'Spørgsmål 1 (engelsk)' }).last().fill(QUESTION.en);
            await card.getByRole('button', { name: 'Gem kladde' }).click();
            await card.getByText('Kladden er gemt.').waitFor(TIMEOUT);
            await card.getByText(/^Kladde, kopieret fra \d{4} \(version 1\)\.$/).waitFor(TIMEOUT);
            await shot(hr.page, 'concept-1-draft-da.png');

            await card.getByRole('tab', { name: 'Forhåndsvis som medarbejder' }).click();
            const preview = card.getByRole('region', { name: 'Forhåndsvis som medarbejder' });
            const agenda = await preview
              .getByRole('list', { name: 'Dagsorden' })
              .getByRole('listitem')
              .allTextContents();
            assert.ok(agenda.at(-2).startsWith(TOPIC.da), `own topic before the goals topic: ${agenda}`);
            assert.ok(agenda.at(-1).startsWith('Udviklingsmål'), 'the goals topic last');
            const own = preview.getByRole('region', { name: TOPIC.da });
            await own.getByText(QUESTION.da).waitFor(TIMEOUT);
            assert.equal(await own.getByRole('textbox').isEditable(), false, 'a preview is read-only');
            assert.equal(await preview.getByRole('button', { name: 'Aflever' }).count(), 0);
            await shot(hr.page, 'concept-2-preview-employee-da.png');
            // The own topic in the employee's preparation form: guidance, the question, a read-only field.
            await own.screenshot({ path: join(outDir, 'concept-2b-own-topic-employee-da.png') });
            await card.getByRole('tab', { name: 'Forhåndsvis som leder' }).click();
            await card
              .getByRole('region', { name: 'Forhåndsvis som leder' })
              .getByText(QUESTION.da)
              .waitFor(TIMEOUT);

            // A phone-wide tab (the frame 390 px, beside the host's Teams rail): the card and the preview fit.
            const frameWidth = () => hr.page.locator('#app-frame').evaluate((el) => el.clientWidth);
            const rail = 1280 - (await frameWidth());
            await hr.page.setViewportSize({ width: 390 + rail, height: 900 });
            assert.equal(await frameWidth(), 390);
            const fits = await card.evaluate((el) => ({
              right: el.getBoundingClientRect().right,
              width: document.documentElement.clientWidth,
              scroll: document.documentElement.scrollWidth,
            }));
            assert.ok(fits.width <= 390, `a narrow frame: ${fits.width}px`);
            assert.ok(fits.right <= fits.width && fits.scroll <= fits.width, `fits: ${JSON.stringify(fits)}`);
            // Each choice fits too (a native select is as wide as its longest option: a unit and its leader).
            for (const select of await card.locator('select').all()) {
              const right = await select.evaluate((el) => el.getBoundingClientRect().right);
              assert.ok(right <= fits.right, `a select runs off the card: ${right} > ${fits.right}`);
            }
            for (const tab of await card.getByRole('tab').all()) {
              const box = await tab.evaluate((el) => el.getBoundingClientRect().right);
              assert.ok(box <= fits.width, `the tab ${await tab.textContent()} runs off the frame`);
            }
            await shot(hr.page, 'concept-3-preview-leader-narrow-da.png');
            await card.getByRole('tab', { name: 'Redigér' }).click();
            await shot(hr.page, 'concept-3b-edit-narrow-da.png');
            await hr.page.setViewportSize({ width: 1280, height: 1000 });
            await shot(hr.page, 'concept-3c-edit-desktop-da.png');

            await card.getByRole('button', { name: 'Udgiv' }).click();
            await card
              .getByText(new RegExp(`^Udgivet: version 1 er nu i kraft for ${NEXT_YEAR}\\.`))
              .waitFor(TIMEOUT);
            await card.getByText(/^I kraft: version 1 fra /).waitFor(TIMEOUT);
            await shot(hr.page, 'concept-4-published-da.png');

            // In English: the concept in force, edited again from it, previewed as the employee sees it.
            await hr.page.getByLabel('Sprog').selectOption({ label: 'English' });
            await app.getByRole('tab', { name: 'Concept' }).click(TIMEOUT);
            const en = app.getByRole('region', { name: 'MUS concept' });
            await en.getByLabel('Year').selectOption(NEXT_YEAR);
            await en.getByText(/^In force: version 1 of /).waitFor(TIMEOUT);
            await en
              .getByLabel('Scope')
              .locator('option', { hasText: 'Vej og Park – leader: Lars Østergaard' })
              .waitFor({ state: 'attached', ...TIMEOUT });
            await en.getByRole('button', { name: 'Edit the concept in force' }).click();
            await en.getByRole('button', { name: new RegExp(`^${TOPIC.en}`) }).waitFor(TIMEOUT);
            await en.getByRole('tab', { name: 'Preview as employee' }).click();
            const enPreview = en.getByRole('region', { name: 'Preview as employee' });
            const enAgenda = await enPreview
              .getByRole('list', { name: 'Agenda' })
              .getByRole('listitem')
              .allTextContents();
            assert.ok(enAgenda.at(-2).startsWith(TOPIC.en), `own topic in English: ${enAgenda}`);
            await enPreview.getByRole('region', { name: TOPIC.en }).getByText(QUESTION.en).waitFor(TIMEOUT);
            await shot(hr.page, 'concept-4b-preview-employee-en.png');
            assert.deepEqual(hr.errors, []);
          } finally {
            await hr.close();
          }

          const leader = await personalTab(browser, await env(), LEADER, { width: 1280, height: 1000 });
          try {
            const { app } = leader;
            await app.getByRole('tab', { name: 'MUS-runder', selected: true }).waitFor(TIMEOUT);
            await app.getByRole('button', { name: 'Ny MUS-runde' }).click();
            const form = app.getByRole('region', { name: 'Ny MUS-runde' });
            // Dates in next year: the round gets next year's concept (whichever year's was chosen), and says so.
            for (const [label, day] of [
              ['Fra dato', `${NEXT_YEAR}-02-01`],
              ['Til dato', `${NEXT_YEAR}-02-26`],
            ])
              await form.getByLabel(label).fill(day);
            await form
              .getByText(`Runden holdes i ${NEXT_YEAR} og får konceptet for ${NEXT_YEAR} (version 1).`)
              .waitFor(TIMEOUT);
            const order = await form
              .getByRole('list', { name: 'Rækkefølge på dagsordenen' })
              .getByRole('listitem')
              .allTextContents();
            assert.ok(
              order.some((item) => item.startsWith(TOPIC.da)),
              `the new topic on the agenda: ${order}`,
            );
            await shot(leader.page, 'concept-5-leader-plans-da.png');
            assert.deepEqual(leader.errors, []);
          } finally {
            await leader.close();
          }
        },
      },
    ],
    close: async () => {
      await embedded?.close();
    },
  };
}
