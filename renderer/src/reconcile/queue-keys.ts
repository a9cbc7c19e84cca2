/** What a key pressed on the item panel asks for; undefined when the key is not one of the queue's. */
export type QueueKeyAction =
  | { type: 'pick'; index: number }
  | { type: 'no-match' }
  | { type: 'skip' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'search' };

export interface PressedKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The keys shown in the legend: 1–5 pick, N no match, S skip, arrows move, / search. */
export const CANDIDATE_KEYS = 5;

export function queueKeyAction(pressed: PressedKey, direction: 'ltr' | 'rtl'): QueueKeyAction | undefined {
  if (pressed.ctrlKey || pressed.metaKey || pressed.altKey) return undefined;
  const { key } = pressed;
  if (/^[1-9]$/.test(key) && Number(key) <= CANDIDATE_KEYS) return { type: 'pick', index: Number(key) - 1 };
  if (key === 'n' || key === 'N') return { type: 'no-match' };
  if (key === 's' || key === 'S') return { type: 'skip' };
  if (key === '/') return { type: 'search' };
  if (key === 'ArrowDown') return { type: 'move', by: 1 };
  if (key === 'ArrowUp') return { type: 'move', by: -1 };
  // Left and right follow the reading direction: "next" is to the left in a right-to-left language.
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return { type: 'move', by: 1 };
  if (key === backward) return { type: 'move', by: -1 };
  return undefined;
}

/** Keys typed into a text field belong to that field, never to the queue. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type);
}
