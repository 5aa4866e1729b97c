import { describe, expect, it } from 'vitest';
import { phrasenSchluessel } from '../sprache/thesaurus.rules.ts';
import { bereinigeSynonyme, findeDoppelung } from './thesaurus.rules.ts';

describe('Thesaurus-Pflege', () => {
  it('bereinigt Synonyme', () => {
    expect(bereinigeSynonyme('Kita', [' Krippe ', 'kita', 'Krippe', '', 'Kinder  garten'])).toEqual(['Krippe', 'Kinder garten']);
  });
});

describe('findeDoppelung', () => {
  const bestand = [
    { id: '1', begriff: 'Aufrufsystem', synonyme: ['Wartemarke', 'Nummer ziehen'] },
    { id: '2', begriff: 'Ausschreibung', synonyme: [] },
    { id: '3', begriff: 'Beschaffung', synonyme: ['Ausschreibung'] },
  ];
  it('findet einen Begriff in einer anderen Gruppe, auch in anderer Schreibweise', () => {
    expect(findeDoppelung(['Neu', 'WARTEMARKEN'], bestand, phrasenSchluessel)).toEqual({ begriff: 'WARTEMARKEN', gruppen: ['Aufrufsystem'] });
    expect(findeDoppelung(['nummer  ziehen'], bestand, phrasenSchluessel)).toEqual({ begriff: 'nummer  ziehen', gruppen: ['Aufrufsystem'] });
  });
  it('nennt alle Gruppen, zu denen der Begriff gehört', () => {
    expect(findeDoppelung(['Ausschreibung'], bestand, phrasenSchluessel)?.gruppen).toEqual(['Ausschreibung', 'Beschaffung']);
  });
  it('lässt die bisherigen Begriffe eines Eintrags und neue Begriffe zu', () => {
    expect(findeDoppelung(['Wartemarke', 'Kundenaufruf'], bestand, phrasenSchluessel, ['Wartemarke'])).toBeNull();
    expect(findeDoppelung(['Ganz neu'], bestand, phrasenSchluessel)).toBeNull();
  });
});
