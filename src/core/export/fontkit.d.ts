// fontkit (Abhängigkeit von pdfkit) bringt keine Typen mit; Lotse nutzt nur das Öffnen einer Schriftdatei.
declare module 'fontkit' {
  export function openSync(pfad: string): unknown;
}
