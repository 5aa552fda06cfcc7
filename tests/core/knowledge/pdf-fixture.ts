import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';

// Writes a real three-page PDF with Danish letters, headings and page numbers, as a volunteer
// handbook export would look.

export const PDF_PAGES = [
  {
    heading: 'Introduktion til indsatsen',
    body: 'Hjerteforeningens patientstøtteindsats støtter mennesker i en sårbar situation. Samtalerne foregår på hospitalet og over telefonen.',
  },
  {
    heading: 'Tavshedspligt og privatliv',
    body: 'Du må ikke videregive oplysninger om de personer, du møder. Tavshedspligten gælder også over for din egen familie og dine venner.',
  },
  {
    heading: 'Kørsel og refusion',
    body: 'Du kan få refunderet kørsel til og fra vagten. Det er muligt at få refusion for højst 50 km på én vagt, og skemaet findes på FrivilligNet.',
  },
];

export function writeHandbookPdf(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60, autoFirstPage: false, info: { Title: 'Testhåndbog' } });
    const out = createWriteStream(path);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    PDF_PAGES.forEach((p, i) => {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(16).text(p.heading);
      doc.moveDown();
      doc.font('Helvetica').fontSize(11).text(p.body, { width: 420 });
      doc.fontSize(9).text(String(i + 1), 60, 740, { align: 'center', width: 475, lineBreak: false });
    });
    doc.end();
  });
}
