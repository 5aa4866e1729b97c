import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from './api.ts';

export interface Konto {
  id: string;
  email: string;
  name: string;
  rollen: string[];
  regionen: string[];
  mitgliedschaften: { kommuneId: string; kommuneName: string; rolle: 'mitglied' | 'admin' }[];
  /** Roles withheld until a second factor is set up (docs/decisions/0072). */
  zweiterFaktorFehlt?: boolean;
}

interface KontoKontext {
  konto: Konto | null;
  geladen: boolean;
  neuLaden(): Promise<void>;
}

const Ctx = createContext<KontoKontext>({ konto: null, geladen: false, neuLaden: async () => {} });

export function KontoProvider({ children }: { children: ReactNode }) {
  const [konto, setKonto] = useState<Konto | null>(null);
  const [geladen, setGeladen] = useState(false);
  const neuLaden = useCallback(async () => {
    const r = await api<{ konto: Konto | null }>('/api/auth/me');
    setKonto(r.konto);
    setGeladen(true);
  }, []);
  useEffect(() => {
    neuLaden().catch(() => setGeladen(true));
  }, [neuLaden]);
  return <Ctx.Provider value={{ konto, geladen, neuLaden }}>{children}</Ctx.Provider>;
}

export const useKonto = () => useContext(Ctx);
export const hatRolle = (k: Konto | null, r: string) => !!k?.rollen.includes(r);
