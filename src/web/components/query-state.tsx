import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.js';

/** Renders loading, error (with the server's message) or the data of a query. */
export function QueryState<T>({
  query,
  children,
  notFound,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  notFound?: ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <p role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  if (query.isError) {
    if (notFound && query.error instanceof ApiError && query.error.status === 404) {
      return <>{notFound}</>;
    }
    return (
      <p role="alert" className="error">
        {query.error instanceof ApiError ? query.error.message : t('error.generic')}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
