/**
 * The SU report's charts: a table per measure whose rows are a label, a horizontal bar drawn as a pdfmake
 * canvas rectangle (vector, prints sharp) and the figure as text, so the numbers stay readable and
 * searchable beside the bars. A group the rules do not show has no bar and says so.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';

/** One bar: its label, and its value, or null where the group is under 5 people. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  /** The value as printed (default: the value). */
  readonly shown?: string;
}

const BAR_WIDTH = 200;
const BAR_HEIGHT = 9;
/** A dark blue (contrast 10:1 on white), readable in greyscale print. */
const BAR_COLOUR = '#1b4f8a';

const bar = (value: number, max: number): Content => ({
  canvas: [
    { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: BAR_HEIGHT, color: '#eeeeee' },
    {
      type: 'rect',
      x: 0,
      y: 1,
      w: max > 0 ? Math.max(1, (BAR_WIDTH * value) / max) : 0,
      h: BAR_HEIGHT,
      color: BAR_COLOUR,
    },
  ],
});

/**
 * A bar chart as a table: header `[label, value]`, one row per bar against `max` (the scale's top, e.g. 5
 * for a rating); a hidden group's row reads `hidden` instead of a bar and a number.
 */
export function barChart(
  header: readonly [string, string],
  bars: readonly Bar[],
  max: number,
  hidden: string,
) {
  const rows = bars.map((b): TableCell[] =>
    b.value === null
      ? [b.label, { text: hidden, italics: true, colSpan: 2 }, '']
      : [b.label, bar(b.value, max), { text: b.shown ?? String(b.value), alignment: 'right' }],
  );
  return {
    table: {
      headerRows: 1,
      widths: ['*', BAR_WIDTH, 'auto'],
      body: [
        [
          { text: header[0], bold: true },
          { text: '', border: [false, false, false, false] },
          { text: header[1], bold: true, alignment: 'right' },
        ],
        ...rows,
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 10],
  } satisfies Content;
}
