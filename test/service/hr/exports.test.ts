import ExcelJS from 'exceljs';
import { pdfText } from '../../support/pdfText';
import { buildWorld, type Alias, type World } from '../security/world';

/**
 * HR's exports (CSV, XLSX), the development needs and the SU report on the sandbox: the same 5+ rule as the
 * screen, HR only. The world: L1's round of six (all but E4 started), L2's round of E7 (started).
 */
let w: World;
beforeAll(async () => {
  // E6's meeting too has started: six employees of L1's round can evaluate.
  w = await buildWorld({ meetingsStarted: ['E1', 'E2', 'E3', 'E5', 'E6', 'E7'] });
});
afterAll(() => w.s.close());

const get = async (alias: Alias, path: string) => w.call('GET', `/api/hr/${path}`, await w.as(alias));
const bytes = async (path: string) => {
  const res = await fetch(`${w.s.url}/api/hr/${path}`, {
    headers: { authorization: `Bearer ${(await w.as('H')).token}` },
  });
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
};
const evaluate = async (e: Alias) =>
  expect(
    (
      await w.call(
        'PUT',
        `/api/conversations/${w.conv[e]}/evaluation`,
        await w.as(e, { body: { rating: 4 } }),
      )
    ).status,
  ).toBe(200);
const hold = async (e: Alias) => {
  const leader = e === 'E7' ? 'L2' : 'L1';
  const path = `/api/conversations/${w.conv[e]}`;
  const current = await w.call('GET', path, await w.as(leader));
  const res = await w.call('POST', `${path}/status`, {
    ...(await w.as(leader)),
    headers: { 'if-match': current.body.etag },
    body: { event: 'hold' },
  });
  expect(res.status).toBe(200);
};
const xlsx = async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await bytes('overview.xlsx')).body as unknown as ExcelJS.Buffer);
  return book;
};
const rowOf = (sheet: ExcelJS.Worksheet, title: string) => {
  const values: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => values.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { header: values[0], row: values.find((v) => v[1] === title) };
};

describe('exports of the overview', () => {
  it('the CSV and the workbook show a round’s employees’ evaluation only from 5 people on', async () => {
    for (const e of ['E1', 'E2', 'E3', 'E5'] as const) await evaluate(e);
    const csv = await get('H', 'overview.csv');
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Leder","Runde","År","Slutdato","Personer","Ikke booket","Booket","Holdt","Underskrevet","Aflyst","Med udviklingsplan","Forsinket","Medarbejdernes evaluering (1-5)"',
    );
    expect(lines.find((l) => l.includes('"MUS 2026"'))).toMatch(
      /"6","1","5","0","0","0","0","0","Under 5 personer"$/,
    );
    let book = await xlsx();
    const four = rowOf(book.getWorksheet('Runder')!, 'MUS 2026');
    expect(four.row?.slice(4)).toEqual([6, 1, 5, 0, 0, 0, 0, 0, 'Under 5 personer']);

    await evaluate('E6');
    book = await xlsx();
    const five = rowOf(book.getWorksheet('Runder')!, 'MUS 2026');
    expect(five.row?.at(-1)).toBe(4);
    const figures = rowOf(book.getWorksheet('Samlede tal')!, 'Under 5 personer');
    expect(figures.header).toEqual(['Mål', 'Værdi', 'Antal svar']);
    const english = await get('H', 'overview.csv?lang=en');
    expect(english.text).toContain('"Leader","Round","Year"');
    expect(english.text).toMatch(/"MUS 2026",.*"4"/);
  });

  it('keeps a title that looks like a formula as text in both', async () => {
    const res = await w.call('POST', '/api/rounds', {
      ...(await w.as('L2')),
      body: {
        roundId: crypto.randomUUID(),
        title: '=HYPERLINK("x")',
        conceptId: 'flexible',
        employeeIds: [w.id('E7')],
      },
    });
    expect(res.status).toBe(201);
    expect((await get('H', 'overview.csv')).text).toContain(`"'=HYPERLINK(""x"")"`);
    const cell = rowOf((await xlsx()).getWorksheet('Runder')!, '=HYPERLINK("x")').row?.[1];
    expect(cell).toBe('=HYPERLINK("x")');
  });

  it('is refused to a leader and an employee: every export, the needs and the SU report', async () => {
    for (const alias of ['L1', 'E1'] as const)
      for (const path of ['overview.csv', 'overview.xlsx', 'aggregates/needs', 'su-report.pdf']) {
        const res = await get(alias, path);
        expect([path, res.status, res.body?.code]).toEqual([path, 403, 'forbidden']);
      }
  });
});

describe('development needs and the SU report', () => {
  it('shows no needs for 4 employees’ conversations held, and the topics and goals for 5', async () => {
    for (const e of ['E1', 'E2', 'E3', 'E5'] as const) await hold(e);
    const four = await get('H', 'aggregates/needs');
    expect([four.status, four.body.code]).toEqual([403, 'group_too_small']);
    let pdf = await pdfText((await bytes('su-report.pdf')).body);
    expect(pdf).toContain('MUS-rapport til samarbejdsudvalget (SU)');
    expect(pdf).toContain('Vises kun for grupper på mindst 5 personer.');

    await hold('E7');
    const five = await get('H', 'aggregates/needs');
    expect(five.status).toBe(200);
    expect(five.body.respondents).toBe(5);
    expect(five.body.topics[0]).toMatchObject({ conversations: 5, title: { da: expect.any(String) } });
    const topic: string = five.body.topics[0].title.da;
    pdf = await pdfText((await bytes('su-report.pdf')).body);
    expect(pdf).toContain(topic);
    const english = await bytes('su-report.pdf?lang=en');
    expect(english.type).toBe('application/pdf');
    expect(await pdfText(english.body)).toContain('MUS report for the joint consultation committee (SU)');
  });
});
