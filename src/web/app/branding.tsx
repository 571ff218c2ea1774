import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../contract/branding.js';
import { setNetworkName } from '../components/network-name.js';
import { apiFetch } from './api.js';

export const BRANDING_QUERY_KEY = ['branding'];

/** The network's brand (defaults filled in by the server); the settings page refreshes it on save. */
export function useBranding() {
  return useQuery({
    queryKey: BRANDING_QUERY_KEY,
    queryFn: () => apiFetch<Branding>('/api/v1/branding'),
    staleTime: 5 * 60_000,
  });
}

/**
 * Keeps the page's colours and title name in step with the brand. The server already put the colours
 * into the page head (no flash); this follows a change saved in this tab without a reload.
 */
function useBrandEffects(branding: Branding | undefined): void {
  useEffect(() => {
    if (!branding) {
      return;
    }
    setNetworkName(branding.networkName);
    const root = document.documentElement.style;
    if (branding.isCustomized) {
      root.setProperty('--color-primary', branding.primaryColour);
      root.setProperty('--color-primary-dark', branding.accentColour);
      root.setProperty('--color-brand-accent', branding.accentColour);
    } else {
      for (const name of ['--color-primary', '--color-primary-dark', '--color-brand-accent']) {
        root.removeProperty(name);
      }
    }
  }, [branding]);
}

/** A link to the organizers' address (a new site) or to a page of this app. */
function SiteLink({ href, children }: { href: string; children: string }) {
  return href.startsWith('/') ? <Link to={href}>{children}</Link> : <a href={href}>{children}</a>;
}

/** The header's home link: the network's logo (if any) and name. */
export function BrandLink() {
  const { t } = useTranslation();
  const { data } = useBranding();
  useBrandEffects(data);
  return (
    <Link to="/" className="brand">
      {data?.logo && <img className="brand-logo" src={data.logo.url} alt={data.logo.alt} />}
      <span>{data?.networkName ?? t('appName')}</span>
    </Link>
  );
}

/** The footer's network part: contact person and imprint text, when the organizers set them. */
export function BrandFooter() {
  const { t } = useTranslation();
  const { data } = useBranding();
  if (!data?.isCustomized || (!data.contact && !data.imprintText)) {
    return null;
  }
  const contact = data.contact;
  return (
    <div className="brand-footer">
      {contact && (
        <section aria-labelledby="footer-contact-heading">
          <h2 id="footer-contact-heading">{t('footer.contact')}</h2>
          <p>
            <strong>{contact.name}</strong>
            {contact.role && <>, {contact.role}</>}
            {contact.email && (
              <>
                <br />
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
            {contact.phone && (
              <>
                <br />
                <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
              </>
            )}
          </p>
        </section>
      )}
      {data.imprintText && (
        <section aria-labelledby="footer-imprint-heading">
          <h2 id="footer-imprint-heading">{data.networkName}</h2>
          <p className="brand-imprint">{data.imprintText}</p>
        </section>
      )}
    </div>
  );
}

/** The imprint and privacy links of the footer: the organizers' addresses, or this site's pages. */
export function BrandLegalLinks() {
  const { t } = useTranslation();
  const { data } = useBranding();
  return (
    <>
      <li>
        <SiteLink href={data?.imprintUrl ?? '/imprint'}>{t('footer.imprint')}</SiteLink>
      </li>
      <li>
        <SiteLink href={data?.privacyUrl ?? '/privacy'}>{t('footer.privacy')}</SiteLink>
      </li>
    </>
  );
}
