/**
 * A binary min-heap of (key, item, tag) triples for the assignment's flow solver. Ties on the key are
 * broken by the item index, so the order never depends on the history of pushes. The tag lets a caller
 * invalidate entries lazily (an entry whose tag no longer matches is stale and skipped by the caller).
 */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];
  private readonly tags: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** Key of the smallest entry; the heap must not be empty. */
  get topKey(): number {
    return this.keys[0]!;
  }

  /** Item of the smallest entry; the heap must not be empty. */
  get topItem(): number {
    return this.items[0]!;
  }

  /** Tag of the smallest entry; the heap must not be empty. */
  get topTag(): number {
    return this.tags[0]!;
  }

  /** Removes every entry. */
  clear(): void {
    this.keys.length = 0;
    this.items.length = 0;
    this.tags.length = 0;
  }

  /** Adds an entry. */
  push(key: number, item: number, tag = 0): void {
    let at = this.keys.length;
    this.keys.push(key);
    this.items.push(item);
    this.tags.push(tag);
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (!this.less(at, up)) {
        break;
      }
      this.swap(at, up);
      at = up;
    }
  }

  /** Removes the smallest entry; the heap must not be empty. */
  pop(): void {
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.items.pop();
    this.tags.pop();
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= last) {
        break;
      }
      const right = left + 1;
      const child = right < last && this.less(right, left) ? right : left;
      if (!this.less(child, at)) {
        break;
      }
      this.swap(child, at);
      at = child;
    }
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.items[a]! < this.items[b]!);
  }

  private swap(a: number, b: number): void {
    const { keys, items, tags } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [items[a], items[b]] = [items[b]!, items[a]!];
    [tags[a], tags[b]] = [tags[b]!, tags[a]!];
  }
}
