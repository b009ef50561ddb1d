// Reads a PDF on stdin and prints its text (pdf-parse on pdfjs-dist). A separate Node process, because
// pdfjs starts its worker with a dynamic import, which Jest's module sandbox does not allow.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const { text } = await parser.getText();
await parser.destroy();
process.stdout.write(text);
