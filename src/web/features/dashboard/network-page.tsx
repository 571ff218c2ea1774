import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../contract/dashboard.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useNetwork } from './api.js';
import { sectorHelpers, type FigureContext } from './dashboard-figures.js';
import { FigurePanel } from './figure-panel.js';
import { networkFigures } from './network-figures.js';

function Figures({ network }: { network: Network }) {
  const { t, i18n } = useTranslation('dashboard');
  const locale = i18n.language;
  const ctx: FigureContext = { t, locale, ...sectorHelpers(network.sectors, locale, t('unknownSector')) };
  return (
    <>
      {networkFigures(ctx, network).map((figure) => (
        <FigurePanel key={figure.id} figure={figure} fileStem="network" />
      ))}
    </>
  );
}

/** /admin/network: organizations and sectors over the years, returning participants, the meeting graph. */
export function NetworkPage() {
  const { t } = useTranslation('dashboard');
  usePageTitle(t('network.title'));
  const query = useNetwork();
  return (
    <div className="dashboard">
      <p>
        <Link to="/admin/events">{t('back')}</Link>
      </p>
      <h1>{t('network.title')}</h1>
      <p>{t('network.intro')}</p>
      <QueryState query={query}>{(network) => <Figures network={network} />}</QueryState>
    </div>
  );
}
