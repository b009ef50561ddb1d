import { execFile } from 'node:child_process';
import path from 'node:path';

/** The text of a PDF, read back with a PDF text extractor (pdf-parse) in a child Node process. */
export function pdfText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'extractPdfText.mjs')],
      { maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end(bytes);
  });
}
