/**
 * pdfmake with the Roboto font it ships (Apache 2.0), embedded so æ, ø and å print on any machine; shared by
 * the conclusion form (`conclusionPdf.ts`) and the SU report (`suReport.ts`).
 */
import path from 'node:path';
import pdfmake from 'pdfmake';

const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
// The form holds user text only: no images or fonts are fetched, and only the font folder is read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR));

export { pdfmake };
