/**
 * Forgets personal data kept on this device for offline use (the check-in attendee lists and the
 * service worker's cached API answers). Queued scans stay: they are only ids and must still be sent.
 */
export async function forgetDeviceData(): Promise<void> {
  for (const storageKey of Object.keys(localStorage)) {
    if (storageKey.startsWith('cd_checkin_attendees:')) {
      localStorage.removeItem(storageKey);
    }
  }
  if ('caches' in window) {
    await caches.delete('crossdialog-api-v1');
  }
}
