/**
 * The only kinds of address the app hands to the system (a browser, a mail program), and only after the user
 * said yes: a link in imported data must not start a program by a scheme of its own (file:, smb:, ms-*: …).
 */
export const EXTERNAL_LINK_SCHEMES: readonly string[] = ['https:', 'mailto:'];

/** The address to open, normalised, or null when it must not leave the app. */
export function externalLinkTarget(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!EXTERNAL_LINK_SCHEMES.includes(url.protocol)) return null;
  if (url.protocol === 'https:' && (!url.hostname || url.username || url.password)) return null;
  return url.href;
}

/** The question asked before an address is opened; "Cancel" is the default and what Escape does. */
export function externalLinkQuestion(target: string) {
  return {
    type: 'question' as const,
    buttons: ['Cancel', 'Open'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    title: 'Open an address outside the app?',
    message: 'Open this address in another program?',
    detail: target,
  };
}

/** The button of externalLinkQuestion that opens the address. */
export const OPEN_EXTERNAL_BUTTON = 1;
