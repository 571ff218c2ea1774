// The network's name for document titles. The server writes it into the page head
// (<meta name="application-name">), so the first title is right before the brand is fetched.
let networkName =
  (typeof document !== 'undefined'
    ? document.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content
    : undefined) || 'CrossDialog';

/** The network's name as last known (page head, then /api/v1/branding). */
export function getNetworkName(): string {
  return networkName;
}

/** Remembers the network's name (after the brand was fetched or saved). */
export function setNetworkName(name: string): void {
  networkName = name;
}
