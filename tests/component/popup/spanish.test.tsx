import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLookup } from '@/src/i18n/t';
import { sourceLookup } from '../../i18n';
import { mergedLocales } from '@/scripts/locales';
import { renderPopup } from './env';

describe('Spanish', () => {
  beforeEach(() => setLookup(sourceLookup('es')));

  it('has every popup string that English has, and no others', () => {
    const locales = mergedLocales();
    const keys = (lang: string) =>
      Object.keys(locales.get(lang) ?? {})
        .filter((k) => k.startsWith('popup_'))
        .sort();
    expect(keys('es')).toEqual(keys('en'));
    expect(keys('en').length).toBeGreaterThan(100);
  });

  it('renders the nav and the checklist verdict in Spanish', async () => {
    const user = userEvent.setup();
    renderPopup('checklist', { locale: 'es' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Estado',
      'Conversión',
      'Tarifas',
      'Lista',
      'Plantillas',
    ]);
    await user.type(await screen.findByLabelText('Nombre del nuevo cliente'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Añadir cliente' }));
    expect(screen.getByText('Aún no: 16 puntos pendientes')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Un alcance claro' }));
    expect(screen.getByText('Aún no: 15 puntos pendientes')).toBeTruthy();
  });

  it('formats dates and amounts the Spanish way', async () => {
    const user = userEvent.setup();
    renderPopup('fees', { locale: 'es' });
    await user.type(screen.getByLabelText('¿Cuándo se conocieron en Upwork?'), '2025-06-01');
    await user.type(screen.getByLabelText(/^Tarifa por hora más alta/), '20');
    expect(screen.getByText(/La marca de 24 meses es el 1 de junio de 2027/)).toBeTruthy();
    expect(screen.getByText(/^unos 4992\sUS\$$/)).toBeTruthy();
    expect(screen.getAllByText(/revisado el 23 nov 2026/).length).toBeGreaterThan(0);
  });
});
