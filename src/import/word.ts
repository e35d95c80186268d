import mammoth from 'mammoth';
import { blocksFromWord } from './blocks.js';
import { PlanFileError } from './read.js';
import type { Block } from './blocks.js';

/** A .docx through mammoth's document model: its paragraphs with their styles, lists and tables. */
export async function readWord(bytes: Uint8Array, path: string): Promise<Block[]> {
  let document: unknown;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // Pictures (the map of the areas) are not read: their bytes would only cost time and memory.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (doc: unknown) => {
          document = doc;
          return doc;
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
  } catch {
    throw new PlanFileError('corrupt', path);
  }
  if (!document) throw new PlanFileError('corrupt', path);
  return blocksFromWord(document as Parameters<typeof blocksFromWord>[0]);
}
