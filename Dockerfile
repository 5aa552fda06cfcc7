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
ENV NODE_ENV=production \
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
RUN mkdir -p /data && chown node:node /data
USER node
# The document index is built into the image; a new volume starts with it. When knowledge/ changes
# (a new image, or a mounted folder), the bot sees the content hash differ and rebuilds at start.
RUN node dist/cli/build-index.js
VOLUME ["/data"]
EXPOSE 3978
# Ready = index loaded and each configured platform started (Slack: the bot token checked).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1: SIGTERM from `docker stop` reaches the bot directly (it exits 0).
CMD ["node", "dist/main.js", "--serve"]
