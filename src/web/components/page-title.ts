import { useEffect } from 'react';

/** Sets the document title ("Page · CrossDialog") so each page is announced by name. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) {
      document.title = `${title} · CrossDialog`;
    }
  }, [title]);
}
