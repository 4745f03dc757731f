/** Keeps, in place and in order, the items of `list` from `from` on that `keep` accepts. */
export function retain<T>(list: T[], keep: (item: T) => boolean, from = 0): void {
  let k = from;
  for (let i = from; i < list.length; i++) {
    const item = list[i] as T;
    if (keep(item)) list[k++] = item;
  }
  list.length = k;
}
