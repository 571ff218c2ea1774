import { useEffect } from 'react';
import { getNetworkName } from './network-name.js';

/** Sets the document title ("Page · Network") so each page is announced by name. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) {
      document.title = `${title} · ${getNetworkName()}`;
    }
  }, [title]);
}
