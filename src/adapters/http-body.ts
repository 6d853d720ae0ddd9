/**
 * Reading a request body within a byte limit: the declared length is checked first, then the
 * bytes are counted as they arrive, so a body without a length (chunked) cannot run past it.
 *
 * @module
 */

/** The body as text, or why it could not be had. */
export type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: "too-large" | "invalid-encoding" | "unreadable" };

/** Reads a request body as UTF-8 text, stopping as soon as it passes `maxBytes`. */
export async function readBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return { ok: false, reason: "too-large" };
  if (request.body === null) return { ok: true, text: "" };
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop reading; the rest of the upload is not wanted.
        reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "invalid-encoding" };
  }
}
