/**
 * Three-way reconciliation of one shared field: the text both last agreed on (`base`), mine (typed offline,
 * or before a reload) and theirs (what the live map or the record holds now). Only one side changed: that
 * side wins. Both changed it differently: a conflict the user resolves, both texts kept; never dropped.
 */
export type Reconciled =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'mine'; readonly text: string }
  | { readonly kind: 'theirs'; readonly text: string }
  | { readonly kind: 'conflict'; readonly mine: string; readonly theirs: string };

export function reconcile(base: string, mine: string, theirs: string): Reconciled {
  if (mine === theirs) return { kind: 'same', text: mine };
  if (mine === base) return { kind: 'theirs', text: theirs };
  if (theirs === base) return { kind: 'mine', text: mine };
  return { kind: 'conflict', mine, theirs };
}
