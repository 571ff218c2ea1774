import { describe, expect, it } from 'vitest';
import { mailDomain, organizationIdentity, organizationKey, sameOrganization } from './organization.js';

const same = (a: string, b: string) => sameOrganization(organizationIdentity(a), organizationIdentity(b));

describe('one organization however its name is written', () => {
  it('folds case, accents, ae/ä, legal forms and word order', () => {
    expect(organizationKey('Beispiel Energie GmbH')).toBe(organizationKey('beispiel energie gmbh & Co. KG'));
    expect(same('Müller Präzisionsteile GmbH', 'MUELLER PRAEZISIONSTEILE')).toBe(true);
    expect(same('Universität Leipzig', 'Leipzig University')).toBe(true);
  });

  it('cuts departments after a dash or comma and expands abbreviations', () => {
    expect(same('Stadtwerke Zwickau', 'STADTWERKE ZWICKAU – Netzbetrieb')).toBe(true);
    expect(same('Stadtwerke Zwickau GmbH', 'Stadtwerke Zwickau GmbH, Bereich Netze')).toBe(true);
    expect(same('Technische Universität Chemnitz', 'TU Chemnitz')).toBe(true);
    // A word shortened to four letters or more ("SEMI" for Semiconductor) still names the company.
    expect(same('Mulde Semiconductor Freiberg GmbH', 'MULDE SEMI – Standort Freiberg')).toBe(true);
    expect(same('Hochschule Mittweida', 'HS Mittweida')).toBe(true);
    expect(
      same(
        'Westsächsische Hochschule Zwickau',
        'Westsächsische Hochschule Zwickau (Fakultät Kraftfahrzeugtechnik)',
      ),
    ).toBe(true);
    expect(same('Porsche Leipzig', 'Porsche Leipzig GmbH Werk Logistik')).toBe(true);
  });

  it('keeps different organizations apart', () => {
    expect(same('Stadtwerke Zwickau', 'Stadtwerke Chemnitz')).toBe(false);
    expect(same('TU Dresden', 'HTW Dresden')).toBe(false);
    expect(same('Fraunhofer IWU', 'Fraunhofer IKTS')).toBe(false);
    expect(same('Stadtwerke', 'Stadtwerke Leipzig')).toBe(false);
  });

  it('takes a shared company mail domain as one organization, never a public mail service', () => {
    expect(mailDomain('a.b@mail.tu-chemnitz.de')).toBe('tu-chemnitz.de');
    expect(mailDomain('someone@gmail.com')).toBe('');
    const a = organizationIdentity('ACME Antriebe', 'x@acme-group.de');
    const b = organizationIdentity('Antriebstechnik Werk Sachsen', 'y@acme-group.de');
    expect(sameOrganization(a, b)).toBe(true);
    expect(
      sameOrganization(
        organizationIdentity('Alpha', 'x@gmail.com'),
        organizationIdentity('Beta', 'y@gmail.com'),
      ),
    ).toBe(false);
  });
});
