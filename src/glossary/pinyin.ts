/** Pinyin without tone marks, lower case: for sorting and for filtering by typed pinyin. */
export function tonelessPinyin(pinyin: string): string {
  return pinyin
    .replace(/[ǖǘǚǜü]/gi, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Orders entries as a Chinese dictionary would: by toneless pinyin, then tone marks, then the term. */
export function byPinyin<T extends { pinyin: string; term: string }>(a: T, b: T): number {
  const key = (e: T) => tonelessPinyin(e.pinyin).replace(/[^a-z0-9]/g, '');
  return key(a).localeCompare(key(b)) || a.pinyin.localeCompare(b.pinyin) || a.term.localeCompare(b.term, 'zh-CN');
}
