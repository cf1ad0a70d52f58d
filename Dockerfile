# The explorer: serves the built client and the API, and talks to the Neo4j named by NEO4J_URI.
FROM node:20-bookworm-slim

WORKDIR /app
# The app runs as the image's unprivileged `node` user, which must own what npm and the build write.
RUN chown node:node /app
USER node

# Manifests first, so the dependency layer is rebuilt only when they change.
COPY --chown=node:node package.json package-lock.json ./
# Dev dependencies stay: vite builds the client below, and tsx runs the TypeScript at start.
RUN npm ci --no-audit --no-fund

COPY --chown=node:node . .
RUN npm run build:client

ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
EXPOSE 3000

# start: connects to NEO4J_URI, applies the schema, seeds the sample corpus into an empty database, serves.
CMD ["npm", "start"]
