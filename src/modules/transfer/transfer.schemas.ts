import { z } from 'zod';
import { BEDARF_STATUS } from '../bedarfe/index.ts';

export const nachfrageQuery = z.strictObject({
  /** Offene Bedarfe (neu, in Klärung) ohne Vorschlag gelten nach so vielen Tagen als „ohne passenden Treffer“. */
  ohneVorschlagSeitTagen: z.coerce.number().int().min(0).max(3650).default(30),
});

const anzahl = z.number().int();

export const nachfrageAntwort = z.object({
  stand: z.string(),
  gesamt: anzahl,
  offen: anzahl,
  ohneTreffer: z.object({
    ohneVorschlagSeitTagen: anzahl,
    gesamt: anzahl,
    gruppen: z.array(
      z.object({
        handlungsfeld: z.string().nullable(),
        anzahl,
        keinePassende: anzahl,
        ohneVorschlag: anzahl,
        bedarfe: z.array(
          z.object({
            id: z.string(),
            titel: z.string(),
            kommuneId: z.string(),
            kommuneName: z.string(),
            status: z.enum(BEDARF_STATUS),
            alterTage: anzahl,
          }),
        ),
      }),
    ),
  }),
  gefragteLoesungen: z.array(
    z.object({
      loesungId: z.string(),
      titel: z.string(),
      externalId: z.string().nullable(),
      handlungsfeld: z.string().nullable(),
      vorschlaege: anzahl,
      inUmsetzung: anzahl,
      nutzungen: anzahl,
      summe: anzahl,
    }),
  ),
  proLand: z.array(z.object({ land: z.string(), landName: z.string(), anzahl, offen: anzahl })),
  proGroessenklasse: z.array(z.object({ art: z.enum(['gemeinde', 'kreis', 'land']), groessenklasse: anzahl.nullable(), anzahl, offen: anzahl })),
  proHandlungsfeld: z.array(z.object({ handlungsfeld: z.string().nullable(), anzahl, offen: anzahl })),
  proStatus: z.array(z.object({ status: z.enum(BEDARF_STATUS), anzahl })),
  /** Unmet demand (issue 10): waiting needs whose best match is not „gut“ – no proven solution yet (module matching). */
  ungedeckt: z.object({
    gesamt: anzahl,
    ungeprueft: anzahl,
    proHandlungsfeld: z.array(z.object({ handlungsfeld: z.string().nullable(), anzahl })),
    proGroessenklasse: z.array(z.object({ art: z.enum(['gemeinde', 'kreis', 'land']), groessenklasse: anzahl.nullable(), anzahl })),
    bedarfe: z.array(z.object({ id: z.string(), titel: z.string(), kommuneName: z.string(), handlungsfeld: z.string().nullable(), bestePassung: z.string(), status: z.enum(BEDARF_STATUS) })),
  }),
});
export type NachfrageAntwort = z.infer<typeof nachfrageAntwort>;
