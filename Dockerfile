# syntax=docker/dockerfile:1
# Lotse als Container: zweistufig, ohne Root-Rechte, mit schreibgeschütztem Wurzeldateisystem lauffähig
# (Datenordner als Volume, /tmp als tmpfs). Anleitung: docs/betrieb/kubernetes.md, compose.yaml.

# ---- Stufe 1: Abhängigkeiten und Weboberfläche bauen ------------------------------------------------------
FROM node:22-bookworm-slim AS bau
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

# ---- Stufe 2: Laufzeit ----------------------------------------------------------------------------------
FROM node:22-bookworm-slim AS lauf
LABEL org.opencontainers.image.title="Lotse" \
      org.opencontainers.image.description="Kommunen lernen voneinander und steuern nach Wirkung" \
      org.opencontainers.image.licenses="EUPL-1.2"
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LOTSE_DATA_DIR=/daten \
    TMPDIR=/tmp
WORKDIR /app
# Programm gehört root und ist für den Laufzeitbenutzer nur lesbar; schreiben darf er nur in /daten und /tmp.
COPY --from=bau /app/package.json /app/package-lock.json ./
COPY --from=bau /app/node_modules ./node_modules
COPY --from=bau /app/dist ./dist
COPY --from=bau /app/src ./src
COPY --from=bau /app/migrations ./migrations
COPY --from=bau /app/data ./data
COPY --from=bau /app/tsconfig.json ./
RUN mkdir -p /daten && chown node:node /daten
USER node
VOLUME ["/daten"]
EXPOSE 3000
# Lebt der Prozess und antwortet die Datenbank? (Bereitschaft: /api/ready, siehe kubernetes.md)
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Direkt node (kein npm dazwischen): SIGTERM erreicht Lotse, das laufende Anfragen noch beendet.
CMD ["node", "--import", "tsx", "src/server.ts"]
