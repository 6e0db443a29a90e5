// A per-run cache keyed by cell text: real inventories repeat boilerplate (责任事项, 追责情形, 救济渠道 are copied
// from templates; 356 distinct responsibility texts in 10⁵ generated rows), so a pure check of one text runs once.
// Created inside a rule's check(), so it lives for one inventory and never grows across runs.

/** `fn` behind a Map from its argument; `fn` must be pure and its result read-only. */
export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = fn(text);
      seen.set(text, value);
    }
    return value as T;
  };
}
