/** Answers "is there a `ch` in [from, to)?" for ranges that only move forward: linear overall. */
export class NextChar {
  private at: number;
  constructor(
    private readonly text: string,
    private readonly ch: string,
  ) {
    this.at = text.indexOf(ch);
  }
  within(from: number, to: number): boolean {
    if (this.at >= 0 && this.at < from) this.at = this.text.indexOf(this.ch, from);
    return this.at >= 0 && this.at < to;
  }
}
