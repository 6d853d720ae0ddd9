/**
 * Output text encoded as UTF-8 straight into a byte buffer: no joined string to build and
 * encode again, and one buffer per batch, handed to the main thread as it is (no copy).
 *
 * @module
 */

const MIN_CAPACITY = 64 * 1024;

/** UTF-8 bytes appended one text at a time; {@link take} hands them over. */
export class ByteOutput {
  // A Buffer for its `write`, which encodes faster than TextEncoder.encodeInto on Node 20.
  private bytes: Buffer;
  private length = 0;

  constructor(private capacity: number) {
    this.bytes = ByteOutput.allocate(capacity);
  }

  /** Appends `text` as UTF-8. */
  text(text: string): void {
    // One UTF-16 unit never takes more than 3 bytes in UTF-8.
    this.reserve(text.length * 3);
    this.length += this.bytes.write(text, this.length);
  }

  /** Appends one byte (a newline, say) without a string. */
  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length] = value;
    this.length += 1;
  }

  /**
   * The bytes written so far, over a buffer of their own that can move to another thread;
   * the next output gets a new buffer, sized by this one.
   */
  take(): Uint8Array<ArrayBuffer> {
    const memory = this.bytes.buffer;
    if (!(memory instanceof ArrayBuffer)) throw new TypeError("output memory must be an ArrayBuffer");
    const taken = new Uint8Array(memory, this.bytes.byteOffset, this.length);
    this.capacity = Math.max(MIN_CAPACITY, Math.ceil(this.length * 1.25));
    this.bytes = ByteOutput.allocate(this.capacity);
    this.length = 0;
    return taken;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    const grown = ByteOutput.allocate(Math.max(needed, this.bytes.length * 2));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** Uninitialised memory (it is written before it is read), never from Node's shared pool, so it can be moved. */
  private static allocate(size: number): Buffer {
    return Buffer.allocUnsafeSlow(Math.max(size, MIN_CAPACITY));
  }
}
