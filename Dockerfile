# The app image for docker-compose: Node 24, the client built, the server run from source in
# production mode; `docker stop` sends SIGTERM, on which Parley stops gracefully.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build
# After the build, which needs the dev dependencies that production would leave out: Express
# and Apollo then run as in production (no stack traces in answers, view caching).
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "server/main.ts"]
