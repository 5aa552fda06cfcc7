# hjertebot: the Slack/Teams server, compiled, as a non-root user.
#   docker build -t hjertebot .
#   docker run -d --name hjertebot -p 3978:3978 --env-file .env -v hjertebot-data:/data hjertebot

# Build: all dependencies (TypeScript; a compiler for hnswlib-node's native addon), then the
# compiled bot, then the dev dependencies removed again.
FROM node:22-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# Run: plain node on dist/, production dependencies only.
FROM node:22-slim
# The live heap is 20-40 MB; without a limit V8 lets garbage grow the heap to ~200 MB under a burst
# of questions (peak RSS 335-350 MB), with it the peak stays near 200 MB. Raise it for a far larger corpus.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=256 \
    DATA_DIR=/data \
    PORT=3978
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY scripts/run.mjs ./scripts/run.mjs
COPY prompts ./prompts
COPY knowledge ./knowledge
COPY config ./config
RUN mkdir -p /data /app/seed && chown node:node /data /app/seed
USER node
# The index (passages, analysed question bank, passage classifier) is built into the image and
# copied into DATA_DIR/index when that has none (INDEX_SEED_DIR), so a new volume or a bind mount
# starts in a second. When knowledge/ changes (a new image, or a mounted folder), the bot sees the
# content hash differ and rebuilds at start.
RUN DATA_DIR=/app/seed node dist/cli/build-index.js
ENV INDEX_SEED_DIR=/app/seed/index
VOLUME ["/data"]
EXPOSE 3978
# Ready = index loaded and each configured platform started (Slack: the bot token checked).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1: SIGTERM from `docker stop` reaches the bot directly (it exits 0).
CMD ["node", "dist/main.js", "--serve"]
